/**
 * The steps of a bulk import, the same for every store: entities a kind at a
 * time, relationships a type at a time, then evidence — nodes before the
 * relationships between them. Kùzu COPYs each step's files whole; Neo4j reads
 * them back in batches of records (`stepBatches`) and writes each batch in a
 * transaction of its own.
 */
import { resolve } from "node:path";
import { NODE_KINDS, RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from "../../domain/ontology.js";
import type { Evidence, IndexedEntity, Relationship } from "../../domain/records.js";
import { readCsv } from "./csv.js";
import { fileRows, readManifest, type BulkFile, type BulkManifest } from "./folder.js";
import { entityFromCsv, evidenceFromCsv, relationshipFromCsv } from "./kuzuLayout.js";

export type BulkStep =
  | { readonly phase: "entities"; readonly kind: NodeKind; readonly files: readonly string[]; readonly rows: number }
  | { readonly phase: "relationships"; readonly type: RelationshipType; readonly files: readonly string[]; readonly rows: number }
  | { readonly phase: "evidence"; readonly files: readonly string[]; readonly rows: number };

export type BulkPhase = BulkStep["phase"];

export function bulkSteps(dir: string, manifest: BulkManifest = readManifest(dir)): BulkStep[] {
  const paths = (files: readonly BulkFile[] | undefined) => (files ?? []).map((f) => resolve(dir, f.path));
  const { entities, relationships, evidence } = manifest.files;
  const steps: BulkStep[] = [
    ...NODE_KINDS.filter((kind) => entities[kind]?.length).map((kind) => ({ phase: "entities" as const, kind, files: paths(entities[kind]), rows: fileRows(entities[kind]) })),
    ...RELATIONSHIP_TYPES.filter((type) => relationships[type]?.length).map((type) => ({ phase: "relationships" as const, type, files: paths(relationships[type]), rows: fileRows(relationships[type]) })),
  ];
  if (evidence.length) steps.push({ phase: "evidence", files: paths(evidence), rows: fileRows(evidence) });
  return steps;
}

export type StepRecords = IndexedEntity[] | Relationship[] | Evidence[];

function decoder(step: BulkStep): (header: readonly string[], values: readonly string[]) => IndexedEntity | Relationship | Evidence {
  switch (step.phase) {
    case "entities": return entityFromCsv;
    case "relationships": return (header, values) => relationshipFromCsv(step.type, header, values);
    case "evidence": return evidenceFromCsv;
  }
}

/** A step's records, `size` at a time, decoded as the Kùzu adapter decodes its rows. */
export async function* stepBatches(step: BulkStep, size: number): AsyncGenerator<StepRecords> {
  const decode = decoder(step);
  let batch: Array<IndexedEntity | Relationship | Evidence> = [];
  for (const file of step.files) {
    let header: string[] | null = null;
    for await (const rows of readCsv(file)) {
      for (const row of rows) {
        if (header === null) header = row;
        else batch.push(decode(header, row));
        if (batch.length >= size) {
          yield batch as StepRecords;
          batch = [];
        }
      }
    }
  }
  if (batch.length) yield batch as StepRecords;
}

/** A path as a Cypher string literal, checked to need no escaping. */
export function quotedPath(file: string): string {
  if (!file.startsWith("/") || /['"\\\r\n]/.test(file)) throw new Error(`cannot COPY with ${JSON.stringify(file)}: the path must be absolute and hold no quote, backslash or line break`);
  return `'${file}'`;
}

/** Where Kùzu's COPY text says <files>: the paths as a list of string literals. */
export function withFiles(statement: string, files: readonly string[]): string {
  if (statement.split("<files>").length !== 2) throw new Error("a COPY statement must hold <files> exactly once");
  return statement.replace("<files>", `[${files.map(quotedPath).join(", ")}]`);
}
