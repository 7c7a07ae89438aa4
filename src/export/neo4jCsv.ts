/**
 * CSV in the layout `neo4j-admin database import` reads, one file each for
 * nodes, relationships and evidence. The columns and their encoding are the
 * bulk layout's (store/bulk/neo4jAdminLayout.ts), which has a file per label
 * or type; here each file takes the union of those headers, since neo4j-admin
 * reads the label or type of every row from its :LABEL or :TYPE column and an
 * empty field is no property. Rows carry the origin "export", so a store that
 * imports them can tell them from its seed.
 */
import { NODE_KINDS, RELATIONSHIP_TYPES } from "../domain/ontology.js";
import type { Evidence } from "../domain/records.js";
import { csvField, type CsvValue } from "../store/bulk/csv.js";
import {
  evidenceHeader, evidenceRow, nodeHeader, nodeRow, relationshipHeader, relationshipRow,
} from "../store/bulk/neo4jAdminLayout.js";
import type { TextOutput } from "./output.js";
import type { ExportSink } from "./scope.js";

export const CSV_FILES = ["nodes", "relationships", "evidence"] as const;
export type CsvFile = (typeof CSV_FILES)[number];

const ORIGIN = "export";

/** One header for rows of several layouts, and where each layout's columns go in it. */
class UnionHeader<K extends string> {
  readonly header: string[] = [];
  private readonly positions = new Map<K, number[]>();

  constructor(layouts: readonly K[], headerOf: (key: K) => readonly string[]) {
    for (const key of layouts) {
      this.positions.set(key, headerOf(key).map((column) => {
        const at = this.header.indexOf(column);
        return at >= 0 ? at : this.header.push(column) - 1;
      }));
    }
  }

  line(key: K, row: readonly CsvValue[]): string {
    const fields: CsvValue[] = new Array(this.header.length).fill(null);
    this.positions.get(key)!.forEach((at, i) => void (fields[at] = row[i]));
    return fields.map(csvField).join(",") + "\n";
  }
}

const NODES = new UnionHeader(NODE_KINDS, nodeHeader);
const RELATIONSHIPS = new UnionHeader(RELATIONSHIP_TYPES, relationshipHeader);
const headerLine = (header: readonly string[]) => header.map(csvField).join(",") + "\n";

export const CSV_HEADERS: Record<CsvFile, readonly string[]> = {
  nodes: NODES.header, relationships: RELATIONSHIPS.header, evidence: evidenceHeader(),
};

const evidenceLines = (evidence: readonly Evidence[]) => evidence.map((e) => evidenceRow(e, ORIGIN).map(csvField).join(",") + "\n").join("");

/** Writes the files given outputs for; the others are not read for. */
export function neo4jCsvSink(outputs: Partial<Record<CsvFile, TextOutput>>): ExportSink {
  let headersWritten = false;
  const writeHeaders = async () => {
    if (headersWritten) return;
    headersWritten = true;
    for (const file of CSV_FILES) await outputs[file]?.write(headerLine(CSV_HEADERS[file]));
  };
  return {
    async nodes(page, sources) {
      await writeHeaders();
      if (page.length) await outputs.nodes?.write(page.map((e) => NODES.line(e.kind, nodeRow(e, ORIGIN))).join(""));
      if (sources.length) await outputs.evidence?.write(evidenceLines(sources.map((s) => s.evidence)));
    },
    async edges(page) {
      await writeHeaders();
      if (page.length) await outputs.relationships?.write(page.map((e) => RELATIONSHIPS.line(e.relationship.type, relationshipRow(e.relationship, ORIGIN))).join(""));
      const evidence = page.flatMap((e) => e.sources.map((s) => s.evidence));
      if (evidence.length) await outputs.evidence?.write(evidenceLines(evidence));
    },
    async end() {
      await writeHeaders();
    },
  };
}

/** The README beside the CLI's CSV files: the import command, run from their folder. */
export const NEO4J_CSV_README = `A graph exported by \`kg export --format csv\` in the layout neo4j-admin reads.
Import it into a stopped Neo4j 5.26 (this replaces the database "neo4j"), from this folder:

neo4j-admin database import full neo4j --overwrite-destination --array-delimiter=";" --id-type=string \\
  --nodes=nodes.csv --nodes=evidence.csv --relationships=relationships.csv

An export of part of the graph (a neighbourhood or a path) holds relationships whose
ends are all in nodes.csv, so it imports as it is. Opening the store with any kg command
afterwards creates the constraints and indexes, which neo4j-admin does not.
`;
