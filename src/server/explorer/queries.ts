/**
 * The GraphQL operations the explorer page sends, all to the public POST
 * /graphql: the page receives them as data and never builds a query itself.
 * Kept here, apart from the page, so a test runs each against the schema and
 * a schema change that breaks the explorer fails there, not in a browser.
 */
export const EXPLORER_QUERIES = {
  search: `query ExplorerSearch($text: String!, $lang: String) {
  search(text: $text, first: 8) { edges { match node { id name label(lang: $lang) kind } } }
}`,
  neighbourhood: `query ExplorerNeighbourhood($id: ID!, $depth: Int!, $types: [RelationshipType!], $lang: String) {
  neighbourhood(id: $id, depth: $depth, limit: 150, relationshipTypes: $types) {
    center truncated
    nodes { id kind distance entity { label(lang: $lang) } }
    edges { id type source target date { text start end } }
  }
}`,
  path: `query ExplorerPath($from: ID!, $to: ID!, $types: [RelationshipType!], $lang: String) {
  path(from: $from, to: $to, maxLength: 8, relationshipTypes: $types) {
    found length
    nodes { id name label(lang: $lang) kind }
    relationships { id type from { id } to { id } date { text start end } }
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
  /** An edge's sources: the statements of its type leaving its start, a page at a time, until the one clicked. */
  sources: `query ExplorerSources($from: ID!, $type: RelationshipType!, $after: String, $lang: String) {
  node(id: $from) {
    ... on Entity {
      relationships(types: [$type], direction: OUT, first: 50, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges {
          id type from { id label(lang: $lang) } to { id label(lang: $lang) } date { text plain }
          sources { id quote gloss language method confidence title publisher url published { text } article { id name } }
        }
      }
    }
  }
}`,
} as const;

/** Sample variables per query, for the test that runs them all. */
export const EXPLORER_QUERY_SAMPLES: Record<keyof typeof EXPLORER_QUERIES, Record<string, unknown>> = {
  search: { text: "nguyen ngo quang", lang: "en" },
  neighbourhood: { id: "person:nguyen-ngo-quang", depth: 2, types: null, lang: "en" },
  path: { from: "person:tran-thi-hong-thuy", to: "person:mikhail-murashko", types: null, lang: "en" },
  entity: { id: "person:nguyen-ngo-quang", lang: "en" },
  sources: { from: "person:nguyen-ngo-quang", type: "ATTENDED", after: null, lang: "en" },
};
