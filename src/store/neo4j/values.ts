/**
 * Between records and Neo4j properties. Neo4j holds no maps, so an entity's
 * attributes become properties of their own beside a fixed set of bookkeeping
 * ones, and `names` is JSON text; driver Integers and temporals become plain
 * numbers and ISO strings before anything leaves the adapter.
 */
import neo4j from "neo4j-driver";
import type { NodeKind } from "../../domain/ontology.js";
import type { DateQuality } from "../../domain/dates.js";
import type { AttributeValue, Evidence, ExtractionMethod, IndexedEntity, Relationship, ReviewState } from "../../domain/records.js";
import type { RowEncoding } from "../writePlan.js";

type Row = Record<string, unknown>;

/** Node properties that are not attributes; no attribute may take one of these names. */
export const ENTITY_BOOKKEEPING = new Set([
  "id", "kind", "name", "names", "aliases", "labels", "searchText", "dateStart", "dateEnd", "dateQuality", "origin",
]);

export function plain(value: unknown): unknown {
  // Most values are strings and numbers, and most objects lists and maps the driver built as plain
  // JavaScript: answer them before the driver-type checks, which cost far more (six temporal tests per object).
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(plain);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map: Record<string, unknown> = {};
    for (const key in value) map[key] = plain((value as Record<string, unknown>)[key]);
    return map;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) return value.toString();
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

export function encodeEntity(e: IndexedEntity): Row {
  return {
    ...e.attributes,
    id: e.id, kind: e.kind, name: e.name, names: JSON.stringify(e.names), aliases: [...e.aliases], labels: JSON.stringify(e.labels),
    searchText: e.searchText, dateStart: e.dateStart, dateEnd: e.dateEnd, dateQuality: e.dateQuality,
  };
}

export const ENCODING: RowEncoding = {
  entity: encodeEntity,
  relationship: (r: Relationship) => ({ id: r.id, from: r.from, to: r.to, properties: r.properties }),
  evidence: (e: Evidence) => ({ ...e }),
};

/** Relationship properties beside the ones the ontology declares. */
const RELATIONSHIP_BOOKKEEPING = new Set(["id", "origin"]);

/** A relationship's stored properties without its bookkeeping ones. */
export function relationshipProperties(stored: Row): Relationship["properties"] {
  return Object.fromEntries(
    Object.entries(stored).filter(([k]) => !RELATIONSHIP_BOOKKEEPING.has(k)),
  ) as Relationship["properties"];
}

export function decodeEntity(node: Row): IndexedEntity {
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!ENTITY_BOOKKEEPING.has(key) && (typeof value === "string" || typeof value === "boolean")) attributes[key] = value;
  }
  return {
    id: String(node.id),
    kind: node.kind as NodeKind,
    name: String(node.name),
    names: JSON.parse(String(node.names ?? "{}")),
    aliases: (node.aliases as string[] | undefined) ?? [],
    labels: JSON.parse(String(node.labels ?? "[]")),
    attributes,
    searchText: String(node.searchText),
    dateStart: (node.dateStart as string | undefined) ?? null,
    dateEnd: (node.dateEnd as string | undefined) ?? null,
    dateQuality: (node.dateQuality as DateQuality | undefined) ?? null,
  };
}

export function decodeEvidence(row: Row): Evidence {
  return {
    id: String(row.id),
    subject: String(row.subject),
    article: String(row.article),
    quote: String(row.quote),
    gloss: (row.gloss as string | null) ?? null,
    method: row.method as ExtractionMethod,
    confidence: Number(row.confidence),
    reviewState: row.reviewState as ReviewState,
  };
}
