/**
 * Curation on Neo4j: how its rows encode records, and what to do when two
 * requests write the same thing at once.
 */
import neo4j, { Neo4jError } from "neo4j-driver";
import type { ChangeRecord, CurationChange } from "../curation.js";
import { applyChange } from "../curate.js";
import type { CurationCodec, CurationQueries } from "../curationQueries.js";
import { ENCODING, relationshipProperties } from "./values.js";

export const CURATION_CODEC: CurationCodec = {
  ...ENCODING,
  relationshipProperties: (stored) => relationshipProperties(stored as Record<string, unknown>),
  count: (n) => neo4j.int(n),
};

const CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

/**
 * Applies the change in the transaction `inTransaction` opens. Two
 * transactions may both see no record of a change id (a client retrying
 * while its first attempt is still running) or both MERGE one new entity;
 * the uniqueness constraints let only one commit, and the other, tried once
 * more, then finds what the first wrote: the change's record, or the entity.
 */
export async function curateRetryingConflicts(
  change: CurationChange,
  inTransaction: (apply: (q: CurationQueries) => Promise<ChangeRecord>) => Promise<ChangeRecord>,
): Promise<ChangeRecord> {
  const attempt = () => inTransaction((q) => applyChange(q, change));
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof Neo4jError && error.code === CONSTRAINT_VIOLATION) return attempt();
    throw error;
  }
}
