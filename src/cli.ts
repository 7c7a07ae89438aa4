/**
 * `kg`: the command line. Loads the seed, reports the graph's statistics, ingests articles, exports the graph, and
 * runs a local Neo4j. Answers go to stdout, progress and errors to stderr.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { ingestArticle, IngestInputError } from "./ingest/ingest.js";
import { NODE_KINDS, RELATIONSHIP_TYPES } from "./domain/ontology.js";
import type { GraphCounts } from "./domain/records.js";
import { DEFAULT_SEED_DIR, SeedValidationError } from "./seed/index.js";
import { loadSeed } from "./seed/load.js";
import { openStore, storeConfigFrom, StoreConfigError, type GraphStore } from "./store/index.js";
import { ensureLocalNeo4j, runLocalNeo4jCommand } from "./localNeo4j/index.js";
import { runAdminImport } from "./localNeo4j/adminImport.js";
import { nodeCount } from "./localNeo4j/bolt.js";
import { whileStopped } from "./localNeo4j/instance.js";
import { adminImportArgs } from "./store/bulk/neo4jAdminLayout.js";
import { serve } from "./server/main.js";
import { schemaSDL } from "./graphql/schema.js";
import { BulkFolderError, manifestTotals, NEO4J_ADMIN_DIR, readManifest } from "./store/bulk/folder.js";
import { writeBulkFolder } from "./store/bulk/writeFolder.js";
import { exportToPath } from "./export/files.js";
import { exportRequest, ExportScopeError } from "./export/index.js";

const USAGE = `Usage: kg <command>

Commands:
  load [--seed DIR]        validate the seed folder and load it into the store
  stats [--json]           count nodes per kind and relationships per type
  schema                   print the GraphQL schema (SDL), as in schema.graphql
  serve                    serve the GraphQL API, IDE and explorer (PORT, HOST; default 4000)
  neo4j start|stop|status  run a local Neo4j 5.26 for this project
  neo4j import DIR         fill the local Neo4j, which must be empty, from a generated folder with
                           neo4j-admin (it stops and restarts Neo4j), then build its indexes
  generate --entities N [--seed S] --out DIR
                           write a synthetic graph of N entities as CSV for bulk import
  import DIR               bulk-load a generated folder into the store (Kùzu: an empty one)
  ingest FILE [--url U] [--publisher P] [--language vi|en|id|no] [--published DATE] [--title T] [--json]
                           read an article into the store: link mentions, propose relationships
                           and candidate entities for review (language detected when not given)
  export --format graphml|gexf|cytoscape|csv|ftm|ftm-statements --out PATH
         [--id ID [--depth N] [--limit N] | --from ID --to ID [--max-length N] [--paths N]]
         [--types T1,T2]   export a neighbourhood, the paths between two entities, or
                           (with neither) the whole graph; csv writes a folder for neo4j-admin

The store is Neo4j when NEO4J_URI is set (with NEO4J_USERNAME, NEO4J_PASSWORD,
NEO4J_DATABASE), otherwise the embedded store in KG_DATA_DIR (default .kg/data).`;

function progressReporter(label: string): (done: number, total: number) => void {
  let lastShown = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      process.stderr.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${percent}% (${done}/${total})`);
      if (done >= total) process.stderr.write("\n");
    } else if (percent >= lastShown + 25) {
      lastShown = percent;
      process.stderr.write(`${label}: ${percent}% (${done}/${total})\n`);
    }
  };
}

async function withStore<T>(work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(storeConfigFrom());
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function load(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { seed: { type: "string" } } });
  const seedDir = values.seed ?? DEFAULT_SEED_DIR;
  const started = Date.now();
  await withStore(async (store) => {
    const info = await store.info();
    await loadSeed(store, seedDir, {
      valid: (batch) => process.stderr.write(
        `Seed is valid: ${batch.entities.length} entities, ${batch.relationships.length} relationships, ${batch.evidence.length} pieces of evidence.\n` +
        `Loading into ${info.store} ${info.version} at ${info.location}\n`,
      ),
      progress: progressReporter("load"),
    });
  });
  process.stderr.write(`Loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  return 0;
}

/** A positive integer option, or an error naming it. */
function integerOption(name: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min) throw new BulkFolderError(`--${name} must be an integer of at least ${min}, got ${value ?? "nothing"}`);
  return n;
}

async function generate(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { entities: { type: "string" }, seed: { type: "string", default: "1" }, out: { type: "string" } } });
  if (!values.out) throw new BulkFolderError("--out DIR is required: the folder to write the CSV files into");
  const options = { entities: integerOption("entities", values.entities, 100), seed: integerOption("seed", values.seed, 0) };
  const manifest = await writeBulkFolder(values.out, options, progressReporter("generate"));
  const totals = manifestTotals(manifest);
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stderr.write(
    `Wrote ${totals.entities} entities, ${totals.relationships} relationships and ${totals.evidence} pieces of evidence ` +
    `to ${values.out} in ${manifest.generateSeconds} s (peak memory ${peakMB} MB).\n`,
  );
  process.stdout.write(`${JSON.stringify({ ...totals, seconds: manifest.generateSeconds, peakMB, landmarks: manifest.landmarks }, null, 2)}\n`);
  return 0;
}

