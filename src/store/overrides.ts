/**
 * A batch from an origin that curators may have corrected since (the seed)
 * made to respect their corrections before it is written: a reload then
 * neither undoes a retraction or a merge nor reverts a curated record.
 */
import type { GraphBatch } from "../domain/records.js";
import type { CurationOverrides } from "./curation.js";

/**
 * Leaves out retracted relationships, merged entities and whatever a curator
 * wrote last; moves what named a merged entity to its survivor and drops the
 * self-loops that makes. Evidence of retracted relationships stays, so the
 * reload does not prune it.
 */
export function withCuration(batch: GraphBatch, overrides: CurationOverrides): GraphBatch {
  const redirects = new Map(overrides.redirects);
  const resolve = (id: string) => redirects.get(id) ?? id;
  const retracted = new Set(overrides.retracted);
  const curatedEntities = new Set(overrides.curatedEntities);
  const curatedRelationships = new Set(overrides.curatedRelationships);
  return {
    entities: batch.entities.filter((e) => !redirects.has(e.id) && !curatedEntities.has(e.id)),
    relationships: batch.relationships
      .filter((r) => !retracted.has(r.id) && !curatedRelationships.has(r.id))
      .map((r) => ({ ...r, from: resolve(r.from), to: resolve(r.to) }))
      .filter((r) => r.from !== r.to),
    evidence: batch.evidence.map((e) => (redirects.has(e.subject) ? { ...e, subject: resolve(e.subject) } : e)),
  };
}
