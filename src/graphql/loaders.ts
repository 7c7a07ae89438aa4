/**
 * Every DataLoader a request uses, created together per request so nothing is
 * cached across requests. Each batch function makes one store call per tick
 * and answers in key order, so a query's round trips grow with its depth,
 * never with the number of results.
 */
import DataLoader from "dataloader";
import type { Direction, Evidence, IndexedEntity, Relationship } from "../domain/records.js";
import type { RelationshipType } from "../domain/ontology.js";
import { citationOf } from "../store/pages.js";
import type { Citation, EntitySummary, GraphStore, RelationshipPage, RelationshipPageQuery } from "../store/port.js";

export interface RelationshipKey {
  readonly entityId: string;
  readonly types: readonly RelationshipType[];
  readonly direction: Direction;
}

export interface Loaders {
  readonly entity: DataLoader<string, IndexedEntity | null>;
  /** An entity's id, kind and name: what most selections of a relationship's end read. */
  readonly summary: DataLoader<string, EntitySummary | null>;
  /** What a source shows of the article it cites. */
  readonly citation: DataLoader<string, Citation | null>;
  /** Relationships by statement id. */
  readonly relationship: DataLoader<string, Relationship | null>;
  readonly relationships: DataLoader<RelationshipKey, Relationship[], string>;
  /** Pages that also bring what their fields below will read, which then waits in `entity` and `evidence`. */
  readonly relationshipPages: DataLoader<RelationshipPageQuery, RelationshipPage, string>;
  readonly evidence: DataLoader<string, Evidence[]>;
}

const relationshipKey = (k: RelationshipKey) => `${k.entityId}|${k.direction}|${[...k.types].sort().join(",")}`;

export function createLoaders(store: GraphStore): Loaders {
  const entity = new DataLoader((ids: readonly string[]) => store.entitiesById(ids));
  const summary = new DataLoader((ids: readonly string[]) => store.entitySummaries(ids));
  const citation = new DataLoader(async (ids: readonly string[]) => (await store.entitiesById(ids)).map((a) => (a ? citationOf(a) : null)));
  const evidence = new DataLoader((subjects: readonly string[]) => store.evidenceFor(subjects));
  const known = (entities: Iterable<IndexedEntity>) => primeEntities({ entity, summary }, entities);
  const relationshipPages = new DataLoader(async (queries: readonly RelationshipPageQuery[]) => {
    const pages = await store.relationshipPages(queries);
    for (const page of pages) {
      if (page.entity) entity.prime(page.entity.id, page.entity);
      known(page.ends);
      primeSummaries({ summary }, page.endSummaries);
      known(page.articles);
      page.articles.forEach((a) => citation.prime(a.id, citationOf(a)));
      page.citations.forEach((c) => citation.prime(c.id, c));
      page.evidence.forEach((list, i) => evidence.prime(page.relationships[i].id, [...list]));
    }
    return pages;
  }, {
    cacheKeyFn: (q) => `${relationshipKey(q)}|${q.offset}|${q.limit}|${q.include.ends}|${q.include.evidence}|${q.include.articles}`,
  });
  return {
    entity,
    summary,
    citation,
    relationship: new DataLoader((ids: readonly string[]) => store.relationshipsById(ids)),
    relationships: new DataLoader((keys) => store.relationshipsOf(keys), { cacheKeyFn: relationshipKey }),
    relationshipPages,
    evidence,
  };
}

/** Entities a read brought along, so fields below find them — whole, and as their summaries — without a round trip. */
export function primeEntities(loaders: Pick<Loaders, "entity" | "summary">, entities: Iterable<IndexedEntity>): void {
  for (const e of entities) {
    loaders.entity.prime(e.id, e);
    loaders.summary.prime(e.id, { id: e.id, kind: e.kind, name: e.name });
  }
}

/** Summaries a read brought along, so fields that read no more than an entity's id, kind and name find them without a round trip. */
export function primeSummaries(loaders: Pick<Loaders, "summary">, summaries: Iterable<EntitySummary>): void {
  for (const s of summaries) loaders.summary.prime(s.id, s);
}

/**
 * Every value for `keys`, in key order, batched like single loads. A failed key
 * fails the call: loadMany would hand its Error back as a value, and a store
 * that is away must not read as an entity that does not exist.
 */
export function loadAll<K, V, C>(loader: DataLoader<K, V, C>, keys: readonly K[]): Promise<V[]> {
  return Promise.all(keys.map((key) => loader.load(key)));
}
