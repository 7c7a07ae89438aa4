/**
 * The systems the bench compares, each answering the whole query mix:
 *   ours/kuzu and ours/neo4j   `kg serve` over HTTP, on the embedded store and on Neo4j;
 *   neo4j-graphql/neo4j        @neo4j/graphql 7 with its own Apollo Server (bench/peer/);
 *   raw/neo4j                  one hand-written Cypher statement per request through neo4j-driver, auto-commit;
 *   raw/kuzu                   the embedded store's port calls our resolvers make, made directly (in a process of its own, bench/directStore.ts).
 * Every answer is reduced to its content — ids, names, labels, kinds, ends, types, the sources' words and
 * articles — in order, so the systems can be checked against each other.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { candidateQuery, searchPattern } from "../src/domain/names.js";
import type { Relationship } from "../src/domain/records.js";
import { countingStore } from "../src/store/counting.js";
import type { DirectStore } from "./directStore.js";
import type { GraphStore } from "../src/store/port.js";
import { informativePaths } from "../src/store/traversals.js";
import { entityCalls, MIX, type MixName, type MixTargets } from "./mix.js";
import { PEER_MIX } from "./peer/mix.js";
import { RAW_CYPHER, withTraversalTypes } from "./peer/cypher.js";

/** What an answer says, in a form equal across systems exactly when the answers are. */
export type Answer = unknown;

export interface Reply {
  readonly answer: Answer;
  readonly roundTrips: number;
  /** The time the system took by its own clock, when the trip to it is not part of what is measured. */
  readonly ms?: number;
}

export interface System {
  /** Who answers: our API, the peer, or the store without a GraphQL layer. */
  readonly system: "ours" | "neo4j-graphql" | "raw";
  readonly store: "kuzu" | "neo4j";
  /** Null when the system has no way to ask that query. */
  readonly ask: (query: MixName, targets: MixTargets) => (() => Promise<Reply>) | null;
  /** The process whose memory is reported. */
  readonly pid: number;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SEARCH_FIRST = 10;
const NEIGHBOURHOOD_LIMIT = 500;
const TRANSFERS_FIRST = 20;
const ENTITY_FIRST = 20;

interface Named { id: string; name: string }
interface SourceContent { quote: string; gloss: string | null; title: string | null; publisher: string | null }

const source = (x: SourceContent) => `"${x.quote}" (${x.gloss ?? "-"}) in ${x.title ?? "-"}, ${x.publisher ?? "-"}`;

/** The answer of each query, from the shape our API (and, mapped to it, every other system) returns. */
export const reduce = {
  entity: (e: { totalCount: number; edges: Array<{ type: string; direction: string; node: Named; sources: SourceContent[] }> }) => ({
    totalCount: e.totalCount,
    edges: e.edges.map((x) => `${x.type} ${x.direction} ${x.node.id} ${x.node.name}: ${x.sources.map(source).join("; ")}`),
  }),
  search: (hits: Array<Named & { kind: string }>) => hits.map((h) => `${h.id} ${h.name} ${h.kind}`),
  neighbourhood: (g: { truncated: boolean; nodes: Array<{ id: string; label: string; kind: string }>; edges: Array<{ id: string; source: string; target: string; type: string }> }) => ({
    truncated: g.truncated,
    nodes: g.nodes.map((n) => `${n.id} ${n.label} ${n.kind}`),
    edges: g.edges.map((e) => `${e.id} ${e.source} -${e.type}-> ${e.target}`).sort(),
  }),
  path: (nodes: string[] | null) => nodes,
  transfers: (t: { totalCount: number; edges: Array<{ from: Named; to: Named; providers: string[] }> }) => ({
    totalCount: t.totalCount,
    edges: t.edges.map((e) => `${e.from.id} ${e.from.name} -> ${e.to.id} ${e.to.name} by ${e.providers.join(",")}`),
  }),
  batch200: (entities: Array<Named & { kind: string }>) => entities.map((e) => `${e.id} ${e.name} ${e.kind}`).sort(),
};

async function postGraphql(url: string, query: string, variables: Json): Promise<{ data: Json; roundTrips: number }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const json = (await response.json()) as { data?: Json; errors?: unknown[]; extensions?: { roundTrips?: number } };
  if (json.errors || !json.data) throw new Error(`${url} failed: ${JSON.stringify(json.errors ?? json).slice(0, 400)}`);
  return { data: json.data, roundTrips: json.extensions?.roundTrips ?? 0 };
}

