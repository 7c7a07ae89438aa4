/**
 * Merging two entities that are one: the survivor takes every relationship of
 * the merged one (ids, properties, origins and evidence unchanged), the merged
 * node goes, and its id becomes a redirect to the survivor.
 */
import { CURATION_ORIGIN, CurationError, type CurationChange, type CurationOperation } from "./curation.js";
import type { CurationQueries, StoredRelationship } from "./curationQueries.js";
import type { Effect } from "./curate.js";

type Merge = Extract<CurationOperation, { kind: "mergeEntities" }>;

export async function mergeEntities(q: CurationQueries, { survivor, merged }: Merge, change: CurationChange): Promise<Effect> {
  const target = survivor.id;
  if (merged === target) throw new CurationError("CONFLICT", `entity ${merged} cannot be merged into itself`);
  const redirects = await q.redirects([merged, target]);
  if (redirects.has(target)) {
    throw new CurationError("CONFLICT", `survivor ${target} was itself merged into ${redirects.get(target)}; merge into that instead`);
  }
  const mergedInto = redirects.get(merged);
  // A merge retried under a new change id: recorded, nothing left to do.
  if (mergedInto === target) return { summary: { merged, survivor: target, alreadyMerged: true }, merged };
  if (mergedInto) throw new CurationError("CONFLICT", `entity ${merged} was already merged into ${mergedInto}`);
  await checkKinds(q, merged, survivor.id, survivor.kind);

  const { moved, selfLoops } = reattached(await q.relationshipsAt(merged), merged, target);
  const reason = `self-loop after merging ${merged} into ${target}`;
  for (const loop of selfLoops) await q.retract(loop, reason, change);
  await q.replaceByRedirect(merged, target);
  await q.writeEntity(survivor, CURATION_ORIGIN);
  await q.writeRelationships(moved);
  return {
    summary: { merged, survivor: target, moved: moved.length, droppedSelfLoops: selfLoops.map((r) => r.id) },
    merged,
  };
}

/** Both exist, and all three kinds — merged, stored survivor, new survivor record — agree. */
async function checkKinds(q: CurationQueries, merged: string, survivor: string, kind: string): Promise<void> {
  const kinds = await q.kinds([merged, survivor]);
  const missing = [merged, survivor].filter((id) => !kinds.has(id));
  if (missing.length) throw new CurationError("NOT_FOUND", `no entity ${missing.join(" or ")} to merge`);
  for (const id of [merged, survivor]) {
    if (kinds.get(id) !== kind) throw new CurationError("CONFLICT", `entity ${id} is of kind ${kinds.get(id)}, the survivor record of kind ${kind}`);
  }
}

/** The merged entity's relationships with the survivor in its place; those that would join the survivor to itself apart. */
function reattached(relationships: readonly StoredRelationship[], merged: string, survivor: string) {
  const swap = (id: string) => (id === merged ? survivor : id);
  const all = relationships.map((r) => ({ original: r, moved: { ...r, from: swap(r.from), to: swap(r.to) } }));
  return {
    moved: all.filter(({ moved }) => moved.from !== moved.to).map(({ moved }) => moved),
    selfLoops: all.filter(({ moved }) => moved.from === moved.to).map(({ original }) => original),
  };
}
