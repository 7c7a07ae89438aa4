/**
 * Merging two entities that are one: the survivor takes every relationship of
 * the merged one (ids, properties, origins and evidence unchanged), the merged
 * node goes, and its id becomes a redirect to the survivor.
 */
import { indexEntity } from "../domain/indexing.js";
import type { IndexedEntity } from "../domain/records.js";
import { CURATION_ORIGIN, CurationError, type CurationChange } from "./curation.js";
import type { CurationQueries, StoredRelationship } from "./curationQueries.js";
import type { Effect, Operation } from "./curate.js";

/**
 * Read inside the change's transaction, so two merges at once see each
 * other: X into Z and Z into X cannot both apply (no redirect cycle), and the
 * same merge twice is recorded once.
 */
export async function mergeEntities(q: CurationQueries, { survivor: target, merged }: Operation<"mergeEntities">, change: CurationChange): Promise<Effect> {
  if (merged === target) throw new CurationError("CONFLICT", `entity ${merged} cannot be merged into itself`);
  const redirects = await q.redirects([merged, target]);
  if (redirects.has(target)) {
    throw new CurationError("CONFLICT", `survivor ${target} was itself merged into ${redirects.get(target)}; merge into that instead`);
  }
  const mergedInto = redirects.get(merged);
  if (mergedInto) throw new CurationError("CONFLICT", `entity ${merged} was already merged into ${mergedInto}`);
  const [survivor, gone] = await bothEntities(q, target, merged);
  const record = mergedRecord(survivor, gone);

  const { moved, selfLoops } = reattached(await q.relationshipsAt(merged), merged, target);
  const reason = `self-loop after merging ${merged} into ${target}`;
  for (const loop of selfLoops) await q.retract(loop, reason, change);
  await q.replaceByRedirect(merged, target);
  await q.writeEntity(record, CURATION_ORIGIN);
  await q.writeRelationships(moved);
  return {
    summary: { merged, survivor: target, moved: moved.length, droppedSelfLoops: selfLoops.map((r) => r.id) },
    alsoAbout: merged,
  };
}

/** Both exist and are of one kind. */
async function bothEntities(q: CurationQueries, survivor: string, merged: string): Promise<[IndexedEntity, IndexedEntity]> {
  const [kept, gone] = [await q.entity(survivor), await q.entity(merged)];
  const missing = [[survivor, kept], [merged, gone]].filter(([, e]) => !e).map(([id]) => id);
  if (missing.length) throw new CurationError("NOT_FOUND", `no entity ${missing.join(" or ")} to merge`);
  if (kept!.kind !== gone!.kind) throw new CurationError("CONFLICT", `entity ${merged} is of kind ${gone!.kind}, ${survivor} of kind ${kept!.kind}`);
  return [kept!, gone!];
}

/** The survivor after a merge: its own values first, the merged entity's filling the gaps; every name kept as an alias. */
export function mergedRecord(survivor: IndexedEntity, merged: IndexedEntity): IndexedEntity {
  const aliases = [...survivor.aliases, merged.name, ...Object.values(merged.names), ...merged.aliases]
    .filter((a, i, all) => a !== survivor.name && all.indexOf(a) === i);
  const { id, kind, name } = survivor;
  return indexEntity({
    id, kind, name,
    names: { ...merged.names, ...survivor.names },
    labels: [...survivor.labels, ...merged.labels.filter((l) => !survivor.labels.some((s) => s.lang === l.lang && s.text === l.text))],
    aliases,
    attributes: { ...merged.attributes, ...survivor.attributes },
  }, []);
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
