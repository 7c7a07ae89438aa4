/**
 * Curation: trusted curators correcting the graph one change at a time. The
 * shapes a change takes on its way into a store, the record every store keeps
 * of it, and the error a change that cannot apply ends in.
 */
import type { Evidence, IndexedEntity, Relationship } from "../domain/records.js";

/** The origin of everything a curator writes: a seed reload never prunes it nor overwrites it. */
export const CURATION_ORIGIN = "curation";

export type CurationOperation =
  /** Creates the entity or replaces it whole. */
  | { readonly kind: "upsertEntity"; readonly entity: IndexedEntity }
  /** Adds (or updates) a relationship with at least one piece of evidence for it. */
  | { readonly kind: "addRelationship"; readonly relationship: Relationship; readonly evidence: readonly Evidence[] }
  /** Takes a relationship out of every answer; it stays in the history, its evidence stays too. */
  | { readonly kind: "retractRelationship"; readonly id: string; readonly reason: string }
  /** Moves `merged`'s relationships to the survivor, deletes it and makes its id resolve to the survivor. */
  | { readonly kind: "mergeEntities"; readonly survivor: IndexedEntity; readonly merged: string };

export interface CurationChange {
  /** Chosen by the caller; a retry with the same id applies nothing and returns the first record. */
  readonly id: string;
  readonly actor: string;
  /** ISO timestamp. */
  readonly at: string;
  readonly operation: CurationOperation;
}

export interface ChangeRecord {
  readonly id: string;
  readonly actor: string;
  readonly at: string;
  readonly action: CurationOperation["kind"];
  /** The entity id, the relationship id, or the survivor's id. */
  readonly subject: string;
  /** JSON: what the change did, in a few fields (never a whole entity). */
  readonly summary: string;
}

export interface ChangeQuery {
  /** Only changes whose subject this is, or merges that merged it away. */
  readonly subject?: string;
  readonly limit: number;
  readonly offset: number;
}

/** What a seed reload must respect: see `withCuration` in overrides.ts. */
export interface CurationOverrides {
  /** Relationship ids curators retracted, self-loops a merge dropped included. */
  readonly retracted: readonly string[];
  /** Merged id → survivor id; a survivor is never itself merged, so one hop resolves. */
  readonly redirects: ReadonlyArray<readonly [string, string]>;
  /** Entities and relationships a curator wrote last: their curated version wins over the seed's. */
  readonly curatedEntities: readonly string[];
  readonly curatedRelationships: readonly string[];
}

export type CurationErrorCode = "NOT_FOUND" | "CONFLICT" | "INVALID";

/** A change that cannot apply; nothing of it was written. The message names the ids at fault. */
export class CurationError extends Error {
  constructor(readonly code: CurationErrorCode, message: string) {
    super(message);
    this.name = "CurationError";
  }
}

/** The id a change is about, as its record states it. */
export function subjectOf(operation: CurationOperation): string {
  switch (operation.kind) {
    case "upsertEntity": return operation.entity.id;
    case "addRelationship": return operation.relationship.id;
    case "retractRelationship": return operation.id;
    case "mergeEntities": return operation.survivor.id;
  }
}
