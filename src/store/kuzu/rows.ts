/** Between Kùzu and the port's records: results to rows and rows to records, records to rows. */
import type { Connection, QueryResult } from "./engine.js";
import type { NodeKind, RelationshipType } from "../../domain/ontology.js";
import type { DateQuality } from "../../domain/dates.js";
import type { Evidence, ExtractionMethod, IndexedEntity, Relationship, ReviewState } from "../../domain/records.js";
import type { RowEncoding } from "../writePlan.js";

type Row = Record<string, unknown>;

/**
 * The rows of the last statement's result. Every result is closed here: one
 * left open crashes the process when it is collected after its database closed.
 */
export async function kuzuRows(result: QueryResult | QueryResult[]): Promise<Row[]> {
  const results = Array.isArray(result) ? result : [result];
  try {
    return (await results[results.length - 1].getAll()) as Row[];
  } finally {
    for (const r of results) r.close();
  }
}

/** The rows of a result read synchronously; closed here as kuzuRows closes it. */
export function kuzuRowsSync(result: QueryResult | QueryResult[]): Row[] {
  const results = Array.isArray(result) ? result : [result];
  try {
    return results[results.length - 1].getAllSync() as Row[];
  } finally {
    for (const r of results) r.close();
  }
}

/** Runs a statement that answers nothing worth reading (schema, transaction control). */
export async function command(connection: Connection, statement: string): Promise<void> {
  await kuzuRows(await connection.query(statement));
}

/** Kùzu columns hold "" where the record holds null: its parameter typing cannot take an all-null column. */
const orNull = (value: unknown) => (value === "" || value === null || value === undefined ? null : String(value));

export function decodeEntity(row: Row): IndexedEntity {
  return {
    id: String(row.id),
    kind: row.kind as NodeKind,
    name: String(row.name),
    names: JSON.parse(String(row.names)),
    aliases: JSON.parse(String(row.aliases)),
    labels: JSON.parse(String(row.labels ?? "[]")),
    attributes: JSON.parse(String(row.attributes)),
    searchText: String(row.searchText),
    dateStart: orNull(row.dateStart),
    dateEnd: orNull(row.dateEnd),
    dateQuality: orNull(row.dateQuality) as DateQuality | null,
  };
}

export function decodeEvidence(row: Row): Evidence {
  return {
    id: String(row.id),
    subject: String(row.subject),
    article: String(row.article),
    quote: String(row.quote),
    gloss: orNull(row.gloss),
    method: row.method as ExtractionMethod,
    confidence: Number(row.confidence),
    reviewState: row.reviewState as ReviewState,
  };
}

const json = (value: unknown) => JSON.stringify(value);

/** Lists and maps go as JSON text: Kùzu cannot type an empty list, even nested in a row. */
export const ENCODING: RowEncoding = {
  entity: (e: IndexedEntity) => ({
    id: e.id, kind: e.kind, name: e.name, names: json(e.names), aliases: json(e.aliases), labels: json(e.labels),
    attributes: json(e.attributes), searchText: e.searchText, dateStart: e.dateStart ?? "",
    dateEnd: e.dateEnd ?? "", dateQuality: e.dateQuality ?? "",
  }),
  relationship: (r: Relationship) => ({ id: r.id, from: r.from, to: r.to, properties: json(r.properties) }),
  evidence: (e: Evidence) => ({
    id: e.id, subject: e.subject, article: e.article, quote: e.quote, gloss: e.gloss ?? "",
    method: e.method, confidence: e.confidence, reviewState: e.reviewState,
  }),
};

/** A relationship row (its properties as JSON text) as the port's record. */
export function relationshipFromRow(row: Row): Relationship {
  return {
    id: String(row.id), type: row.type as RelationshipType,
    from: String(row.from), to: String(row.to),
    properties: JSON.parse(String(row.properties)),
  };
}
