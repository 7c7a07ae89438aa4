/**
 * The columns every drawing format (GraphML, GEXF, Cytoscape.js) gives nodes
 * and edges, declared once from the ontology so a format can announce them
 * before the first node is written. An edge carries its sources twice over:
 * the first source's article, link, quote and gloss as plain columns a
 * spreadsheet or Gephi's data table shows, and every source as JSON.
 */
import { NODE_ATTRIBUTES, RELATIONSHIPS } from "../domain/ontology.js";
import type { IndexedEntity } from "../domain/records.js";
import type { ExportEdge } from "./scope.js";

export type ColumnType = "string" | "boolean" | "int";

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
}

export type Row = Record<string, string | number | boolean>;

function union(specs: readonly Readonly<Record<string, { type: string }>>[]): ColumnSpec[] {
  const columns = new Map<string, ColumnType>();
  for (const spec of specs) {
    for (const [name, t] of Object.entries(spec)) columns.set(name, t.type === "boolean" ? "boolean" : "string");
  }
  return [...columns].map(([name, type]) => ({ name, type }));
}

export const NODE_COLUMNS: readonly ColumnSpec[] = [
  { name: "kind", type: "string" }, { name: "name", type: "string" }, { name: "names", type: "string" },
  { name: "aliases", type: "string" }, { name: "dateStart", type: "string" }, { name: "dateEnd", type: "string" },
  ...union(Object.values(NODE_ATTRIBUTES)),
];

export const SOURCE_COLUMNS: readonly ColumnSpec[] = [
  { name: "sourceCount", type: "int" }, { name: "article", type: "string" }, { name: "articleUrl", type: "string" },
  { name: "publisher", type: "string" }, { name: "published", type: "string" }, { name: "quote", type: "string" },
  { name: "gloss", type: "string" }, { name: "sources", type: "string" },
];

export const EDGE_COLUMNS: readonly ColumnSpec[] = [
  { name: "type", type: "string" },
  ...union(Object.values(RELATIONSHIPS).map((r) => r.properties)),
  ...SOURCE_COLUMNS,
];

const present = (row: Record<string, string | number | boolean | null | undefined>): Row =>
  Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined && v !== "")) as Row;

/** A node's columns; absent ones are left out. Aliases are joined with "; ", names kept as JSON. */
export function nodeRow(e: IndexedEntity): Row {
  return present({
    ...e.attributes,
    kind: e.kind, name: e.name, names: JSON.stringify(e.names), aliases: e.aliases.join("; "),
    dateStart: e.dateStart, dateEnd: e.dateEnd,
  });
}

export function edgeRow(edge: ExportEdge): Row {
  const [first] = edge.sources;
  const sources = edge.sources.map((s) => ({
    article: s.evidence.article, url: s.url, publisher: s.publisher, published: s.published, title: s.title,
    quote: s.evidence.quote, gloss: s.evidence.gloss, method: s.evidence.method, confidence: s.evidence.confidence,
    reviewState: s.evidence.reviewState,
  }));
  return present({
    ...edge.relationship.properties,
    type: edge.relationship.type,
    sourceCount: edge.sources.length,
    article: first?.evidence.article, articleUrl: first?.url, publisher: first?.publisher, published: first?.published,
    quote: first?.evidence.quote, gloss: first?.evidence.gloss,
    sources: sources.length ? JSON.stringify(sources) : null,
  });
}
