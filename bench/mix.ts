/**
 * The benchmark's fixed query mix, each query sent over HTTP as a client
 * would, and — for `entity` — the same store calls made directly, so the
 * cost of GraphQL and HTTP on top of the store can be measured.
 */
import type { GraphStore } from "../src/store/port.js";

/** The ids and texts a graph must supply for the mix. */
export interface MixTargets {
  readonly entity: string;
  readonly searchText: string;
  readonly neighbourhood: string;
  readonly pathFrom: string;
  readonly pathTo: string;
  readonly country: string;
  readonly batch: readonly string[];
}

export type MixName = "entity" | "search" | "neighbourhood" | "path" | "transfers" | "batch200";

export interface MixQuery {
  readonly name: MixName;
  readonly query: string;
  readonly variables: (t: MixTargets) => Record<string, unknown>;
}

export const MIX: readonly MixQuery[] = [
  {
    name: "entity",
    query: `query($id: ID!) { node(id: $id) { id ... on Entity { name kind relationships(first: 20) { totalCount edges { type direction node { id name } sources { quote gloss title publisher } } } } } }`,
    variables: (t) => ({ id: t.entity }),
  },
  { name: "search", query: `query($t: String!) { search(text: $t, first: 10) { edges { match node { id name kind } } } }`, variables: (t) => ({ t: t.searchText }) },
  {
    name: "neighbourhood",
    query: `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 500) { truncated nodes { id label kind } edges { id source target type } } }`,
    variables: (t) => ({ id: t.neighbourhood }),
  },
  { name: "path", query: `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxLength: 6) { found length nodes { id } } }`, variables: (t) => ({ a: t.pathFrom, b: t.pathTo }) },
  {
    name: "transfers",
    query: `query($c: ID!) { transfers(recipientCountry: $c, first: 20) { totalCount edges { node { from { id name } to { id name } providers { id } } } } }`,
    variables: (t) => ({ c: t.country }),
  },
  { name: "batch200", query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name kind } } }`, variables: (t) => ({ ids: t.batch }) },
];

/** The store calls the `entity` query makes, in the same order and batches and asking as much, without GraphQL or HTTP. */
export async function entityCalls(store: GraphStore, id: string, first: number) {
  const [page] = await store.relationshipPages([{
    entityId: id, types: [], direction: "BOTH", offset: 0, limit: first, include: { ends: "summaries", evidence: true, articles: "citations", properties: false },
  }]);
  return page;
}
