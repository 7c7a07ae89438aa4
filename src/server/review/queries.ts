/**
 * The GraphQL operations the review desk sends, all to the public POST
 * /graphql, the mutations with the curator's key like any client's. Kept
 * apart from the page so a test runs the reads against the schema, and a
 * schema change that breaks the desk fails there, not in a browser.
 */

/** How many findings of each kind one request of the queue reads. */
export const QUEUE_PAGE = 100;
/** The most findings of each kind the desk reads; it says so when more wait (filter by article for the rest). */
export const QUEUE_MOST = 1000;

/**
 * Proposals still to review, and the article's candidates in every state: the
 * pending ones are in the queue, the others name a proposal's end.
 */
export const REVIEW_QUERIES = {
  queue: `query ReviewQueue($article: String, $proposalsAfter: String, $candidatesAfter: String, $proposalsRead: Boolean!, $candidatesRead: Boolean!) {
  proposals(state: proposed, article: $article, first: ${QUEUE_PAGE}, after: $proposalsAfter) @skip(if: $proposalsRead) {
    pageInfo { hasNextPage endCursor }
    edges { node { id article type from to properties quote start end confidence } }
  }
  candidates(article: $article, first: ${QUEUE_PAGE}, after: $candidatesAfter) @skip(if: $candidatesRead) {
    pageInfo { hasNextPage endCursor }
    edges { node { id article kind name quote start end state entity } }
  }
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
  queue: { article: null, proposalsAfter: null, candidatesAfter: null, proposalsRead: false, candidatesRead: false },
  names: { ids: ["person:nguyen-ngo-quang", "agreement:vnvc-medsintez-tech-transfer"] },
  article: { id: "article:baolangson-vnvc-medsintez" },
};
