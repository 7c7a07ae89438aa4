/**
 * Turns rows from any store into the port's answers, so every adapter orders,
 * groups and fills in exactly alike and the two stores answer identically.
 */
import { NODE_KINDS, RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from "../domain/ontology.js";
import type { Evidence, GraphCounts, Relationship } from "../domain/records.js";
import type { Direction } from "../domain/records.js";
import type { GraphPath, RelationshipQuery, SearchHit, SearchPage, SearchQuery } from "./port.js";

export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareIds(a: { id: string }, b: { id: string }): number {
  return byString(a.id, b.id);
}

export function compareRelationships(a: Relationship, b: Relationship): number {
  return byString(a.type, b.type) || byString(a.id, b.id);
}

export function compareEvidence(a: Evidence, b: Evidence): number {
  return byString(a.article, b.article) || byString(a.id, b.id);
}

/** Puts each item under its key, in key order, each list sorted. */
export function groupByKey<T>(
  keys: readonly string[],
  items: Iterable<{ key: string; item: T }>,
  compare: (a: T, b: T) => number,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const { key, item } of items) groups.get(key)?.push(item);
  return keys.map((k) => [...groups.get(k)!].sort(compare));
}

/** Paths in a stable order: by their node ids, then their relationship ids; duplicates dropped. */
export function orderPaths<P extends Pick<GraphPath, "nodes" | "relationships">>(paths: readonly P[], limit: number): P[] {
  const key = (p: P) => `${p.nodes.join("\u0000")}\u0001${p.relationships.map((r) => r.id).join("\u0000")}`;
  const unique = new Map(paths.map((p) => [key(p), p]));
  return [...unique.entries()].sort(([a], [b]) => byString(a, b)).slice(0, limit).map(([, p]) => p);
}

export function countsFrom(
  nodeRows: Iterable<{ key: string; count: number }>,
  relationshipRows: Iterable<{ key: string; count: number }>,
  evidence: number,
  relationshipsWithoutEvidence: number,
): GraphCounts {
  const nodes = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  const relationships = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<RelationshipType, number>;
  for (const { key, count } of nodeRows) if (key in nodes) nodes[key as NodeKind] = count;
  for (const { key, count } of relationshipRows) if (key in relationships) relationships[key as RelationshipType] = count;
  return { nodes, relationships, evidence, relationshipsWithoutEvidence };
}

/** A search's answer: its hits, and their total unless the search was asked uncounted. */
export function searchPage(query: SearchQuery, hits: readonly SearchHit[], total: number): SearchPage {
  return query.counted === false ? { hits } : { total, hits };
}

/** Rows of at most `size` items, for batched writes. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** One store round trip: the relationships of `ids` in one direction, of the given types. */
export type RelationshipFetch = (
  direction: Direction,
  types: readonly RelationshipType[],
  ids: string[],
) => Promise<Array<{ key: string; item: Relationship }>>;

/**
 * Answers a batch of relationship queries with one round trip per distinct
 * question (direction and types), each key's list ordered by type then id.
 */
export async function answerRelationshipQueries(
  queries: readonly RelationshipQuery[],
  fetch: RelationshipFetch,
): Promise<Relationship[][]> {
  const answers = new Map<RelationshipQuery, Relationship[]>();
  const groups = new Map<string, RelationshipQuery[]>();
  for (const q of queries) {
    const key = `${q.direction}|${q.types.join(",")}`;
    const group = groups.get(key);
    if (group) group.push(q);
    else groups.set(key, [q]);
  }
  for (const group of groups.values()) {
    const { direction, types } = group[0];
    const ids = [...new Set(group.map((q) => q.entityId))];
    const lists = groupByKey(ids, await fetch(direction, types.length ? types : RELATIONSHIP_TYPES, ids), compareRelationships);
    const listOf = new Map(ids.map((id, i) => [id, lists[i]]));
    for (const q of group) answers.set(q, listOf.get(q.entityId)!);
  }
  return queries.map((q) => answers.get(q)!);
}
