/** A small graph with every feature the conformance suite looks at, built as the seed builds its own. */
import { NodeKind, RelationshipType } from "../../src/domain/ontology.js";
import { evidenceId, statementId } from "../../src/domain/ids.js";
import { indexEntity } from "../../src/domain/indexing.js";
import { parsePartialDate } from "../../src/domain/dates.js";
import {
  ExtractionMethod, ReviewState, type Entity, type Evidence, type GraphBatch, type Relationship,
} from "../../src/domain/records.js";

const entity = (id: string, kind: NodeKind, name: string, extra: Partial<Entity> = {}): Entity => ({
  id, kind, name, names: {}, aliases: [], labels: [], attributes: {}, ...extra,
});

export const ENTITIES: Entity[] = [
  entity("person:dao-hong-lan", NodeKind.Person, "Dao Hong Lan", { names: { id: "Dao Hong Lan" } }),
  entity("person:nguyen-ngo-quang", NodeKind.Person, "Nguyễn Ngô Quang", {
    names: { vi: "Nguyễn Ngô Quang", no: "Nguyen Ngo Quang" }, aliases: ["TS Quang"],
  }),
  entity("person:ngo-chi-dung", NodeKind.Person, "Ngo Chi Dung"),
  entity("person:bjorn-aeroe", NodeKind.Person, "Bjørn Ærøe"),
  entity("organization:ministry-of-health", NodeKind.Organization, "Bộ Y tế", {
    names: { vi: "Bộ Y tế", no: "Helsedepartementet" }, attributes: { category: "MINISTRY" },
  }),
  entity("organization:vnvc", NodeKind.Organization, "VNVC", { attributes: { category: "COMPANY" } }),
  entity("country:vn", NodeKind.Country, "Vietnam", { attributes: { iso: "VN" } }),
  entity("agreement:vnvc-medsintez", NodeKind.Agreement, "VNVC–Medsintez technology transfer", {
    attributes: { category: "TECH_TRANSFER", date: "--09-12" },
  }),
  entity("drug:triazavirin", NodeKind.Drug, "Triazavirin", { attributes: { category: "DRUG" } }),
  entity("resolution:57-nq-tw", NodeKind.Resolution, "Nghị quyết số 57-NQ/TW", {
    aliases: ["57-NQ/TW"], attributes: { number: "57-NQ/TW", date: "2024-12-22", category: "RESOLUTION" },
  }),
  entity("resolution:2121-kh-byt", NodeKind.Resolution, "Plan 2121/KH-BYT", {
    attributes: { number: "2121/KH-BYT", date: "2026-06-26", category: "PLAN" },
  }),
  entity("event:workshop", NodeKind.Event, "Workshop", { attributes: { category: "WORKSHOP", date: "2025-05" } }),
  entity("article:test", NodeKind.Article, "A test article", { attributes: { language: "en", published: "2025-11-17" } }),
];

const ARTICLE = "article:test";

function rel(type: RelationshipType, from: string, to: string, properties: Relationship["properties"] = {}): Relationship {
  return { id: statementId(type, from, to, Object.values(properties).map(String)), type, from, to, properties };
}

export const RELATIONSHIPS: Relationship[] = [
  rel(RelationshipType.SIGNED, "person:ngo-chi-dung", "agreement:vnvc-medsintez", { onBehalfOf: "organization:vnvc" }),
  rel(RelationshipType.WITNESSED, "person:dao-hong-lan", "agreement:vnvc-medsintez"),
  rel(RelationshipType.TRANSFERS, "agreement:vnvc-medsintez", "drug:triazavirin"),
  rel(RelationshipType.PARTY_TO, "organization:vnvc", "agreement:vnvc-medsintez", { role: "RECIPIENT" }),
  rel(RelationshipType.HOLDS_POSITION, "person:dao-hong-lan", "organization:ministry-of-health", { title: "Minister of Health", current: true }),
  rel(RelationshipType.HOLDS_POSITION, "person:nguyen-ngo-quang", "organization:ministry-of-health", { title: "Director" }),
  rel(RelationshipType.BASED_IN, "organization:ministry-of-health", "country:vn"),
  rel(RelationshipType.CITES, "agreement:vnvc-medsintez", "resolution:57-nq-tw"),
  rel(RelationshipType.ATTENDED, "person:nguyen-ngo-quang", "event:workshop"),
  rel(RelationshipType.MENTIONS, ARTICLE, "person:bjorn-aeroe"),
];

function evidence(subject: string, quote: string): Evidence {
  return {
    id: evidenceId(subject, ARTICLE, quote), subject, article: ARTICLE, quote, gloss: `gloss of ${quote}`,
    method: ExtractionMethod.curated, confidence: 1, reviewState: ReviewState.accepted,
  };
}

/** Every relationship but the last has evidence; the WITNESSED one has two pieces. */
export const EVIDENCE: Evidence[] = [
  ...RELATIONSHIPS.slice(0, -1).map((r) => evidence(r.id, `quote for ${r.type}`)),
  evidence(RELATIONSHIPS[1].id, "Đào Hồng Lan chứng kiến"),
];

export function fixtureBatch(): GraphBatch {
  const published = parsePartialDate("2025-11-17");
  return {
    entities: ENTITIES.map((e) => indexEntity(e, e.id === "resolution:2121-kh-byt" ? [published] : [])),
    relationships: RELATIONSHIPS,
    evidence: EVIDENCE,
  };
}

export const relationshipId = (type: RelationshipType, from: string, to: string) =>
  RELATIONSHIPS.find((r) => r.type === type && r.from === from && r.to === to)!.id;
