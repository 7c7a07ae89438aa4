/**
 * `kg`: the command line. Loads the seed, reports the graph's statistics, and
 * runs a local Neo4j. Answers go to stdout, progress and errors to stderr.
 */
import { parseArgs } from "node:util";
import { NODE_KINDS, RELATIONSHIP_TYPES } from "./domain/ontology.js";
import type { GraphCounts } from "./domain/records.js";
import { DEFAULT_SEED_DIR, SeedValidationError } from "./seed/index.js";
import { loadSeed } from "./seed/load.js";
import { openStore, storeConfigFrom, StoreConfigError, type GraphStore } from "./store/index.js";
import { runLocalNeo4jCommand } from "./localNeo4j/index.js";
import { serve } from "./server/main.js";
import { schemaSDL } from "./graphql/schema.js";

const USAGE = `Usage: kg <command>

Commands:
  load [--seed DIR]        validate the seed folder and load it into the store
  stats [--json]           count nodes per kind and relationships per type
  schema                   print the GraphQL schema (SDL), as in schema.graphql
  serve                    serve the GraphQL API and IDE (PORT, HOST; default 4000)
  neo4j start|stop|status  run a local Neo4j 5.26 for this project

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

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "load": return await load(rest);
      case "stats": return await stats(rest);
      case "neo4j": return await runLocalNeo4jCommand(rest);
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
    if (error instanceof SeedValidationError || error instanceof StoreConfigError) {
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
