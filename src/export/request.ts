/**
 * An export request as the CLI and the HTTP route both take it: named
 * parameters as text, checked into a format and a scope with the same bounds
 * the GraphQL API puts on neighbourhoods and paths. `id` asks for a
 * neighbourhood, `from` and `to` for the shortest paths, neither for the whole
 * graph. Every refusal says which parameter and what it accepts.
 */
import { isRelationshipType, type RelationshipType } from "../domain/ontology.js";
import { MAX_PATH_LENGTH } from "../store/cypher.js";
import { CSV_FILES, type CsvFile } from "./neo4jCsv.js";
import { ExportScopeError, type ExportScope } from "./scope.js";

export const EXPORT_FORMATS = ["graphml", "gexf", "cytoscape", "csv", "ftm", "ftm-statements"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const MAX_NEIGHBOURHOOD_LIMIT = 1000;
export const MAX_PATHS = 50;

export interface ExportParameters {
  readonly format?: string;
  readonly id?: string;
  readonly depth?: string;
  readonly limit?: string;
  readonly from?: string;
  readonly to?: string;
  readonly maxLength?: string;
  readonly paths?: string;
  /** Comma-separated relationship types. */
  readonly types?: string;
  /** Which CSV file (over HTTP, where one answer is one file). */
  readonly file?: string;
}

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly scope: ExportScope;
  readonly file: CsvFile | null;
}

const ENTITY_ID = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;

function entityId(name: string, value: string): string {
  if (!ENTITY_ID.test(value)) throw new ExportScopeError(`${name} must be an entity id such as person:dao-hong-lan, got "${value}"`);
  return value;
}

function bounded(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new ExportScopeError(`${name} must be an integer from 1 to ${max}, got "${value}"`);
  return n;
}

/** How the caller spells a parameter in messages: `maxLength` over HTTP, `--max-length` on the command line. */
export type Spelling = (parameter: keyof ExportParameters) => string;

function relationshipTypes(value: string | undefined, spell: Spelling): RelationshipType[] {
  if (!value) return [];
  return value.split(",").map((t) => t.trim()).map((t) => {
    if (!isRelationshipType(t)) throw new ExportScopeError(`${spell("types")} must list relationship types such as SIGNED,WITNESSED; "${t}" is not one`);
    return t;
  });
}

function scopeOf(p: ExportParameters, spell: Spelling): ExportScope {
  const types = relationshipTypes(p.types, spell);
  const [id, from, to] = [spell("id"), spell("from"), spell("to")];
  if (p.id !== undefined) {
    if (p.from !== undefined || p.to !== undefined) throw new ExportScopeError(`give either ${id} (a neighbourhood) or ${from} and ${to} (a path), not both`);
    return {
      kind: "neighbourhood", id: entityId(id, p.id), types,
      depth: bounded(spell("depth"), p.depth, 1, MAX_NEIGHBOURHOOD_DEPTH), limit: bounded(spell("limit"), p.limit, 100, MAX_NEIGHBOURHOOD_LIMIT),
    };
  }
  if (p.from !== undefined || p.to !== undefined) {
    if (p.from === undefined || p.to === undefined) throw new ExportScopeError(`a path needs both ${from} and ${to}`);
    return {
      kind: "path", from: entityId(from, p.from), to: entityId(to, p.to), types,
      maxLength: bounded(spell("maxLength"), p.maxLength, 6, MAX_PATH_LENGTH), limit: bounded(spell("paths"), p.paths, 5, MAX_PATHS),
    };
  }
  if (types.length) throw new ExportScopeError(`${spell("types")} applies to a neighbourhood or a path; the whole graph holds every type`);
  return { kind: "graph" };
}

export interface ExportRequestOptions {
  /** Over HTTP one answer is one file, so CSV needs `file`; the CLI writes all three. */
  readonly needsFile: boolean;
  readonly spell?: Spelling;
}

export function exportRequest(p: ExportParameters, options: ExportRequestOptions): ExportRequest {
  const spell = options.spell ?? ((name) => name);
  if (!p.format || !(EXPORT_FORMATS as readonly string[]).includes(p.format)) {
    throw new ExportScopeError(`${spell("format")} must be one of ${EXPORT_FORMATS.join(", ")}, got "${p.format ?? ""}"`);
  }
  const format = p.format as ExportFormat;
  let file: CsvFile | null = null;
  if (format === "csv" && options.needsFile) {
    if (!p.file || !(CSV_FILES as readonly string[]).includes(p.file)) throw new ExportScopeError(`file must be one of ${CSV_FILES.join(", ")} for CSV, got "${p.file ?? ""}"`);
    file = p.file as CsvFile;
  } else if (p.file !== undefined) throw new ExportScopeError("file applies only to format=csv");
  return { format, scope: scopeOf(p, spell), file };
}

/** Words for the export's own description and file name. */
export function scopeTitle(scope: ExportScope): string {
  if (scope.kind === "neighbourhood") return `Neighbourhood of ${scope.id}, depth ${scope.depth}`;
  if (scope.kind === "path") return `Shortest paths from ${scope.from} to ${scope.to}`;
  return "The whole graph";
}
