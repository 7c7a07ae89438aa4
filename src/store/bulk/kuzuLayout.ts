/**
 * The Kùzu layout's columns, in the order of the tables in
 * cypher/kuzu/schema.cypher (relationship files start with FROM and TO, as
 * COPY wants). Values are the adapter's own row encoding (kuzu/rows.ts), so a
 * COPY stores exactly what `replaceOrigin` would; reading a file back goes
 * through the adapter's decoders too.
 */
import type { RelationshipType } from "../../domain/ontology.js";
import type { Evidence, IndexedEntity, Relationship } from "../../domain/records.js";
import { decodeEntity, decodeEvidence, ENCODING } from "../kuzu/rows.js";
import type { CsvValue } from "./csv.js";

export const ENTITY_COLUMNS = ["id", "kind", "name", "names", "aliases", "attributes", "searchText", "dateStart", "dateEnd", "dateQuality", "origin", "labels"] as const;
export const RELATIONSHIP_COLUMNS = ["from", "to", "id", "properties", "origin"] as const;
export const EVIDENCE_COLUMNS = ["id", "subject", "article", "quote", "gloss", "method", "confidence", "reviewState", "origin"] as const;

type Row = Record<string, unknown>;

function fields(row: Row, columns: readonly string[], origin: string): CsvValue[] {
  return columns.map((c) => (c === "origin" ? origin : (row[c] as CsvValue)));
}

export const kuzuEntityRow = (e: IndexedEntity, origin: string) => fields(ENCODING.entity(e), ENTITY_COLUMNS, origin);
export const kuzuRelationshipRow = (r: Relationship, origin: string) => fields(ENCODING.relationship(r), RELATIONSHIP_COLUMNS, origin);
export const kuzuEvidenceRow = (e: Evidence, origin: string) => fields(ENCODING.evidence(e), EVIDENCE_COLUMNS, origin);

function keyed(header: readonly string[], values: readonly string[]): Row {
  const row: Row = {};
  header.forEach((column, i) => (row[column] = values[i]));
  return row;
}

export const entityFromCsv = (header: readonly string[], values: readonly string[]): IndexedEntity => decodeEntity(keyed(header, values));
export const evidenceFromCsv = (header: readonly string[], values: readonly string[]): Evidence => decodeEvidence(keyed(header, values));

export function relationshipFromCsv(type: RelationshipType, header: readonly string[], values: readonly string[]): Relationship {
  const row = keyed(header, values);
  return { id: String(row.id), type, from: String(row.from), to: String(row.to), properties: JSON.parse(String(row.properties)) };
}
