/**
 * The GraphQL operations the explorer page sends, all to the public POST
 * /graphql: the page receives them as data and never builds a query itself.
 * Kept here, apart from the page, so a test runs each against the schema and
 * a schema change that breaks the explorer fails there, not in a browser.
 */
/**
 * What the explorer draws and lists of a connection: its date and every
 * source, for the evidence panel, the table and the timeline. Only what those
 * show: the API's cost limit multiplies each source field by the 150 nodes a
 * neighbourhood may hold.
 */
const STATEMENT_FIELDS = `date { text start end partial }
      sources { quote gloss language title publisher url published { text start } }`;

export const EXPLORER_QUERIES = {
  search: `query ExplorerSearch($text: String!, $lang: String) {
  search(text: $text, first: 8) { edges { match node { id name label(lang: $lang) kind } } }
}`,
  neighbourhood: `query ExplorerNeighbourhood($id: ID!, $depth: Int!, $types: [RelationshipType!], $lang: String) {
  neighbourhood(id: $id, depth: $depth, limit: 150, relationshipTypes: $types) {
    center truncated
    nodes { id kind distance entity { label(lang: $lang) } }
    edges { id type source target ${STATEMENT_FIELDS} }
  }
}`,
  path: `query ExplorerPath($from: ID!, $to: ID!, $types: [RelationshipType!], $lang: String) {
  path(from: $from, to: $to, maxLength: 8, relationshipTypes: $types) {
    found length
    nodes { id name label(lang: $lang) kind }
    relationships { id type from { id } to { id } ${STATEMENT_FIELDS} }
  }
}`,
  entity: `query ExplorerEntity($id: ID!, $lang: String) {
  node(id: $id) {
    ... on Entity {
      id name label(lang: $lang) kind description aliases
      names { lang text asWritten source }
    }
  }
}`,
  /** The two ends of a connection with every written form of their names, to highlight in its quotes. */
  names: `query ExplorerNames($ids: [ID!]!, $lang: String) {
  nodes(ids: $ids) { ... on Entity { id name label(lang: $lang) aliases } }
}`,
} as const;

/** Sample variables per query, for the test that runs them all. */
export const EXPLORER_QUERY_SAMPLES: Record<keyof typeof EXPLORER_QUERIES, Record<string, unknown>> = {
  search: { text: "nguyen ngo quang", lang: "en" },
  neighbourhood: { id: "person:nguyen-ngo-quang", depth: 2, types: null, lang: "en" },
  path: { from: "person:tran-thi-hong-thuy", to: "person:mikhail-murashko", types: null, lang: "en" },
  entity: { id: "person:nguyen-ngo-quang", lang: "en" },
  names: { ids: ["person:nguyen-ngo-quang", "person:mikhail-murashko"], lang: "en" },
};
