/**
 * Neighbourhoods, timelines and the paths that explain most, built from the
 * port's batched reads: one read per level of depth, never one per node. The embedded store answers its
 * neighbourhoods so when their edges bring properties, and from its adjacency
 * index by the same rule otherwise; Neo4j answers them in one statement, alike.
 */
import { TRAVERSAL_TYPES } from "../domain/ontology.js";
import { entityDate } from "../domain/indexing.js";
import { comparePartialDates, type PartialDate } from "../domain/dates.js";
import type { IndexedEntity, Relationship } from "../domain/records.js";
import type { GraphPath, GraphStore, NeighbourhoodQuery, PathQuery, Subgraph } from "./port.js";
import { genericSteps, INFORMATIVE_TYPES, rankPaths } from "../domain/pathRanking.js";
import type { RelationshipType } from "../domain/ontology.js";
import { compareIds } from "./results.js";

/**
 * Nodes within `depth` hops, nearest first (ties by id), up to `limit`, and
 * every relationship found between the nodes kept. Null when the centre does not exist.
 */
export async function neighbourhoodFromReads(store: Pick<GraphStore, "entitySummaries" | "relationshipsOf">, query: NeighbourhoodQuery): Promise<Subgraph | null> {
  const [centre] = await store.entitySummaries([query.id]);
  if (!centre) return null;
  const types = query.types.length ? query.types : TRAVERSAL_TYPES;
  const distances = new Map([[centre.id, 0]]);
  const edges = new Map<string, Relationship>();
  let frontier = [centre.id];
  let truncated = false;
  for (let level = 0; level < query.depth && frontier.length > 0 && !truncated; level++) {
    const lists = await store.relationshipsOf(frontier.map((entityId) => ({ entityId, types, direction: "BOTH" as const })));
    const found = lists.flat();
    const next = [...new Set(found.flatMap((r) => [r.from, r.to]))].filter((id) => !distances.has(id)).sort();
    const room = query.limit - distances.size;
    if (next.length > room) truncated = true;
    frontier = next.slice(0, Math.max(room, 0));
    for (const id of frontier) distances.set(id, level + 1);
    for (const r of found) if (distances.has(r.from) && distances.has(r.to)) edges.set(r.id, r);
  }
  const ids = [...distances.keys()];
  const nodes = (await store.entitySummaries(ids)).flatMap((n) => (n ? [n] : []));
  const kept = [...edges.values()].sort(compareIds);
  return { nodes, distances, edges: query.edgeProperties === false ? kept.map((r) => ({ ...r, properties: {} })) : kept, truncated };
}

export interface TimelineEntry {
  readonly entity: IndexedEntity;
  readonly date: PartialDate;
  /** True when the date lacks a day, a month or the year. */
  readonly partial: boolean;
}

/**
 * The dated entities an entity is directly connected to, and itself if dated,
 * in date order; dates without a year go last. Three reads, each batchable:
 * given a request's loaders, any number of timelines cost three round trips.
 */
export async function timeline(store: Pick<GraphStore, "entitiesById" | "relationshipsOf">, id: string): Promise<TimelineEntry[] | null> {
  const [subject] = await store.entitiesById([id]);
  if (!subject) return null;
  // The subject's own id, not the one asked for: a merged id answers with its survivor.
  const [relationships] = await store.relationshipsOf([{ entityId: subject.id, types: TRAVERSAL_TYPES, direction: "BOTH" }]);
  const others = [...new Set(relationships.map((r) => (r.from === subject.id ? r.to : r.from)))];
  const entities = [subject, ...(await store.entitiesById(others))].filter((e): e is IndexedEntity => e !== null);
  const entries = entities.flatMap((entity) => {
    const date = entityDate(entity);
    return date ? [{ entity, date, partial: date.precision !== "day" }] : [];
  });
  return entries.sort((a, b) => comparePartialDates(a.date, b.date) || (a.entity.id < b.entity.id ? -1 : 1));
}

/** Shortest paths weighed against each other: enough to find an informative one among equals. */
const CANDIDATE_PATHS = 25;

/** A path's relationships in order: two searches may find the same path. */
const pathKey = (path: GraphPath) => path.relationships.map((r) => r.id).join(" ");

/**
 * The connections that explain most: of the shortest paths, those with the
 * fewest generic steps (pathRanking.ts) first. When even the best has one and
 * the caller chose no types (`types` null), the paths up to one step longer over informative
 * types only are ranked with them: the shortest paths between two
 * well-connected entities outnumber the candidates read, and the few through
 * signings and posts (a country on the way, perhaps) may not be among them.
 */
export async function informativePaths(
  store: Pick<GraphStore, "shortestPaths">,
  question: Omit<PathQuery, "types" | "limit"> & { types: readonly RelationshipType[] | null },
  limit: number,
): Promise<GraphPath[]> {
  const asked = { ...question, types: question.types ?? [], limit: Math.max(limit, CANDIDATE_PATHS) };
  const shortest = rankPaths(await store.shortestPaths(asked));
  if (!shortest.length || genericSteps(shortest[0]) === 0 || question.types) return shortest.slice(0, limit);
  const maxLength = Math.min(question.maxLength, shortest[0].relationships.length + 1);
  const informative = await store.shortestPaths({ ...asked, maxLength, types: INFORMATIVE_TYPES });
  const seen = new Set<string>();
  const candidates = [...informative, ...shortest].filter((p) => !seen.has(pathKey(p)) && seen.add(pathKey(p)));
  return rankPaths(candidates).slice(0, limit);
}
