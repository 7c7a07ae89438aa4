/**
 * The example queries the IDE opens as tabs, one per thing the graph answers
 * well. They live here, apart from the page, so tests can run each one against
 * the schema and docs can quote them: an example that stops working is caught.
 * Each has an operation name because GraphiQL titles a tab with it.
 */
export interface IdeExample {
  /** What the example shows, for people. */
  readonly name: string;
  readonly query: string;
}

export const IDE_EXAMPLES: readonly IdeExample[] = [
  {
    name: "Search by name",
    query: `# Finds people, organisations, agreements… by name, however it is spelled.
query Search {
  search(text: "nguyen ngo quang") {
    edges {
      match
      node { id name kind }
    }
  }
}
`,
  },
  {
    name: "Who signed and witnessed the VNVC–Medsintez agreement, with sources",
    query: `# Every signatory and witness, with the article passages that say so.
query VnvcMedsintezAgreement {
  node(id: "agreement:vnvc-medsintez-tech-transfer") {
    ... on Agreement {
      name
      date { text }
      signatories {
        edges {
          node { name }
          onBehalfOf { name }
          sources { quote gloss title publisher url }
        }
      }
      witnesses {
        edges {
          node { name }
          sources { quote gloss }
        }
      }
      transfers {
        edges {
          node { name }
        }
      }
    }
  }
}
`,
  },
  {
    name: "How two people are connected",
    query: `# The shortest chain of relationships between two people.
query Path {
  path(from: "person:ngo-chi-dung", to: "person:dao-hong-lan") {
    found
    length
    nodes { id name }
    relationships {
      type
      from { id }
      to { id }
    }
  }
}
`,
  },
  {
    name: "Everything within two steps of a person",
    query: `# A neighbourhood as nodes and edges, ready to draw as a graph.
query Neighbourhood {
  neighbourhood(id: "person:dao-hong-lan", depth: 2, limit: 50) {
    truncated
    nodes { id label kind }
    edges { id source target type }
  }
}
`,
  },
  {
    name: "Transfers from Russia",
    query: `# Drugs and technologies whose provider is, or is based in, Russia.
query TransfersFromRussia {
  transfers(providerCountry: "country:russian-federation") {
    totalCount
    edges {
      node {
        from { name }
        to { name }
        providers { name }
        recipients { name }
      }
    }
  }
}
`,
  },
];