/** The floor (bench/floor.ts): the one question it answers, asked as every GraphQL server is asked. */
export function askFloor(url: string): () => Promise<Reply> {
  return async () => {
    await postGraphql(url, "{ __typename }", {});
    return { answer: null, roundTrips: 0 };
  };
}

/** Our server: the mix's queries as a client sends them. */
export function oursOverHttp(store: "kuzu" | "neo4j", url: string, pid: number): System {
  const answerOf: Record<MixName, (data: Json) => Answer> = {
    entity: (d) => reduce.entity(d.node.relationships),
    search: (d) => reduce.search(d.search.edges.map((e: Json) => e.node)),
    neighbourhood: (d) => reduce.neighbourhood(d.neighbourhood),
    path: (d) => reduce.path(d.path.found ? d.path.nodes.map((n: Json) => n.id) : null),
    transfers: (d) => reduce.transfers({
      totalCount: d.transfers.totalCount,
      edges: d.transfers.edges.map(({ node }: Json) => ({ from: node.from, to: node.to, providers: node.providers.map((p: Json) => p.id) })),
    }),
    batch200: (d) => reduce.batch200(d.nodes),
  };
  return {
    system: "ours", store, pid,
    ask: (name, targets) => {
      const q = MIX.find((m) => m.name === name)!;
      const variables = q.variables(targets);
      return async () => {
        const { data, roundTrips } = await postGraphql(url, q.query, variables);
        return { answer: answerOf[name](data), roundTrips };
      };
    },
  };
}

/** The peer: its generated API where it has one, its `@cypher` fields elsewhere. */
export function peerOverHttp(url: string, pid: number): System {
  return {
    system: "neo4j-graphql", store: "neo4j", pid,
    ask: (name, targets) => {
      const q = PEER_MIX[name];
      const variables = q.variables(targets);
      return async () => {
        const { data, roundTrips } = await postGraphql(url, q.query, variables);
        return { answer: q.answer(data), roundTrips };
      };
    },
  };
}

/** The search arguments our store derives from the text, derived the same way for the peer and raw Cypher. */
export function searchArguments(text: string): { lucene: string; words: string[]; required: number; exact: string; qualified: string[]; prefix: string; first: number } {
  const pattern = searchPattern(text);
  if (!pattern) throw new Error(`"${text}" holds no word to search for`);
  return {
    lucene: candidateQuery(pattern), words: [...pattern.words], required: pattern.required,
    exact: pattern.exact, qualified: [...pattern.qualified], prefix: pattern.prefix, first: SEARCH_FIRST,
  };
}

/**
 * One statement per request through the driver, the cheapest honest way to
 * send it: an auto-commit query (`session.run`), with no BEGIN and COMMIT
 * around it, so "× raw" measures a GraphQL layer against the real limit.
 */
export function rawCypher(driver: Driver, database: string): System {
  const run = async (text: string, params: Json) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.run(withTraversalTypes(text), params)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  const int = (n: number) => neo4j.int(n);
  const asks: Record<MixName, (t: MixTargets) => () => Promise<Answer>> = {
    entity: (t) => async () => {
      const [row] = await run(RAW_CYPHER.entity, { id: t.entity, first: int(ENTITY_FIRST) });
      return reduce.entity({ totalCount: Number(row.totalCount), edges: row.links });
    },
    search: (t) => async () => {
      const args = searchArguments(t.searchText);
      return reduce.search((await run(RAW_CYPHER.search, { ...args, required: int(args.required), first: int(SEARCH_FIRST) })).map((r) => r.hit));
    },
    neighbourhood: (t) => async () => reduce.neighbourhood((await run(RAW_CYPHER.neighbourhood, { id: t.neighbourhood, limit: int(NEIGHBOURHOOD_LIMIT) }))[0].graph),
    path: (t) => async () => reduce.path((await run(RAW_CYPHER.path, { from: t.pathFrom, to: t.pathTo }))[0]?.path.nodes ?? null),
    transfers: (t) => async () => {
      const rows = await run(RAW_CYPHER.transfers, { country: t.country, first: int(TRANSFERS_FIRST) });
      return reduce.transfers({
        totalCount: rows.length ? Number(rows[0].totalCount) : 0,
        edges: rows.map((r) => ({ from: r.from, to: r.to, providers: r.providers })),
      });
    },
    batch200: (t) => async () => reduce.batch200((await run(RAW_CYPHER.batch200, { ids: [...t.batch] })) as Array<Named & { kind: string }>),
  };
  return {
    system: "raw", store: "neo4j", pid: process.pid,
    ask: (name, targets) => {
      const call = asks[name](targets);
      return async () => ({ answer: await call(), roundTrips: 1 });
    },
  };
}

