/** Curation changes on the fixture graph, built as the API would build them, and what the curation rows share. */
import assert from "node:assert/strict";
import { NodeKind, RelationshipType } from "../../src/domain/ontology.js";
import { evidenceId, statementId } from "../../src/domain/ids.js";
import { indexEntity } from "../../src/domain/indexing.js";
import {
  ExtractionMethod, ReviewState, type Evidence, type GraphBatch, type IndexedEntity, type Relationship,
} from "../../src/domain/records.js";
import type { CurationChange, CurationOperation, EntityPatch } from "../../src/store/curation.js";
import { mergedRecord } from "../../src/store/merge.js";
import type { GraphStore } from "../../src/store/port.js";
import { fixtureBatch, relationshipId } from "../support/fixture.js";

const ARTICLE = "article:test";

/** The fixture plus one piece of evidence about an entity itself, so a merge has some to move. */
export const ENTITY_EVIDENCE: Evidence = {
  id: evidenceId("person:nguyen-ngo-quang", ARTICLE, "TS Quang"), subject: "person:nguyen-ngo-quang", article: ARTICLE,
  quote: "TS Quang", gloss: null, method: ExtractionMethod.curated, confidence: 1, reviewState: ReviewState.accepted,
};

export function seedBatch(): GraphBatch {
  const batch = fixtureBatch();
  return { ...batch, evidence: [...batch.evidence, ENTITY_EVIDENCE] };
}

export function fixtureEntity(id: string): IndexedEntity {
  const found = fixtureBatch().entities.find((e) => e.id === id);
  if (!found) throw new Error(`no fixture entity ${id}`);
  return found;
}

/** A record with derived fields recomputed, as a caller writing a whole entity makes it. */
export function indexed(entity: Omit<IndexedEntity, "searchText" | "dateStart" | "dateEnd" | "dateQuality">): IndexedEntity {
  return indexEntity(entity, []);
}

export const russia = indexed({ id: "country:ru", kind: NodeKind.Country, name: "Russia", names: { ru: "Россия" }, aliases: [], labels: [], attributes: { iso: "RU" } });

/** The survivor as a merge leaves it: the merged entity's names become aliases. */
export function survivorOf(survivor: string, merged: string): IndexedEntity {
  return mergedRecord(fixtureEntity(survivor), fixtureEntity(merged));
}

export function relationship(type: RelationshipType, from: string, to: string): Relationship {
  return { id: statementId(type, from, to), type, from, to, properties: {} };
}

export function evidenceOf(r: Relationship, quote: string): Evidence {
  return {
    id: evidenceId(r.id, ARTICLE, quote), subject: r.id, article: ARTICLE, quote, gloss: null,
    method: ExtractionMethod.curated, confidence: 1, reviewState: ReviewState.accepted,
  };
}

/** vnvc PART_OF the ministry: a curated relationship that a merge of the two turns into a self-loop. */
export const vnvcPartOfMinistry = relationship(RelationshipType.PART_OF, "organization:vnvc", "organization:ministry-of-health");

/** A change at a time after every earlier one built here, so their order is their order of building. */
let clock = 0;
export function change(id: string, operation: CurationOperation, at?: string): CurationChange {
  clock += 1;
  return { id, actor: "curator:test", at: at ?? new Date(Date.UTC(2025, 0, 1, 0, 0, clock)).toISOString(), operation };
}

export const create = (id: string, entity: IndexedEntity) => change(id, { kind: "createEntity", entity });
export const update = (id: string, entity: string, patch: EntityPatch) => change(id, { kind: "updateEntity", id: entity, patch });
export const add = (id: string, r: Relationship, evidence: Evidence[] = [evidenceOf(r, `quote for ${r.id}`)]) =>
  change(id, { kind: "addRelationship", relationship: r, evidence });
export const retract = (id: string, statement: string, reason = "misread the article") =>
  change(id, { kind: "retractRelationship", id: statement, reason });
export const merge = (id: string, survivor: string, merged: string) =>
  change(id, { kind: "mergeEntities", survivor, merged });

export interface CurationRow {
  readonly name: string;
  readonly given?: readonly CurationChange[];
  /** Runs the row's questions, asserting as it goes when `expect` is absent. */
  readonly call: (store: GraphStore) => Promise<unknown>;
  readonly expect?: unknown;
}

export const T = RelationshipType;
export const AGREEMENT = "agreement:vnvc-medsintez";
export const WITNESSED = relationshipId(T.WITNESSED, "person:dao-hong-lan", AGREEMENT);
export const NGUYEN = "person:nguyen-ngo-quang";
export const DAO = "person:dao-hong-lan";

/** What a store answers about an entity's relationships, as ids, both directions, every type. */
export async function relationshipIds(store: GraphStore, id: string): Promise<string[]> {
  const [list] = await store.relationshipsOf([{ entityId: id, types: [], direction: "BOTH" }]);
  return list.map((r) => r.id).sort();
}

export async function rejectsWith(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: any) => {
    assert.equal(error.name, "CurationError");
    assert.equal(error.code, code);
    assert.match(error.message, message);
    return true;
  });
}

export const people = (store: GraphStore) => store.listEntities({ kinds: [NodeKind.Person], limit: 50, offset: 0 });
