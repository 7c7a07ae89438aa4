/**
 * What each curation change does, written once for every store: the adapter
 * runs `applyChange` inside one transaction that no other change runs beside,
 * so a change reads what it builds on, writes, and records itself together or
 * not at all, and a throw leaves nothing behind.
 */
import { createHash } from "node:crypto";
import { indexEntity } from "../domain/indexing.js";
import { RELATIONSHIPS } from "../domain/ontology.js";
import type { IndexedEntity, Relationship } from "../domain/records.js";
import {
  ChangeIdReusedError, CURATION_ORIGIN, CurationError, subjectOf, type ChangeRecord, type CurationChange, type CurationOperation,
} from "./curation.js";
import type { CurationQueries } from "./curationQueries.js";
import { acceptCandidate, acceptProposal, ingestArticle, rejectCandidate, rejectProposal } from "./reviewFindings.js";
import { mergeEntities } from "./merge.js";

export type Operation<K extends CurationOperation["kind"]> = Extract<CurationOperation, { kind: K }>;

/** What a change did: the summary is stored as its record's JSON. */
export interface Effect {
  readonly summary: Record<string, unknown>;
  /** The subject the record names when it is not the one the operation named (an accepted finding names its fact). */
  readonly subject?: string;
  /** A second id whose history must find this change: the id a merge took away, the finding a fact came from. */
  readonly alsoAbout?: string;
}

/** Applies the change and records it; a change id seen before applies nothing and answers its record. */
export async function applyChange(q: CurationQueries, change: CurationChange): Promise<ChangeRecord> {
  const request = requestDigest(change.operation);
  const recorded = await q.change(change.id);
  if (recorded) return sameChange(recorded.record, recorded.request, change, request);
  const effect = await effectOf(q, change);
  const record: ChangeRecord = {
    id: change.id, actor: change.actor, at: change.at, action: change.operation.kind,
    subject: effect.subject ?? subjectOf(change.operation), summary: JSON.stringify(effect.summary),
  };
  await q.recordChange(record, effect.alsoAbout ?? "", request);
  return record;
}

/** JSON with keys in order, so one request always gives one text whatever order its fields were built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function requestDigest(operation: CurationOperation): string {
  return createHash("sha256").update(canonicalJson(operation)).digest("hex").slice(0, 32);
}

/**
 * A retry must be the same request; a change id (a clientMutationId) reused
 * for another one is the caller's mistake, refused rather than answered with
 * the first change's record. Records kept before requests were digested
 * ("" for `request`) are compared by what they did and to what.
 */
function sameChange(recorded: ChangeRecord, recordedRequest: string, change: CurationChange, request: string): ChangeRecord {
  const same = recordedRequest
    ? recordedRequest === request
    : recorded.action === change.operation.kind && recorded.subject === subjectOf(change.operation);
  if (!same) throw new ChangeIdReusedError(change.id, recorded);
  return recorded;
}

function effectOf(q: CurationQueries, change: CurationChange): Promise<Effect> {
  const operation = change.operation;
  switch (operation.kind) {
    case "createEntity": return createEntity(q, operation);
    case "updateEntity": return updateEntity(q, operation);
    case "addAlias": return addAlias(q, operation);
    case "addRelationship": return addRelationship(q, operation);
    case "retractRelationship": return retractRelationship(q, operation, change);
    case "mergeEntities": return mergeEntities(q, operation, change);
    case "acceptProposal": return acceptProposal(q, operation, change);
    case "rejectProposal": return rejectProposal(q, operation, change);
    case "acceptCandidate": return acceptCandidate(q, operation, change);
    case "rejectCandidate": return rejectCandidate(q, operation, change);
    case "ingestArticle": return ingestArticle(q, operation);
  }
}

async function refuseMerged(q: CurationQueries, id: string): Promise<void> {
  const survivor = (await q.redirects([id])).get(id);
  if (survivor) throw new CurationError("CONFLICT", `entity ${id} was merged into ${survivor}; change ${survivor} instead`);
}

/** The entity as it is now, inside the change's transaction. */
async function liveEntity(q: CurationQueries, id: string): Promise<IndexedEntity> {
  await refuseMerged(q, id);
  const entity = await q.entity(id);
  if (!entity) throw new CurationError("NOT_FOUND", `no entity ${id}`);
  return entity;
}

export async function createEntity(q: CurationQueries, { entity }: Operation<"createEntity">): Promise<Effect> {
  await refuseMerged(q, entity.id);
  const existing = await q.entity(entity.id);
  if (existing && existing.kind !== entity.kind) {
    throw new CurationError("CONFLICT", `entity ${entity.id} is of kind ${existing.kind} and cannot become ${entity.kind}`);
  }
  if (existing && canonicalJson(existing) !== canonicalJson(entity)) {
    throw new CurationError("CONFLICT", `${entity.id} exists already: use updateEntity to change it`);
  }
  if (!existing) await q.writeEntity(entity, CURATION_ORIGIN);
  return { summary: { kind: entity.kind, name: entity.name, created: !existing } };
}

async function rewrite(q: CurationQueries, current: IndexedEntity, fields: Partial<IndexedEntity>): Promise<IndexedEntity> {
  const { id, kind, name, names, aliases, labels, attributes } = { ...current, ...fields };
  const entity = indexEntity({ id, kind, name, names, aliases: [...new Set(aliases)].filter((a) => a !== name), labels, attributes }, []);
  await q.writeEntity(entity, CURATION_ORIGIN);
  return entity;
}

async function updateEntity(q: CurationQueries, { id, patch }: Operation<"updateEntity">): Promise<Effect> {
  const current = await liveEntity(q, id);
  await rewrite(q, current, {
    name: patch.name ?? current.name,
    names: { ...current.names, ...patch.names },
    aliases: patch.aliases ?? current.aliases,
    attributes: { ...current.attributes, ...patch.attributes },
  });
  return { summary: { kind: current.kind, changed: Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined).sort() } };
}

async function addAlias(q: CurationQueries, { id, alias }: Operation<"addAlias">): Promise<Effect> {
  const current = await liveEntity(q, id);
  const added = alias !== current.name && !current.aliases.includes(alias);
  if (added) await rewrite(q, current, { aliases: [...current.aliases, alias] });
  return { summary: { alias, added } };
}

export async function addRelationship(q: CurationQueries, { relationship, evidence }: Operation<"addRelationship">): Promise<Effect> {
  if (evidence.length === 0) throw new CurationError("INVALID", `relationship ${relationship.id} needs at least one piece of evidence`);
  const stray = evidence.find((e) => e.subject !== relationship.id);
  if (stray) throw new CurationError("INVALID", `evidence ${stray.id} supports ${stray.subject}, not relationship ${relationship.id}`);
  // A merged id still names its survivor, as it does for every read.
  const [from, to] = await q.resolve([relationship.from, relationship.to]);
  const asked = { ...relationship, from, to };
  await checkEnds(q, asked);
  const existing = await q.relationship(asked.id);
  if (existing && (existing.type !== asked.type || existing.from !== from || existing.to !== to)) {
    throw new CurationError("CONFLICT", `relationship ${asked.id} exists as ${existing.from} ${existing.type} ${existing.to}`);
  }
  // A second source for a statement the graph holds adds what it states and
  // changes nothing already there (a signing's date, not its onBehalfOf).
  const placed = existing ? { ...asked, properties: { ...asked.properties, ...existing.properties } } : asked;
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
