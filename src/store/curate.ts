/**
 * What each curation change does, written once for every store: the adapter
 * runs `applyChange` inside one transaction, so a change and its record are
 * written together or not at all, and a throw leaves nothing behind.
 */
import { RELATIONSHIPS } from "../domain/ontology.js";
import type { Relationship } from "../domain/records.js";
import {
  CURATION_ORIGIN, CurationError, subjectOf, type ChangeRecord, type CurationChange, type CurationOperation,
} from "./curation.js";
import type { CurationQueries } from "./curationQueries.js";
import { mergeEntities } from "./merge.js";

type Operation<K extends CurationOperation["kind"]> = Extract<CurationOperation, { kind: K }>;

/** What a change did: the summary is stored as its record's JSON. */
export interface Effect {
  readonly summary: Record<string, unknown>;
  /** The id a merge took away, so the history of that id finds the merge. */
  readonly merged?: string;
}

/** Applies the change and records it; a change id seen before applies nothing and answers its record. */
export async function applyChange(q: CurationQueries, change: CurationChange): Promise<ChangeRecord> {
  const recorded = await q.change(change.id);
  if (recorded) return sameChange(recorded, change);
  const effect = await effectOf(q, change);
  const record: ChangeRecord = {
    id: change.id, actor: change.actor, at: change.at, action: change.operation.kind,
    subject: subjectOf(change.operation), summary: JSON.stringify(effect.summary),
  };
  await q.recordChange(record, effect.merged ?? "");
  return record;
}

/** A retry must be the same change; a change id reused for another one is the caller's mistake. */
function sameChange(recorded: ChangeRecord, change: CurationChange): ChangeRecord {
  if (recorded.action !== change.operation.kind || recorded.subject !== subjectOf(change.operation)) {
    throw new CurationError("CONFLICT", `change id ${change.id} was already used for ${recorded.action} of ${recorded.subject}`);
  }
  return recorded;
}

function effectOf(q: CurationQueries, change: CurationChange): Promise<Effect> {
  const operation = change.operation;
  switch (operation.kind) {
    case "upsertEntity": return upsertEntity(q, operation);
    case "addRelationship": return addRelationship(q, operation);
    case "retractRelationship": return retractRelationship(q, operation, change);
    case "mergeEntities": return mergeEntities(q, operation, change);
  }
}

async function upsertEntity(q: CurationQueries, { entity }: Operation<"upsertEntity">): Promise<Effect> {
  const survivor = (await q.redirects([entity.id])).get(entity.id);
  if (survivor) throw new CurationError("CONFLICT", `entity ${entity.id} was merged into ${survivor}; change ${survivor} instead`);
  const existing = (await q.kinds([entity.id])).get(entity.id);
  if (existing && existing !== entity.kind) {
    throw new CurationError("CONFLICT", `entity ${entity.id} is of kind ${existing} and cannot become ${entity.kind}`);
  }
  await q.writeEntity(entity, CURATION_ORIGIN);
  return { summary: { kind: entity.kind, name: entity.name, created: !existing } };
}

async function addRelationship(q: CurationQueries, { relationship, evidence }: Operation<"addRelationship">): Promise<Effect> {
  if (evidence.length === 0) throw new CurationError("INVALID", `relationship ${relationship.id} needs at least one piece of evidence`);
  const stray = evidence.find((e) => e.subject !== relationship.id);
  if (stray) throw new CurationError("INVALID", `evidence ${stray.id} supports ${stray.subject}, not relationship ${relationship.id}`);
  // A merged id still names its survivor, as it does for every read.
  const [from, to] = await q.resolve([relationship.from, relationship.to]);
  const placed = { ...relationship, from, to };
  await checkEnds(q, placed);
  const existing = await q.relationship(placed.id);
  if (existing && (existing.type !== placed.type || existing.from !== from || existing.to !== to)) {
    throw new CurationError("CONFLICT", `relationship ${placed.id} exists as ${existing.from} ${existing.type} ${existing.to}`);
  }
  const reinstated = await q.isRetracted(placed.id);
  if (reinstated) await q.reinstate(placed.id);
  await q.writeRelationships([{ ...placed, origin: CURATION_ORIGIN }]);
  await q.writeEvidence(evidence, CURATION_ORIGIN);
  return {
    summary: {
      type: placed.type, from, to, properties: placed.properties, evidence: evidence.map((e) => e.id),
      created: !existing, reinstated,
    },
  };
}

/** Both ends exist and are of kinds the ontology lets this type connect. */
async function checkEnds(q: CurationQueries, r: Relationship): Promise<void> {
  const kinds = await q.kinds([r.from, r.to]);
  const missing = [r.from, r.to].filter((id) => !kinds.has(id));
  if (missing.length) throw new CurationError("NOT_FOUND", `relationship ${r.id}: no entity ${missing.join(" or ")}`);
  const spec = RELATIONSHIPS[r.type];
  const [fromKind, toKind] = [kinds.get(r.from)!, kinds.get(r.to)!];
  if (!spec.from.includes(fromKind) || !spec.to.includes(toKind)) {
    throw new CurationError("INVALID", `${r.type} cannot go from ${fromKind} ${r.from} to ${toKind} ${r.to}`);
  }
}

async function retractRelationship(
  q: CurationQueries, { id, reason }: Operation<"retractRelationship">, change: CurationChange,
): Promise<Effect> {
  const relationship = await q.relationship(id);
  if (!relationship) {
    if (await q.isRetracted(id)) throw new CurationError("CONFLICT", `relationship ${id} was retracted already`);
    throw new CurationError("NOT_FOUND", `no relationship ${id}`);
  }
  await q.retract(relationship, reason, change);
  return { summary: { reason, type: relationship.type, from: relationship.from, to: relationship.to } };
}
