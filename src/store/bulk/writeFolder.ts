/**
 * `kg generate`: writes a synthetic graph into a bulk folder (folder.ts), one
 * part per worker thread — generating is CPU-bound and each part is
 * independent — then the header files, the manifest and the neo4j-admin README.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { NodeKind, RelationshipType } from "../../domain/ontology.js";
import { summarise, type GenerationTally, type SyntheticOptions } from "../../synthetic/generate.js";
import { landmarks } from "../../synthetic/landmarks.js";
import { CsvFileWriter } from "./csv.js";
import { BULK_ORIGIN, FORMAT, KUZU_DIR, MANIFEST, NEO4J_ADMIN_DIR, type BulkFile, type BulkManifest } from "./folder.js";
import type { PartJob, PartMessage } from "./generateWorker.js";
import type { PartResult } from "./partWriter.js";
import {
  adminEvidenceFile, adminNodeFile, adminReadme, adminRelationshipFile, evidenceHeader, nodeHeader, relationshipHeader,
} from "./neo4jAdminLayout.js";

/** The young generation a worker gets: the generator makes many short-lived strings, and a larger nursery halves the time spent collecting them. */
const WORKER_YOUNG_GENERATION_MB = 64;

function runPart(job: PartJob, onDone: (done: number) => void): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./generateWorker.js", import.meta.url), {
      workerData: job, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    worker.on("message", (message: PartMessage) => {
      if ("done" in message) onDone(message.done);
      else resolve(message.result);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (code !== 0) reject(new Error(`the generator worker for part ${job.part} stopped with code ${code}`));
    });
  });
}

function collect<K extends string>(results: readonly PartResult[], pick: (r: PartResult) => Partial<Record<K, BulkFile>>): Partial<Record<K, BulkFile[]>> {
  const grouped: Partial<Record<K, BulkFile[]>> = {};
  for (const result of results) {
    for (const [key, file] of Object.entries(pick(result)) as Array<[K, BulkFile]>) (grouped[key] ??= []).push(file);
  }
  return grouped;
}

function writeAdminHeaders(dir: string, manifest: BulkManifest): void {
  const header = (path: string, columns: readonly string[]) => new CsvFileWriter(join(dir, path), columns).close();
  for (const kind of Object.keys(manifest.files.entities) as NodeKind[]) header(adminNodeFile(kind, "header"), nodeHeader(kind));
  for (const type of Object.keys(manifest.files.relationships) as RelationshipType[]) header(adminRelationshipFile(type, "header"), relationshipHeader(type));
  header(adminEvidenceFile("header"), evidenceHeader());
  writeFileSync(join(dir, NEO4J_ADMIN_DIR, "README.txt"), adminReadme(manifest));
}

/** Writes the folder and returns its manifest; `onProgress` counts entities written. */
export async function writeBulkFolder(
  dir: string, options: SyntheticOptions, onProgress?: (done: number, total: number) => void,
  parts = Math.max(1, Math.min(4, availableParallelism())),
): Promise<BulkManifest> {
  const started = performance.now();
  for (const sub of [KUZU_DIR, NEO4J_ADMIN_DIR]) {
    rmSync(join(dir, sub), { recursive: true, force: true });
    mkdirSync(join(dir, sub), { recursive: true });
  }
  const done = new Array<number>(parts).fill(0);
  const results = await Promise.all(Array.from({ length: parts }, (_, part) => runPart({ dir, options, part, parts }, (n) => {
    done[part] = n;
    onProgress?.(done.reduce((a, b) => a + b, 0), options.entities);
  })));
  const tallies: GenerationTally[] = results.map((r) => r.tally);
  const manifest: BulkManifest = {
    format: FORMAT, options, origin: BULK_ORIGIN, summary: summarise(options, tallies), landmarks: landmarks(options),
    files: {
      entities: collect(results, (r) => r.files.entities),
      relationships: collect(results, (r) => r.files.relationships),
      evidence: results.flatMap((r) => (r.files.evidence ? [r.files.evidence] : [])),
    },
    generateSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
  writeAdminHeaders(dir, manifest);
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
