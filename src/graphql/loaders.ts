/**
 * Every DataLoader a request uses, created together per request so nothing is
 * cached across requests. Each batch function makes one store call per tick
 * and answers in key order, so a query's round trips grow with its depth,
 * never with the number of results.
 */
import DataLoader from "dataloader";
import type { Direction, Evidence, IndexedEntity, Relationship } from "../domain/records.js";
import type { RelationshipType } from "../domain/ontology.js";
import type { GraphStore } from "../store/port.js";

export interface RelationshipKey {
  readonly entityId: string;
  readonly types: readonly RelationshipType[];
  readonly direction: Direction;
}

export interface Loaders {
  readonly entity: DataLoader<string, IndexedEntity | null>;
  readonly relationships: DataLoader<RelationshipKey, Relationship[], string>;
  readonly evidence: DataLoader<string, Evidence[]>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader((ids) => store.entitiesById(ids)),
    relationships: new DataLoader((keys) => store.relationshipsOf(keys), {
      cacheKeyFn: (k) => `${k.entityId}|${k.direction}|${[...k.types].sort().join(",")}`,
    }),
    evidence: new DataLoader((subjects) => store.evidenceFor(subjects)),
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
