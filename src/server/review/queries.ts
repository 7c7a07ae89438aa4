/**
 * The GraphQL operations the review desk sends, all to the public POST
 * /graphql, the mutations with the curator's key like any client's. Kept
 * apart from the page so a test runs the reads against the schema, and a
 * schema change that breaks the desk fails there, not in a browser.
 */

/** A page of what awaits review; the desk says so when a page comes back full (filter by article for the rest). */
export const QUEUE_PAGE = 100;

/**
 * Proposals still to review, and the article's candidates in every state: the
 * pending ones are in the queue, the others name a proposal's end.
 */
export const REVIEW_QUERIES = {
  queue: `query ReviewQueue($article: String) {
  proposals(state: proposed, article: $article, first: ${QUEUE_PAGE}) { id article type from to properties quote start end confidence }
  candidates(article: $article, first: ${QUEUE_PAGE}) { id article kind name quote start end state entity }
}`,
  names: `query ReviewNames($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Entity { id name kind } }
}`,
  article: `query ReviewArticle($id: ID!) {
  node(id: $id) { ... on Article { id name title url publisher language published { text } text } }
}`,
  acceptProposal: `mutation ReviewAcceptProposal($input: AcceptProposalInput!) {
  acceptProposal(input: $input) { proposal { id state } relationship { id type from { id name } to { id name } } }
}`,
  rejectProposal: `mutation ReviewRejectProposal($input: RejectFindingInput!) {
  rejectProposal(input: $input) { proposal { id state } }
}`,
  acceptCandidate: `mutation ReviewAcceptCandidate($input: AcceptCandidateInput!) {
  acceptCandidate(input: $input) { candidate { id state entity } entity { id name kind } }
}`,
  rejectCandidate: `mutation ReviewRejectCandidate($input: RejectFindingInput!) {
  rejectCandidate(input: $input) { candidate { id state } }
}`,
} as const;

/** Sample variables for the reads, for the test that runs them. */
export const REVIEW_READ_SAMPLES = {
  queue: { article: null },
  names: { ids: ["person:nguyen-ngo-quang", "agreement:vnvc-medsintez-tech-transfer"] },
  article: { id: "article:baolangson-vnvc-medsintez" },
};
