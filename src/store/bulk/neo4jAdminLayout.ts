/**
 * The same graph as `neo4j-admin database import full` reads it: a header
 * file and part files per label and per relationship type, property columns
 * typed in the header. Values are the Neo4j adapter's own encoding
 * (neo4j/values.ts), so an imported store holds what `replaceOrigin` would
 * write: attributes as properties, `names` and `labels` as JSON, aliases as a string array.
 * An empty unquoted field is no property at all, as a null is on the driver.
 */
import { NODE_ATTRIBUTES, NodeKind, RELATIONSHIPS, type AttributeType, type RelationshipType } from "../../domain/ontology.js";
import type { Evidence, IndexedEntity, Relationship } from "../../domain/records.js";
import { encodeEntity } from "../neo4j/values.js";
import type { CsvValue } from "./csv.js";
import { NEO4J_ADMIN_DIR, type BulkFile, type BulkManifest } from "./folder.js";

/** neo4j-admin's default array delimiter, declared again in the command for clarity. */
const ARRAY_DELIMITER = ";";

interface Column {
  /** The property (or record field) the column holds; null for :LABEL and :TYPE, filled separately. */
  readonly field: string | null;
  readonly header: string;
}

const typed = (field: string, type: AttributeType): Column => ({ field, header: type.type === "boolean" ? `${field}:boolean` : field });
const plain = (field: string): Column => ({ field, header: field });

function nodeColumns(kind: NodeKind): Column[] {
  return [
    { field: "id", header: "id:ID(Entity)" }, { field: null, header: ":LABEL" },
    ...["kind", "name", "names", "labels"].map(plain), { field: "aliases", header: "aliases:string[]" },
    ...["searchText", "dateStart", "dateEnd", "dateQuality", "origin"].map(plain),
    ...Object.entries(NODE_ATTRIBUTES[kind]).map(([name, type]) => typed(name, type)),
  ];
}

function relationshipColumns(type: RelationshipType): Column[] {
  return [
    // Not "from" and "to": HOLDS_POSITION has properties of those names.
    { field: ":start", header: ":START_ID(Entity)" }, { field: ":end", header: ":END_ID(Entity)" }, { field: null, header: ":TYPE" },
    plain("id"), plain("origin"),
    ...Object.entries(RELATIONSHIPS[type].properties).map(([name, t]) => typed(name, t)),
  ];
}

const EVIDENCE_COLUMNS: Column[] = [
  { field: "id", header: "id:ID(Evidence)" }, { field: null, header: ":LABEL" },
  ...["subject", "article", "quote", "gloss", "method"].map(plain), { field: "confidence", header: "confidence:double" },
  plain("reviewState"), plain("origin"),
];

function value(v: unknown): CsvValue {
  if (!Array.isArray(v)) return v as CsvValue;
  if (v.some((item) => String(item).includes(ARRAY_DELIMITER))) throw new Error(`an array value holds the array delimiter "${ARRAY_DELIMITER}": ${JSON.stringify(v)}`);
  return v.length ? v.join(ARRAY_DELIMITER) : null;
}

function fields(columns: readonly Column[], row: Record<string, unknown>, filler: string): CsvValue[] {
  return columns.map((c) => (c.field === null ? filler : value(row[c.field])));
}

const NODE_COLUMNS = new Map(Object.values(NodeKind).map((k) => [k, nodeColumns(k)]));
const REL_COLUMNS = new Map(Object.keys(RELATIONSHIPS).map((t) => [t as RelationshipType, relationshipColumns(t as RelationshipType)]));

export const nodeHeader = (kind: NodeKind) => NODE_COLUMNS.get(kind)!.map((c) => c.header);
export const relationshipHeader = (type: RelationshipType) => REL_COLUMNS.get(type)!.map((c) => c.header);
export const evidenceHeader = () => EVIDENCE_COLUMNS.map((c) => c.header);

export const nodeRow = (e: IndexedEntity, origin: string) => fields(NODE_COLUMNS.get(e.kind)!, { ...encodeEntity(e), origin }, `Entity${ARRAY_DELIMITER}${e.kind}`);
const PROPERTY_NAMES = new Map(Object.entries(RELATIONSHIPS).map(([t, spec]) => [t as RelationshipType, Object.keys(spec.properties)]));

// Relationships and evidence are most of the rows, so their rows are built directly, in the columns' order above.
export const relationshipRow = (r: Relationship, origin: string): CsvValue[] =>
  [r.from, r.to, r.type, r.id, origin, ...PROPERTY_NAMES.get(r.type)!.map((p) => r.properties[p])];
export const evidenceRow = (e: Evidence, origin: string): CsvValue[] =>
  [e.id, "Evidence", e.subject, e.article, e.quote, e.gloss, e.method, e.confidence, e.reviewState, origin];

export const adminNodeFile = (kind: NodeKind, part: number | "header") => `${NEO4J_ADMIN_DIR}/nodes-${kind}.${part}.csv`;
export const adminRelationshipFile = (type: RelationshipType, part: number | "header") => `${NEO4J_ADMIN_DIR}/rels-${type}.${part}.csv`;
export const adminEvidenceFile = (part: number | "header") => `${NEO4J_ADMIN_DIR}/evidence.${part}.csv`;

const base = (path: string) => path.slice(NEO4J_ADMIN_DIR.length + 1);

/** One `--nodes=` or `--relationships=` argument: the header file, then the parts that hold rows. */
function group(option: string, file: (part: number | "header") => string, parts: readonly BulkFile[] = []): string {
  return `--${option}=${[file("header"), ...parts.map((p) => file(p.part))].map(base).join(",")}`;
}

/** The database a full import replaces: the one the local Neo4j and NEO4J_DATABASE's default name. */
const DATABASE = "neo4j";

/**
 * What follows `neo4j-admin database import full` for the folder, run from its neo4j-admin
 * directory. The database comes first: after a `--relationships=` list picocli takes one more
 * word for a file.
 */
export function adminImportArgs(manifest: BulkManifest): string[] {
  const { files } = manifest;
  return [
    DATABASE, "--overwrite-destination", `--array-delimiter=${ARRAY_DELIMITER}`, "--id-type=string",
    ...Object.entries(files.entities).map(([k, parts]) => group("nodes", (p) => adminNodeFile(k as NodeKind, p), parts)),
    group("nodes", adminEvidenceFile, files.evidence),
    ...Object.entries(files.relationships).map(([t, parts]) => group("relationships", (p) => adminRelationshipFile(t as RelationshipType, p), parts)),
  ];
}

/** The README beside the files: the exact command, run from this folder, and the one that runs it for the local Neo4j. */
export function adminReadme(manifest: BulkManifest): string {
  const [database, ...options] = adminImportArgs(manifest).map((a) => a.replace(`=${ARRAY_DELIMITER}`, `="${ARRAY_DELIMITER}"`));
  const groups = options.filter((o) => o.startsWith("--nodes=") || o.startsWith("--relationships="));
  const flags = options.filter((o) => !groups.includes(o));
  return `A synthetic graph of ${manifest.options.entities} entities (seed ${manifest.options.seed}) for neo4j-admin.
Import it into a stopped Neo4j 5.26 (this replaces the database "${database}"), from this folder:

neo4j-admin database import full ${database} ${flags.join(" ")} \\
${groups.map((g) => `  ${g}`).join(" \\\n")}

Then start Neo4j and run any kg command against it (e.g. \`kg stats\`): opening the store creates the
constraints and indexes, the full-text search index among them, which neo4j-admin does not.
For the project's own local Neo4j, \`kg neo4j import DIR\` does all of this in one step.
`;
}
