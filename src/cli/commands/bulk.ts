/** `kg generate`, `kg import` and `kg neo4j import`: synthetic graphs written and bulk-loaded. */
import { join } from "node:path";
import { runAdminImport } from "../../localNeo4j/adminImport.js";
import { nodeCount } from "../../localNeo4j/bolt.js";
import { ensureLocalNeo4j } from "../../localNeo4j/index.js";
import { whileStopped } from "../../localNeo4j/instance.js";
import { BulkFolderError, manifestTotals, NEO4J_ADMIN_DIR, readManifest } from "../../store/bulk/folder.js";
import { adminImportArgs } from "../../store/bulk/neo4jAdminLayout.js";
import { writeBulkFolder } from "../../store/bulk/writeFolder.js";
import { openStore, storeConfigFrom } from "../../store/index.js";
import { progressReporter } from "../progress.js";
import { withStore } from "./store.js";

export async function generate(options: { entities: number; seed: number; out: string }): Promise<number> {
  const manifest = await writeBulkFolder(options.out, { entities: options.entities, seed: options.seed }, progressReporter("generate"));
  const totals = manifestTotals(manifest);
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stderr.write(
    `Wrote ${totals.entities} entities, ${totals.relationships} relationships and ${totals.evidence} pieces of evidence ` +
    `to ${options.out} in ${manifest.generateSeconds} s (peak memory ${peakMB} MB).\n`,
  );
  process.stdout.write(`${JSON.stringify({ ...totals, seconds: manifest.generateSeconds, peakMB, landmarks: manifest.landmarks }, null, 2)}\n`);
  return 0;
}

export async function importFolder(dir: string): Promise<number> {
  const totals = manifestTotals(readManifest(dir));
  const started = performance.now();
  const times = await withStore(async (store) => {
    const info = await store.info();
    process.stderr.write(`Importing ${totals.entities} entities, ${totals.relationships} relationships and ${totals.evidence} pieces of evidence into ${info.store} ${info.version} at ${info.location}\n`);
    return store.bulkImport(dir, progressReporter("import"));
  });
  const seconds = (performance.now() - started) / 1000;
  const rate = (n: number, s: number) => Math.round(n / Math.max(s, 0.001));
  process.stdout.write(
    `Imported in ${seconds.toFixed(1)} s: ${rate(totals.entities, times.entities)} entities/s, ` +
    `${rate(totals.relationships, times.relationships)} relationships/s, ${rate(totals.evidence, times.evidence)} evidence/s.\n`,
  );
  return 0;
}

/**
 * The generated folder's neo4j-admin layout into the local Neo4j, then the
 * schema (bootstrap) built over it and ONLINE, so the store answers at full speed once this returns.
 */
export async function neo4jImport(dir: string): Promise<number> {
  const manifest = readManifest(dir);
  const totals = manifestTotals(manifest);
  // The store is the local Neo4j whatever NEO4J_URI says; only the time budget is read from the environment.
  const { queryTimeoutMs } = storeConfigFrom({ KG_STORE_TIMEOUT_MS: process.env.KG_STORE_TIMEOUT_MS });
  const started = performance.now();
  const held = await nodeCount(await ensureLocalNeo4j());
  // neo4j-admin replaces the database whole; merging is `kg import`'s work.
  if (held > 0) throw new BulkFolderError(`the local Neo4j holds ${held} nodes: kg neo4j import fills an empty one only (kg import merges into a store that holds data)`);
  process.stderr.write(`Importing ${totals.entities} entities, ${totals.relationships} relationships and ${totals.evidence} pieces of evidence into the local Neo4j with neo4j-admin\n`);
  const lap = stopwatch();
  await whileStopped((paths) => runAdminImport(paths, adminImportArgs(manifest), join(dir, NEO4J_ADMIN_DIR)));
  const adminSeconds = lap();
  const connection = await ensureLocalNeo4j();
  const startSeconds = lap();
  process.stderr.write("Creating the indexes and constraints…\n");
  await (await openStore({ store: "neo4j", ...connection, queryTimeoutMs })).close();
  const schemaSeconds = lap();
  const seconds = (performance.now() - started) / 1000;
  const items = totals.entities + totals.relationships + totals.evidence;
  process.stdout.write(
    `Imported in ${seconds.toFixed(1)} s (neo4j-admin ${adminSeconds.toFixed(1)} s, start ${startSeconds.toFixed(1)} s, ` +
    `indexes ${schemaSeconds.toFixed(1)} s): ${Math.round(items / seconds)} items/s.\n`,
  );
  return 0;
}

/** Seconds since the last call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
}
