/**
 * The graph a bench run measures: a synthetic graph of a given size,
 * generated, imported into a fresh embedded store and — when asked — into a
 * fresh local Neo4j of its own (under .kg/bench/SIZE/neo4j), with the ids the
 * query mix asks about chosen from it. `npm run bench` and `npm run profile`
 * both start from here.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DirectStore } from "./directStore.js";
import type { MixTargets } from "./mix.js";
import type { ImportFigure } from "./report.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const KG = join(ROOT, "bin/kg.js");

export type Env = Record<string, string>;

function seconds(work: () => void): number {
  const started = performance.now();
  work();
  return Math.round((performance.now() - started) / 100) / 10;
}

const kg = (args: string[], env: Env) => execFileSync(process.execPath, [KG, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] }).toString();

/** A local Neo4j of the size's own, empty, as `kg neo4j start` runs it; its connection as environment variables. */
function startNeo4j(home: string): Env {
  rmSync(home, { recursive: true, force: true });
  const exports = kg(["neo4j", "start"], { KG_NEO4J_HOME: home });
  return { KG_NEO4J_HOME: home, ...Object.fromEntries([...exports.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1], m[2]])) };
}

/**
 * Loads the folder into a local Neo4j twice, timing each: through the driver
 * (`kg import`, batched UNWINDs), then, into a fresh store, with neo4j-admin
 * (`kg neo4j import`), which the queries then run on; with `adminOnly` it is
 * loaded with neo4j-admin only. Each load ends with every index ONLINE.
 */
function loadNeo4j(home: string, csv: string, adminOnly: boolean): { env: Env; driverSeconds: number | null; adminSeconds: number } {
  let driverSeconds: number | null = null;
  if (!adminOnly) {
    const first = startNeo4j(home);
    driverSeconds = seconds(() => kg(["import", csv], { ...first, KG_STORE_TIMEOUT_MS: "600000" }));
    kg(["neo4j", "stop"], { KG_NEO4J_HOME: home });
  }
  const env = startNeo4j(home);
  const adminSeconds = seconds(() => kg(["neo4j", "import", csv], { ...env, KG_STORE_TIMEOUT_MS: "600000" }));
  return { env, driverSeconds, adminSeconds };
}

export interface BenchGraph {
  readonly size: number;
  readonly imports: ImportFigure[];
  /** Environment for `kg serve` on the embedded store. */
  readonly kuzuEnv: Env;
  /** Environment for `kg serve` (and the peer) on the graph's Neo4j; null without Neo4j. */
  readonly neo4jEnv: Env | null;
  /** A copy of the embedded store, opened in a process of its own, for the direct calls and the choice of targets. */
  readonly direct: DirectStore;
  readonly chosen: MixTargets;
  /** Stops the graph's Neo4j and removes what was made for it. */
  dispose(): Promise<void>;
}

export async function prepareGraph(size: number, options: { neo4j: boolean; adminOnly: boolean }): Promise<BenchGraph> {
  const workDir = join(ROOT, ".kg", "bench", String(size));
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const csv = join(workDir, "csv");
  const kuzuDir = join(workDir, "kuzu");
  const kuzuEnv = { KG_DATA_DIR: kuzuDir, NEO4J_URI: "" };
  const generateSeconds = seconds(() => kg(["generate", "--entities", String(size), "--seed", "42", "--out", csv], kuzuEnv));
  const kuzuImport = seconds(() => kg(["import", csv], kuzuEnv));
  // The server holds the embedded store open; the direct calls get a copy of their own.
  cpSync(kuzuDir, `${kuzuDir}-direct`, { recursive: true });
  const direct = DirectStore.open(`${kuzuDir}-direct`);
  let neo4jEnv: Env | null = null;
  const dispose = async () => {
    await direct.close();
    if (neo4jEnv) {
      kg(["neo4j", "stop"], { KG_NEO4J_HOME: neo4jEnv.KG_NEO4J_HOME });
      rmSync(neo4jEnv.KG_NEO4J_HOME, { recursive: true, force: true });
    }
    rmSync(csv, { recursive: true, force: true });
    rmSync(`${kuzuDir}-direct`, { recursive: true, force: true });
  };
  try {
    const loaded = options.neo4j ? loadNeo4j(join(workDir, "neo4j"), csv, options.adminOnly) : null;
    neo4jEnv = loaded?.env ?? null;
    const figure = { size, ...(await direct.counts()), generateSeconds };
    const imports: ImportFigure[] = [{ ...figure, store: "kuzu", method: "COPY", importSeconds: kuzuImport }];
    if (loaded) {
      if (loaded.driverSeconds !== null) imports.push({ ...figure, store: "neo4j", method: "driver", importSeconds: loaded.driverSeconds });
      imports.push({ ...figure, store: "neo4j", method: "neo4j-admin", importSeconds: loaded.adminSeconds });
    }
    return { size, imports, kuzuEnv, neo4jEnv, direct, chosen: await direct.targets(), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