const otherEnd = (r: Relationship, id: string) => (r.from === id ? r.to : r.from);

/** Each query of the mix as the port calls our resolvers make for it, without GraphQL or HTTP. */
const STORE_ASKS: Record<MixName, (store: GraphStore, t: MixTargets) => Promise<Answer>> = {
  entity: async (store, t) => {
    const { total, relationships, evidence, endSummaries, citations } = await entityCalls(store, t.entity, ENTITY_FIRST);
    const ends = new Map(endSummaries.map((e) => [e.id, e]));
    const cited = new Map(citations.map((c) => [c.id, c]));
    return reduce.entity({
      totalCount: total,
      edges: relationships.map((r, i) => ({
        type: r.type, direction: r.from === t.entity ? "OUT" : "IN", node: { id: otherEnd(r, t.entity), name: ends.get(otherEnd(r, t.entity))!.name },
        sources: evidence[i].filter((e) => e.reviewState === "accepted").map((e) => ({
          quote: e.quote, gloss: e.gloss, title: cited.get(e.article)?.title ?? null, publisher: cited.get(e.article)?.publisher ?? null,
        })),
      })),
    });
  },
  search: async (store, t) => {
    const hits = await store.search({ text: t.searchText, kinds: [], limit: SEARCH_FIRST, offset: 0, entities: "summaries" });
    return reduce.search(hits.hits.map((h) => h.entity));
  },
  neighbourhood: async (store, t) => {
    const graph = await store.neighbourhood({ id: t.neighbourhood, depth: 2, types: [], limit: NEIGHBOURHOOD_LIMIT, edgeProperties: false });
    return reduce.neighbourhood({
      truncated: graph!.truncated,
      nodes: graph!.nodes.map((n) => ({ id: n.id, label: n.name, kind: n.kind })),
      edges: graph!.edges.map((e) => ({ id: e.id, source: e.from, target: e.to, type: e.type })),
    });
  },
  path: async (store, t) => {
    const question = { from: t.pathFrom, to: t.pathTo, maxLength: 6, types: null, entities: "summaries", relationshipProperties: false } as const;
    const [path] = await informativePaths(store, question, 1);
    return reduce.path(path ? [...path.nodes] : null);
  },
  transfers: async (store, t) => {
    const { total, transfers } = await store.transfers({
      provider: null, recipient: null, product: null, providerCountry: null, recipientCountry: t.country, dates: null, offset: 0, limit: TRANSFERS_FIRST,
      include: { ends: "summaries", parties: "summaries" },
    });
    return reduce.transfers({
      totalCount: total,
      edges: transfers.map((x) => {
        const end = (id: string) => ({ id, name: x.ends.find((e) => e.id === id)!.name });
        return { from: end(x.transfer.from), to: end(x.transfer.to), providers: x.providers.map((p) => p.id) };
      }),
    });
  },
  batch200: async (store, t) => reduce.batch200((await store.entitySummaries(t.batch)).flatMap((e) => (e ? [e] : []))),
};

/** An answer from the embedded store's port, with the store calls it took. */
export async function askStore(inner: GraphStore, query: MixName, targets: MixTargets): Promise<Reply> {
  const { store, roundTrips } = countingStore(inner);
  return { answer: await STORE_ASKS[query](store, targets), roundTrips: roundTrips() };
}

/** The embedded store called directly, in its own process: each reply carries the time its calls took there. */
export function rawStore(direct: DirectStore): System {
  return { system: "raw", store: "kuzu", pid: direct.pid, ask: (name, targets) => () => direct.ask(name, targets) };
}
