/**
 * The steps of writing a batch, the same for every store: entities one kind at
 * a time, then relationships one type at a time (labels and types are part of
 * the query text), then
 * evidence, then removal of what the origin no longer holds. Each adapter
 * encodes rows its own way and runs the steps in one transaction.
 */
import { NODE_KINDS, RELATIONSHIP_TYPES } from "../domain/ontology.js";
import type { Evidence, GraphBatch, IndexedEntity, Relationship } from "../domain/records.js";
import type { Slots } from "./cypher.js";
import { chunks } from "./results.js";

export const WRITE_BATCH_SIZE = 2000;

export interface RowEncoding {
  entity(e: IndexedEntity): Record<string, unknown>;
  relationship(r: Relationship): Record<string, unknown>;
  evidence(e: Evidence): Record<string, unknown>;
}

export interface WriteStep {
  readonly query: string;
  readonly slots: Slots;
  readonly params: Record<string, unknown>;
  /** How many items the step writes, for progress. */
  readonly items: number;
}

export function* writeSteps(origin: string, batch: GraphBatch, encode: RowEncoding): Generator<WriteStep> {
  for (const kind of NODE_KINDS) {
    const ofKind = batch.entities.filter((e) => e.kind === kind);
    for (const rows of chunks(ofKind, WRITE_BATCH_SIZE)) {
      yield { query: "upsert_entities", slots: { label: kind }, params: { origin, rows: rows.map(encode.entity) }, items: rows.length };
    }
  }
  for (const type of RELATIONSHIP_TYPES) {
    const ofType = batch.relationships.filter((r) => r.type === type);
    for (const rows of chunks(ofType, WRITE_BATCH_SIZE)) {
      yield {
        query: "upsert_relationships", slots: { relationshipType: type },
        params: { origin, rows: rows.map(encode.relationship) }, items: rows.length,
      };
    }
  }
  for (const rows of chunks(batch.evidence, WRITE_BATCH_SIZE)) {
    yield { query: "upsert_evidence", slots: {}, params: { origin, rows: rows.map(encode.evidence) }, items: rows.length };
  }
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
  yield { query: "prune_evidence", slots: {}, params: { origin, keep: ids(batch.evidence) }, items: 0 };
  yield { query: "prune_relationships", slots: {}, params: { origin, keep: ids(batch.relationships) }, items: 0 };
  yield { query: "prune_entities", slots: {}, params: { origin, keep: ids(batch.entities) }, items: 0 };
}

export function batchSize(batch: GraphBatch): number {
  return batch.entities.length + batch.relationships.length + batch.evidence.length;
}
