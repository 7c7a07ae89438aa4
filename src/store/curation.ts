/**
 * Curation: trusted curators correcting the graph one change at a time. The
 * shapes a change takes on its way into a store, the record every store keeps
 * of it, and the error a change that cannot apply ends in.
 */
import type { NodeKind, RelationshipType } from "../domain/ontology.js";
import type { AttributeValue, Evidence, IndexedEntity, Relationship } from "../domain/records.js";
import type { ArticleFindings } from "./findings.js";

/** The origin of everything a curator writes: a seed reload never prunes it nor overwrites it. */
export const CURATION_ORIGIN = "curation";

/** The fields an update changes; what it leaves out stays as it is when the change applies. */
export interface EntityPatch {
  readonly name?: string;
  /** Laid over the names the entity has, language by language. */
  readonly names?: Readonly<Record<string, string>>;
  /** Replaces the aliases. */
  readonly aliases?: readonly string[];
  /** Laid over the attributes the entity has, checked against the ontology before the change is made. */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
}

/**
 * A change states what the curator asked for, never a record read before it:
 * what it builds on is read inside the transaction that writes it, so two
 * changes to one entity at once both apply, or the later one is refused.
 */
export type CurationOperation =
  /** Creates the entity; one that exists already with other content is a CONFLICT. */
  | { readonly kind: "createEntity"; readonly entity: IndexedEntity }
  | { readonly kind: "updateEntity"; readonly id: string; readonly patch: EntityPatch }
  | { readonly kind: "addAlias"; readonly id: string; readonly alias: string }
  /** Adds (or updates) a relationship with at least one piece of evidence for it. */
  | { readonly kind: "addRelationship"; readonly relationship: Relationship; readonly evidence: readonly Evidence[] }
  /** Takes a relationship out of every answer; it stays in the history, its evidence stays too. */
  | { readonly kind: "retractRelationship"; readonly id: string; readonly reason: string }
  /** Moves `merged`'s relationships to `survivor`, deletes it and makes its id resolve to the survivor. */
  | { readonly kind: "mergeEntities"; readonly survivor: string; readonly merged: string }
  /** Makes a proposal a fact, its sentence the evidence; `type`, `from` and `to` replace what the machine read. */
  | { readonly kind: "acceptProposal"; readonly proposal: string; readonly type?: RelationshipType; readonly from?: string; readonly to?: string }
  | { readonly kind: "rejectProposal"; readonly proposal: string }
  /** Makes a candidate an entity, or points it at the entity of that kind and name already there, or at `entity`. */
  | { readonly kind: "acceptCandidate"; readonly candidate: string; readonly entityKind?: NodeKind; readonly name?: string; readonly entity?: string }
  | { readonly kind: "rejectCandidate"; readonly candidate: string }
  /** Stores an article and what reading it found, replacing what an earlier reading of it found. */
  | { readonly kind: "ingestArticle"; readonly findings: ArticleFindings };

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
  /** The entity, relationship, finding or article the change is about; a merge's survivor. */
  readonly subject: string;
  /** JSON: what the change did, in a few fields (never a whole entity). */
  readonly summary: string;
}

export interface ChangeFilter {
  /** Only changes whose subject this is, or whose second subject (a merged id, an accepted finding) it is. */
  readonly subject?: string;
}

export interface ChangeQuery extends ChangeFilter {
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

/** A change id (a clientMutationId) sent again for another request: refused, nothing written. */
export class ChangeIdReusedError extends CurationError {
  constructor(readonly changeId: string, readonly recorded: ChangeRecord) {
    super("CONFLICT", `change id ${changeId} was already used for ${recorded.action} of ${recorded.subject}: give each change an id of its own`);
  }
}

/** The id a change is about before it applies; an accepted finding's record names the fact it became instead. */
export function subjectOf(operation: CurationOperation): string {
  switch (operation.kind) {
    case "createEntity": return operation.entity.id;
    case "updateEntity":
    case "addAlias":
    case "retractRelationship": return operation.id;
    case "addRelationship": return operation.relationship.id;
    case "mergeEntities": return operation.survivor;
    case "acceptProposal":
    case "rejectProposal": return operation.proposal;
    case "acceptCandidate":
    case "rejectCandidate": return operation.candidate;
    case "ingestArticle": return operation.findings.article;
  }
}