async function importFolder(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length !== 1) throw new BulkFolderError("give one folder written by `kg generate`: kg import DIR");
  const [dir] = positionals;
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
 * `kg neo4j import DIR`: the generated folder's neo4j-admin layout into the local Neo4j, then the
 * schema (bootstrap) built over it and ONLINE, so the store answers at full speed once this returns.
 */
async function neo4jImport(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length !== 1) throw new BulkFolderError("give one folder written by `kg generate`: kg neo4j import DIR");
  const [dir] = positionals;
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

async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(["format", "out", "id", "depth", "limit", "from", "to", "max-length", "paths", "types"].map((o) => [o, { type: "string" as const }])),
  });
  if (!values.out) throw new ExportScopeError("--out PATH is required: the file to write (a folder for --format csv)");
  const { "max-length": maxLength, out, ...rest } = values as Record<string, string | undefined>;
  // Checked before the store opens, so a typo costs no start-up.
  const request = exportRequest({ ...rest, maxLength }, { needsFile: false, spell: (name) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` });
  const written = await withStore((store) => exportToPath(store, request, out!));
  process.stderr.write(`Wrote ${written.join(", ")}\n`);
  return 0;
}

/** Counts keyed by the ontology's names, flat, in the ontology's order. */
export function statsJson(counts: GraphCounts): Record<string, number> {
  return {
    ...Object.fromEntries(NODE_KINDS.map((k) => [k, counts.nodes[k]])),
    ...Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, counts.relationships[t]])),
    evidence: counts.evidence,
    relationshipsWithoutEvidence: counts.relationshipsWithoutEvidence,
  };
}

async function stats(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean", default: false } } });
  const counts = await withStore((store) => store.counts());
  if (values.json) {
    process.stdout.write(`${JSON.stringify(statsJson(counts), null, 2)}\n`);
    return 0;
  }
  const rows = Object.entries(statsJson(counts));
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, count] of rows) process.stdout.write(`${key.padEnd(width)}  ${count}\n`);
  return 0;
}

async function ingest(args: string[]): Promise<number> {
  const text = { type: "string" } as const;
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { url: text, publisher: text, language: text, published: text, title: text, author: text, json: { type: "boolean" } },
  });
  if (positionals.length !== 1) {
    process.stderr.write(`kg ingest: give one article file (plain UTF-8 text)\n\n${USAGE}\n`);
    return 2;
  }
  const { json, ...metadata } = values;
  const report = await withStore(async (store) => ingestArticle(store, { ...metadata, text: await readFile(positionals[0], "utf8") }, `cli:${userInfo().username}`));
  const { mentions, candidates, proposals } = report.findings;
  if (json) {
    process.stdout.write(`${JSON.stringify({ article: report.article, language: report.language, languageDetected: report.languageDetected, mentions, candidates, proposals }, null, 2)}\n`);
    return 0;
  }
  const counts = (items: readonly { type: string }[]) => [...new Set(items.map((i) => i.type))].map((t) => `${t} ${items.filter((i) => i.type === t).length}`).join(", ");
  process.stdout.write([
    `${report.article} (${report.language}${report.languageDetected ? ", detected" : ""})`,
    `mentions: ${mentions.length} of ${new Set(mentions.map((m) => m.entity)).size} known entities`,
    `candidate entities: ${candidates.length}`,
    `proposals: ${proposals.length}${proposals.length ? ` (${counts(proposals)})` : ""} — review them with the proposals query and acceptProposal / rejectProposal`,
  ].join("\n") + "\n");
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "load": return await load(rest);
      case "stats": return await stats(rest);
      case "neo4j": return rest[0] === "import" ? await neo4jImport(rest.slice(1)) : await runLocalNeo4jCommand(rest);
      case "generate": return await generate(rest);
      case "import": return await importFolder(rest);
      case "ingest": return await ingest(rest);
      case "export": return await exportCommand(rest);
      case "serve": return await serve();
      case "schema":
        process.stdout.write(await schemaSDL());
        return 0;
      case undefined: case "help": case "--help": case "-h":
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        process.stderr.write(`kg: unknown command "${command}"\n\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    if (error instanceof SeedValidationError || error instanceof StoreConfigError || error instanceof BulkFolderError || error instanceof IngestInputError || error instanceof ExportScopeError) {
      process.stderr.write(`kg ${command}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      process.stderr.write(`kg ${command}: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
