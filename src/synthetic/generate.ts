/**
 * Streams a synthetic graph as GraphBatch chunks of at most `chunkItems`
 * records: first every entity but the articles, then article by article the
 * article, its relationships and their evidence. Only a chunk, a bounded cache
 * of entities and one degree counter per entity are held, so 10^6 entities
 * stream in a few hundred MB. Same options, same graph, byte for byte.
 */
import { NODE_KINDS, NodeKind, RELATIONSHIP_TYPES, type RelationshipType } from "../domain/ontology.js";
import { indexEntity } from "../domain/indexing.js";
import type { Evidence, GraphBatch, IndexedEntity, Relationship } from "../domain/records.js";
import { syntheticArticle } from "./articles.js";
import { syntheticEntity, type SyntheticEntity } from "./entities.js";
import { GraphLayout, type SyntheticOptions } from "./layout.js";
import type { EntityAt } from "./statements.js";

export type { SyntheticOptions } from "./layout.js";

export const CHUNK_ITEMS = 10_000;

/** What one part of a graph holds, counted while it streamed. */
export interface GenerationTally {
  readonly relationships: Record<RelationshipType, number>;
  readonly evidence: number;
  /** Relationships per entity index, MENTIONS included, over the whole graph's indexes. */
  readonly degrees: Uint32Array;
}

/** What a generated graph holds, known once every part has streamed. */
export interface GenerationSummary {
  readonly nodes: Readonly<Record<NodeKind, number>>;
  readonly relationships: Readonly<Record<RelationshipType, number>>;
  readonly evidence: number;
  /** The person with the most relationships. */
  readonly topPerson: { readonly id: string; readonly degree: number };
  readonly maxDegree: number;
  readonly medianDegree: number;
}

/** Which share of the graph to stream: parts split the entities and the articles alike, so they can be written side by side. */
export interface GraphPart {
  readonly part: number;
  readonly parts: number;
}

/**
 * Entities by index, rebuilt on a miss. Hubs are asked for again and again, so
 * a cache pays; it is emptied when full rather than kept in LRU order, which
 * costs a few rebuilds and no bookkeeping.
 */
export function entityCache(layout: GraphLayout, capacity = 100_000): EntityAt {
  const cache = new Map<number, SyntheticEntity>();
  return (index) => {
    let found = cache.get(index);
    if (!found) {
      if (cache.size >= capacity) cache.clear();
      found = syntheticEntity(layout, index);
      cache.set(index, found);
    }
    return found;
  };
}

class ChunkBuffer {
  entities: IndexedEntity[] = [];
  relationships: Relationship[] = [];
  evidence: Evidence[] = [];

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entities.length + this.relationships.length + this.evidence.length;
  }

  full(): boolean {
    return this.size >= this.limit;
  }

  take(): GraphBatch {
    const batch = { entities: this.entities, relationships: this.relationships, evidence: this.evidence };
    this.entities = [];
    this.relationships = [];
    this.evidence = [];
    return batch;
  }
}

/** The summary of a whole graph from the tallies of all its parts. */
export function summarise(options: SyntheticOptions, tallies: readonly GenerationTally[]): GenerationSummary {
  const layout = new GraphLayout(options);
  const degrees = new Uint32Array(options.entities);
  const relationships = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<RelationshipType, number>;
  for (const tally of tallies) {
    for (let i = 0; i < degrees.length; i++) degrees[i] += tally.degrees[i];
    for (const t of RELATIONSHIP_TYPES) relationships[t] += tally.relationships[t];
  }
  const nodes = Object.fromEntries(NODE_KINDS.map((k) => [k, layout.range(k).count])) as Record<NodeKind, number>;
  const people = layout.range(NodeKind.Person);
  let top = people.start;
  for (let i = people.start; i < people.start + people.count; i++) if (degrees[i] > degrees[top]) top = i;
  const sorted = degrees.slice().sort();
  return {
    nodes, relationships, evidence: tallies.reduce((sum, t) => sum + t.evidence, 0),
    topPerson: { id: syntheticEntity(layout, top).entity.id, degree: degrees[top] },
    maxDegree: sorted[sorted.length - 1], medianDegree: sorted[sorted.length >> 1],
  };
}

/** The share [start, end) of `count` items that part `part` of `parts` streams. */
function share(count: number, { part, parts }: GraphPart): [number, number] {
  return [Math.floor((part * count) / parts), Math.floor(((part + 1) * count) / parts)];
}

export function* generateGraph(
  options: SyntheticOptions, part: GraphPart = { part: 0, parts: 1 }, chunkItems = CHUNK_ITEMS,
): Generator<GraphBatch, GenerationTally> {
  const layout = new GraphLayout(options);
  const at = entityCache(layout);
  const buffer = new ChunkBuffer(chunkItems);
  const articles = layout.articles;
  const [first, last] = share(articles.start, part);
  for (let i = first; i < last; i++) {
    buffer.entities.push(indexEntity(at(i).entity, []));
    if (buffer.full()) yield buffer.take();
  }
  const degrees = new Uint32Array(options.entities);
  const relationships = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<RelationshipType, number>;
  let evidence = 0;
  const [from, to] = share(articles.count, part);
  for (let a = articles.start + from; a < articles.start + to; a++) {
    const article = syntheticArticle(layout, a, at);
    for (const fact of article.facts) {
      degrees[fact.from]++;
      degrees[fact.to]++;
      relationships[fact.type]++;
    }
    evidence += article.evidence.length;
    buffer.entities.push(article.entity);
    buffer.relationships.push(...article.relationships);
    buffer.evidence.push(...article.evidence);
    if (buffer.full()) yield buffer.take();
  }
  if (buffer.size > 0) yield buffer.take();
  return { relationships, evidence, degrees };
}
