/**
 * Write steps the embedded store carries out in code rather than in one query.
 * The write plan and curation name the same steps on every store; here, inside
 * the caller's transaction:
 * - evidence lives in one SubjectEvidence row per subject (cypher/kuzu/schema.cypher
 *   says why), so upsert_evidence, prune_evidence and move_evidence read and
 *   rewrite whole subjects;
 * - upsert_relationships writes one relationship per query (see below);
 * - delete_entity and prune_entities delete an entity's relationships before
 *   the entity (see below);
 * - prune_relationships reads the origin's relationships once (see below).
 */
import type { Evidence } from "../../domain/records.js";
import { chunks } from "../results.js";
import { WRITE_BATCH_SIZE } from "../writePlan.js";
import type { Slots } from "../cypher.js";
import { decodeEvidence } from "./rows.js";

type Row = Record<string, unknown>;
/** Runs a named query on the connection of the step being carried out. */
export type RunQuery = (name: string, params: Row, slots?: Slots) => Promise<Row[]>;

/** One piece of evidence as a SubjectEvidence item: the row encoding without its subject, with its origin. */
interface Item extends Row {
  readonly id: string;
  readonly origin: string;
}

async function itemsOf(run: RunQuery, subject: string): Promise<Item[]> {
  const [row] = await run("subject_evidence", { id: subject });
  return row ? (row.items as Item[]) : [];
}

/** Items by id, later ones replacing earlier ones with the same id. */
function mergeItems(...lists: readonly Item[][]): Item[] {
  return [...new Map(lists.flat().map((item) => [item.id, item])).values()];
}

/** An item with its fields in the column's order: Kùzu casts a struct to the column's type only field by field in order. */
function inColumnOrder({ id, article, quote, gloss, method, confidence, reviewState, origin }: Item): Item {
  return { id, article, quote, gloss, method, confidence, reviewState, origin };
}

async function writeSubjects(run: RunQuery, subjects: ReadonlyMap<string, Item[]>): Promise<void> {
  const rows = [...subjects].filter(([, items]) => items.length > 0).map(([subject, items]) => ({ subject, items: items.map(inColumnOrder) }));
  for (const chunk of chunks(rows, WRITE_BATCH_SIZE)) await run("write_subject_evidence", { rows: chunk });
  for (const [subject, items] of subjects) if (items.length === 0) await run("delete_subject_evidence", { id: subject });
}

async function upsertEvidence(run: RunQuery, params: Row): Promise<Row[]> {
  const origin = String(params.origin);
  const bySubject = new Map<string, Item[]>();
  for (const { subject, ...item } of params.rows as Row[]) {
    const key = String(subject);
    const items = bySubject.get(key) ?? [];
    items.push({ ...item, id: String(item.id), origin });
    bySubject.set(key, items);
  }
  const merged = new Map<string, Item[]>();
  for (const [subject, items] of bySubject) merged.set(subject, mergeItems(await itemsOf(run, subject), items));
  await writeSubjects(run, merged);
  return [];
}

/** Removes the origin's evidence that `keep` does not name. */
async function pruneEvidence(run: RunQuery, params: Row): Promise<Row[]> {
  const origin = String(params.origin);
  const keep = new Set(params.keep as string[]);
  const changed = new Map<string, Item[]>();
  for (const row of await run("subjects_with_origin", { origin })) {
    const items = row.items as Item[];
    const kept = items.filter((item) => item.origin !== origin || keep.has(item.id));
    if (kept.length < items.length) changed.set(String(row.subject), kept);
  }
  await writeSubjects(run, changed);
  return [];
}

/** Gives the evidence of a merged-away entity to its survivor. */
async function moveEvidence(run: RunQuery, params: Row): Promise<Row[]> {
  const from = String(params.from);
  const to = String(params.to);
  const moving = await itemsOf(run, from);
  if (moving.length === 0) return [];
  await writeSubjects(run, new Map([[to, mergeItems(await itemsOf(run, to), moving)], [from, []]]));
  return [];
}

/**
 * One query per relationship, its ends found by primary key: Kùzu plans the
 * ends of `UNWIND $rows … MATCH (a {id: row.from}), (b {id: row.to})` as a
 * join of two whole-table scans, which filled the buffer pool when the seed
 * was merged into a graph of 10^6 entities.
 */
async function upsertRelationships(run: RunQuery, params: Row, slots: Slots = {}): Promise<Row[]> {
  for (const row of params.rows as Row[]) await run("upsert_relationship", { ...row, origin: params.origin }, slots);
  return [];
}

/**
 * Kùzu 0.11.3's DETACH DELETE can leave a relationship behind: after other
 * relationships of the entity were deleted in the same transaction, one made
 * in an earlier transaction stayed in the other end's adjacency, still read
 * by scans and by id, from an entity that no longer exists
 * (test/store/kuzuIndexes.test.ts found it). Deleting the relationships in
 * each direction first, then the entity, leaves none.
 */
async function deleteEntities(run: RunQuery, ids: Iterable<string>): Promise<void> {
  for (const id of ids) {
    await run("detach_entity_out", { id });
    await run("detach_entity_in", { id });
    await run("delete_entity_row", { id });
  }
}

async function deleteEntity(run: RunQuery, params: Row): Promise<Row[]> {
  await deleteEntities(run, [String(params.id)]);
  return [];
}

/** Deletes the origin's entities that `keep` does not name. */
async function pruneEntities(run: RunQuery, params: Row): Promise<Row[]> {
  const keep = new Set(params.keep as string[]);
  const held = await run("origin_entities", { origin: params.origin });
  await deleteEntities(run, held.map((row) => String(row.id)).filter((id) => !keep.has(id)));
  return [];
}

/** Steps of the write plan and of curation that the embedded store carries out in code rather than one query. */
/**
 * The most relationships a prune deletes one by one, each found from its start
 * by primary key; past it one scan of the table deletes them all. A scan
 * costs about as much as 10,000 such deletes at 10^6 entities, and past
 * 10,000 changes the in-memory indexes are rebuilt anyway (kuzuStore.ts
 * PATCH_LIMIT), so they need not be told which went.
 */
const DELETES_ONE_BY_ONE = 10_000;

/**
 * Deletes the relationships of an origin that a reload does not keep, after
 * one read of the origin's relationships: the deletes are then ones the
 * in-memory indexes follow, where a scan that deletes would have needed a
 * second scan to tell them which.
 */
async function pruneRelationships(run: RunQuery, params: Row): Promise<Row[]> {
  const keep = new Set(params.keep as string[]);
  const gone = (await run("origin_relationships", { origin: params.origin })).filter((r) => !keep.has(String(r.id)));
  if (gone.length > DELETES_ONE_BY_ONE) return run("prune_relationships_by_scan", params);
  for (const r of gone) await run("delete_relationship", { id: r.id, from: r.from });
  return [];
}

export const KUZU_STEPS: Readonly<Record<string, (run: RunQuery, params: Row, slots?: Slots) => Promise<Row[]>>> = {
  upsert_evidence: upsertEvidence,
  prune_evidence: pruneEvidence,
  move_evidence: moveEvidence,
  upsert_relationships: upsertRelationships,
  delete_entity: deleteEntity,
  prune_entities: pruneEntities,
  prune_relationships: pruneRelationships,
};

/** A SubjectEvidence row as the port's records. */
export function evidenceOfRow(row: Row): Evidence[] {
  return (row.items as Item[]).map((item) => decodeEvidence({ ...item, subject: row.subject }));
}
