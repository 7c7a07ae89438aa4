/**
 * Curation on Neo4j: how its rows encode records, and what to do when two
 * requests write the same thing at once.
 */
import neo4j, { Neo4jError } from "neo4j-driver";
import type { ChangeRecord, CurationChange } from "../curation.js";
import { applyChange } from "../curate.js";
import type { CurationCodec, CurationQueries } from "../curationQueries.js";
import { decodeEntity, ENCODING, relationshipProperties } from "./values.js";

export const CURATION_CODEC: CurationCodec = {
  ...ENCODING,
  relationshipProperties: (stored) => relationshipProperties(stored as Record<string, unknown>),
  count: (n) => neo4j.int(n),
  decodeEntity: (row) => decodeEntity(row.node as Record<string, unknown>),
};

const CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

/**
 * Applies the change in the transaction `inTransaction` opens. Changes run one
 * at a time (lock_curation), but a seed load does not take that lock: it and a
 * change may both MERGE one new entity, the uniqueness constraints let only
 * one commit, and the change, tried once more, then finds what the load wrote.
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
