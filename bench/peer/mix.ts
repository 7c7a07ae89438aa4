/**
 * The query mix as a client of the peer writes it: the generated `entities`
 * query with its filters, sorting and connections where @neo4j/graphql has
 * them (batch200, transfers), the schema's `@cypher` fields elsewhere. Each
 * answer is reduced as our API's is (bench/systems.ts).
 */
import type { MixName, MixTargets } from "../mix.js";
import { reduce, searchArguments, type Answer } from "../systems.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface PeerQuery {
  readonly query: string;
  readonly variables: (t: MixTargets) => Record<string, unknown>;
  readonly answer: (data: Json) => Answer;
}

export const PEER_MIX: Record<MixName, PeerQuery> = {
  entity: {
    query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name kind linkCount links(first: 20) { type direction node { id name } sources { quote gloss title publisher } } } }`,
    variables: (t) => ({ id: t.entity }),
    answer: (d) => reduce.entity({ totalCount: d.entities[0].linkCount, edges: d.entities[0].links }),
  },
  search: {
    query: `query($lucene: String!, $words: [String!]!, $required: Int!, $exact: String!, $prefix: String!, $first: Int!) { search(lucene: $lucene, words: $words, required: $required, exact: $exact, prefix: $prefix, first: $first) { id name kind } }`,
    variables: (t) => searchArguments(t.searchText),
    answer: (d) => reduce.search(d.search.map((h: Json) => h.id)),
  },
  neighbourhood: {
    query: `query($id: ID!) { neighbourhood(id: $id, limit: 500) { truncated nodes { id label kind } edges { id source target type } } }`,
    variables: (t) => ({ id: t.neighbourhood }),
    answer: (d) => reduce.neighbourhood(d.neighbourhood),
  },
  path: {
    query: `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { nodes } }`,
    variables: (t) => ({ a: t.pathFrom, b: t.pathTo }),
    answer: (d) => reduce.path(d.shortestPath?.nodes ?? null),
  },
  transfers: {
    // Agreements whose recipient is the country or based in it, with what they transfer and who provides it;
    // the client pages the transfers, as the generated API pages agreements, not their transfers.
    query: `query($c: ID!) {
      entities(
        where: { partyToOfConnection: { some: { edge: { role: { eq: "RECIPIENT" } }, node: { OR: [{ id: { eq: $c } }, { basedIn: { some: { id: { eq: $c } } } }] } } } }
        sort: [{ id: ASC }]
      ) {
        id name
        transfersConnection(sort: [{ edge: { id: ASC } }]) { edges { node { id name } } }
        partyToOfConnection(where: { edge: { role: { eq: "PROVIDER" } } }, sort: [{ edge: { id: ASC } }]) { edges { node { id } } }
      }
    }`,
    variables: (t) => ({ c: t.country }),
    answer: (d) => {
      const all = d.entities.flatMap((a: Json) => a.transfersConnection.edges.map((t: Json) => ({
        from: a.id, to: t.node.id, providers: a.partyToOfConnection.edges.map((p: Json) => p.node.id),
      })));
      return reduce.transfers({ totalCount: all.length, edges: all.slice(0, 20) });
    },
  },
  batch200: {
    query: `query($ids: [ID!]!) { entities(where: { id: { in: $ids } }) { id name kind } }`,
    variables: (t) => ({ ids: t.batch }),
    answer: (d) => reduce.batch200(d.entities.map((e: Json) => e.id)),
  },
};
