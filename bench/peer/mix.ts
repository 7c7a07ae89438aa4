/**
 * The query mix as a client of the peer writes it, each in its best honest
 * form: the generated `entities` query where @neo4j/graphql's filters answer
 * it in one go (batch200), the schema's `@cypher` fields where they do not —
 * transfers among them: a page of an aggregate is what `@cypher` fields are
 * for, while the generated API would page agreements, not their transfers,
 * and leave the client to fetch all of them and page. Each answer is reduced
 * as our API's is (bench/systems.ts).
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
    query: `query($lucene: String!, $words: [String!]!, $required: Int!, $exact: String!, $qualified: [String!]!, $prefix: String!, $first: Int!) {
      search(lucene: $lucene, words: $words, required: $required, exact: $exact, qualified: $qualified, prefix: $prefix, first: $first) { id name kind }
    }`,
    variables: (t) => searchArguments(t.searchText),
    answer: (d) => reduce.search(d.search),
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
    query: `query($c: ID!) { transfers(country: $c, first: 20) { totalCount edges { from { id name } to { id name } providers } } }`,
    variables: (t) => ({ c: t.country }),
    answer: (d) => reduce.transfers(d.transfers),
  },
  batch200: {
    query: `query($ids: [ID!]!) { entities(where: { id: { in: $ids } }) { id name kind } }`,
    variables: (t) => ({ ids: t.batch }),
    answer: (d) => reduce.batch200(d.entities),
  },
};
