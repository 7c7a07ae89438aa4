/**
 * Every DataLoader a request uses, created together per request so nothing is
 * cached across requests. Each batch function makes one store call per tick
 * and answers in key order, so a query's round trips grow with its depth,
 * never with the number of results.
 */
import DataLoader from "dataloader";
import type { Direction, Evidence, IndexedEntity, Relationship } from "../domain/records.js";
import type { RelationshipType } from "../domain/ontology.js";
import type { GraphStore, RelationshipPage, RelationshipPageQuery } from "../store/port.js";

export interface RelationshipKey {
  readonly entityId: string;
  readonly types: readonly RelationshipType[];
  readonly direction: Direction;
}

export interface Loaders {
  readonly entity: DataLoader<string, IndexedEntity | null>;
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
  const evidence = new DataLoader((subjects: readonly string[]) => store.evidenceFor(subjects));
  const known = (entities: readonly IndexedEntity[]) => entities.forEach((e) => entity.prime(e.id, e));
  const relationshipPages = new DataLoader(async (queries: readonly RelationshipPageQuery[]) => {
    const pages = await store.relationshipPages(queries);
    for (const page of pages) {
      if (page.entity) entity.prime(page.entity.id, page.entity);
      known(page.ends);
      known(page.articles);
      page.evidence.forEach((list, i) => evidence.prime(page.relationships[i].id, [...list]));
    }
    return pages;
  }, {
    cacheKeyFn: (q) => `${relationshipKey(q)}|${q.offset}|${q.limit}|${q.include.ends}|${q.include.evidence}|${q.include.articles}`,
  });
  return {
    entity,
    relationship: new DataLoader((ids: readonly string[]) => store.relationshipsById(ids)),
    relationships: new DataLoader((keys) => store.relationshipsOf(keys), { cacheKeyFn: relationshipKey }),
    relationshipPages,
    evidence,
  };
}

/**
 * Every value for `keys`, in key order, batched like single loads. A failed key
 * fails the call: loadMany would hand its Error back as a value, and a store
 * that is away must not read as an entity that does not exist.
 */
export function loadAll<K, V, C>(loader: DataLoader<K, V, C>, keys: readonly K[]): Promise<V[]> {
  return Promise.all(keys.map((key) => loader.load(key)));
}
