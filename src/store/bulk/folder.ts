/**
 * The folder `kg generate` writes and `kg import` reads:
 *
 *   manifest.json               what the folder holds: options, counts, files, landmarks
 *   kuzu/entities-<Kind>.<part>.csv, kuzu/rel-<TYPE>.<part>.csv, kuzu/evidence.<part>.csv
 *                               Kùzu's COPY layout, which the Neo4j import reads too
 *   neo4j-admin/                the same graph as `neo4j-admin database import` reads it (README.txt)
 *
 * Parts are written side by side by separate workers; every file of the
 * Kùzu layout has its own header line.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { NodeKind, RelationshipType } from "../../domain/ontology.js";
import type { GenerationSummary, SyntheticOptions } from "../../synthetic/generate.js";
import type { Landmarks } from "../../synthetic/landmarks.js";

/** The origin every bulk-loaded item carries, so a seed load's pruning never touches it. */
export const BULK_ORIGIN = "synthetic";
export const MANIFEST = "manifest.json";
export const KUZU_DIR = "kuzu";
export const NEO4J_ADMIN_DIR = "neo4j-admin";
export const FORMAT = 1;

/** A file of the Kùzu layout that holds rows, relative to the folder, and how many below its header. */
export interface BulkFile {
  readonly path: string;
  readonly part: number;
  readonly rows: number;
}

export interface BulkManifest {
  readonly format: typeof FORMAT;
  readonly options: SyntheticOptions;
  readonly origin: string;
  readonly summary: GenerationSummary;
  readonly landmarks: Landmarks;
  readonly files: {
    readonly entities: Readonly<Partial<Record<NodeKind, readonly BulkFile[]>>>;
    readonly relationships: Readonly<Partial<Record<RelationshipType, readonly BulkFile[]>>>;
    readonly evidence: readonly BulkFile[];
  };
  /** Seconds the generator took, for the record. */
  readonly generateSeconds: number;
}

export const kuzuEntityFile = (kind: NodeKind, part: number) => `${KUZU_DIR}/entities-${kind}.${part}.csv`;
export const kuzuRelationshipFile = (type: RelationshipType, part: number) => `${KUZU_DIR}/rel-${type}.${part}.csv`;
export const kuzuEvidenceFile = (part: number) => `${KUZU_DIR}/evidence.${part}.csv`;

export class BulkFolderError extends Error {}

/** Reads a folder's manifest, or says what is missing. */
export function readManifest(dir: string): BulkManifest {
  const path = join(resolve(dir), MANIFEST);
  if (!existsSync(path)) throw new BulkFolderError(`${path} does not exist: write the folder with \`kg generate --entities N --out ${dir}\``);
  const manifest = JSON.parse(readFileSync(path, "utf8")) as BulkManifest;
  if (manifest.format !== FORMAT) throw new BulkFolderError(`${path} is format ${manifest.format}; this kg reads format ${FORMAT}: generate the folder again`);
  return manifest;
}

export function fileRows(files: readonly BulkFile[] | undefined): number {
  return (files ?? []).reduce((sum, f) => sum + f.rows, 0);
}

/** Entities, relationships and evidence rows the folder holds. */
export function manifestTotals(manifest: BulkManifest): { entities: number; relationships: number; evidence: number } {
  const { files } = manifest;
  return {
    entities: Object.values(files.entities).reduce((sum, f) => sum + fileRows(f), 0),
    relationships: Object.values(files.relationships).reduce((sum, f) => sum + fileRows(f), 0),
    evidence: fileRows(files.evidence),
  };
}
