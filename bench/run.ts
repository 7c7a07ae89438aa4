/**
 * `npm run bench`: for each size, a synthetic graph is generated and imported
 * into a fresh embedded store and — with `--store neo4j` — into a fresh local
 * Neo4j of its own (bench/graph.ts). The fixed query mix then goes to every
 * system of bench/systems.ts: first once each, to check they all give the
 * same answer; then, `--runs` times over (default 2, so the spread between two
 * runs of the same code is on record), timed: each system warmed with
 * hundreds of requests per query, then the systems taking turns request by
 * request so that machine noise hits all alike; then `entity` and
 * `neighbourhood` under 1, 4, 16 and 64 concurrent clients. Writes
 * bench/results.json, docs/benchmarks.md and docs/benchmarks.svg.
 *   --store kuzu|neo4j (default kuzu: the embedded systems only)
 *   --sizes 1000,10000,100000,1000000   --iterations 400   --runs 2   --out DIR (default: the repository)
 *   --keep: keep the figures not measured this time (other sizes; Neo4j's too under --store kuzu) from the existing results.json
 *   --workers N: KG_WORKERS for our server on Neo4j (default 1; its memory is then the primary's alone)
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { prepareGraph, ROOT, type Env } from "./graph.js";
import { MIX, type MixTargets } from "./mix.js";
import { peakRssMB } from "./measure.js";
import { machine, readResults, writeResults, type ConcurrencyFigure, type FloorFigure, type ImportFigure, type PeakMemory, type Provenance, type Results, type Run } from "./report.js";
import { DEPLOYED_ENV, SERVER_ENV } from "./serveEnv.js";
import { freePort, startServeProcess, type ServeProcess } from "./serveProcess.js";
import { askFloor, oursOverHttp, peerOverHttp, rawCypher, rawStore, type Reply, type System } from "./systems.js";
import { concurrency, label, latencyRun } from "./timing.js";

const PEER = fileURLToPath(new URL("./peer/server.js", import.meta.url));
const FLOOR = fileURLToPath(new URL("./floor.js", import.meta.url));
/**
 * Requests per system and query before timing: a server's latency keeps
 * falling over its first few hundred requests (JIT, connection pools, Neo4j's
 * query caches), and a service is measured as it runs, not as it starts.
 */
const WARMUP = 300;
const CONCURRENCY_LEVELS = [1, 4, 16, 64];
const CONCURRENCY_QUERIES = ["entity", "neighbourhood"] as const;

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly iterations: number;
  readonly outDir: string;
  /** "neo4j" adds our server on Neo4j, the peer and raw Cypher to the embedded systems. */
  readonly store: "kuzu" | "neo4j";
  /** Keep the figures of sizes not measured this time. */
  readonly keepUnmeasured?: boolean;
  /** Times the whole comparison is timed (default 2). */
  readonly runs?: number;
  /** How long each system is loaded at each number of concurrent clients (default 3000 ms). */
  readonly concurrencyMs?: number;
  /**
   * A smoke run (CI): one warm-up request per system and query instead of
   * hundreds, and Neo4j loaded once, with neo4j-admin, instead of also through
   * the driver (`kg import` on Neo4j has its own tests). Every answer is still compared.
   */
  readonly smoke?: boolean;
  /** KG_WORKERS for our server on Neo4j (default 1: one Node process, as the peer runs). */
  readonly workers?: number;
}

/** A server of the bench's own (the peer, the floor), as deployed, once it says it is "listening at". */
async function startBenchServer(script: string, env: Env = {}): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...DEPLOYED_ENV, ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  while (!stderr.includes("listening at")) {
    if (child.exitCode !== null) throw new Error(`${script} did not start:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, base: `http://127.0.0.1:${port}`, log: () => stderr, exited };
}

/**
 * Each system's answer to each query, checked against the answer most systems
 * give (on a tie, the first system's: ours on the embedded store), so the odd
 * one out is the one flagged.
 */
async function compareAnswers(systems: readonly System[], chosen: MixTargets): Promise<Map<string, boolean>> {
  const same = new Map<string, boolean>();
  for (const { name } of MIX) {
    const replies: Array<{ system: System; answer: string }> = [];
    for (const system of systems) {
      const call = system.ask(name, chosen);
      if (call) replies.push({ system, answer: JSON.stringify((await call()).answer) });
    }
    const votes = (answer: string) => replies.filter((r) => r.answer === answer).length;
    const reference = replies.reduce((best, r) => (votes(r.answer) > votes(best.answer) ? r : best), replies[0]);
    for (const { system, answer } of replies) {
      same.set(`${label(system)} ${name}`, answer === reference.answer);
      if (answer !== reference.answer) {
        process.stderr.write(`bench: ${label(system)} answers ${name} differently from ${label(reference.system)}:\n  ${answer.slice(0, 600)}\n  ${reference.answer.slice(0, 600)}\n`);
      }
    }
  }
  return same;
}

async function measure(size: number, systems: readonly System[], chosen: MixTargets, floor: () => Promise<Reply>, options: BenchOptions): Promise<Pick<SizeFigures, "runs" | "floor" | "concurrency">> {
  const same = await compareAnswers(systems, chosen);
  const warmup = options.smoke ? 1 : WARMUP;
  const runs: Run[] = [];
  const floors: FloorFigure[] = [];
  for (let run = 1; run <= (options.runs ?? 2); run++) {
    const timed = await latencyRun(systems, chosen, { size, run, iterations: options.iterations, warmup, same, floor });
    runs.push(...timed.runs);
    floors.push(...timed.floor);
  }
  const loaded = systems.filter((s) => s.system !== "raw");
  const figures = await concurrency(loaded, chosen, {
    size, queries: CONCURRENCY_QUERIES, levels: CONCURRENCY_LEVELS, ms: options.concurrencyMs ?? 3000, warmup: options.smoke ? 1 : 2 * WARMUP,
  });
  return { runs, floor: floors, concurrency: figures };
}

async function stopProcess(served: ServeProcess | undefined): Promise<void> {
  if (!served || served.child.exitCode !== null) return;
  served.child.kill("SIGTERM");
  await served.exited;
}

interface SizeFigures {
  readonly imports: ImportFigure[];
  readonly runs: Run[];
  readonly floor: FloorFigure[];
  readonly concurrency: ConcurrencyFigure[];
  readonly peakMemory: PeakMemory[];
  readonly overhead: Results["overheadBySize"][number];
}

async function benchSize(size: number, options: BenchOptions): Promise<SizeFigures> {
  const graph = await prepareGraph(size, { neo4j: options.store === "neo4j", adminOnly: options.smoke ?? false });
  const { neo4jEnv, direct, chosen } = graph;
  const servers: ServeProcess[] = [];
  const driver = neo4jEnv ? neo4j.driver(neo4jEnv.NEO4J_URI, neo4j.auth.basic(neo4jEnv.NEO4J_USERNAME, neo4jEnv.NEO4J_PASSWORD)) : null;
  try {
    const floor = await startBenchServer(FLOOR);
    servers.push(floor);
    const oursKuzu = await startServeProcess({ ...SERVER_ENV, ...DEPLOYED_ENV, ...graph.kuzuEnv }, 600_000);
    servers.push(oursKuzu);
    const systems: System[] = [oursOverHttp("kuzu", `${oursKuzu.base}/graphql`, oursKuzu.child.pid!), rawStore(direct)];
    if (neo4jEnv && driver) {
      const oursNeo4j = await startServeProcess({ ...SERVER_ENV, ...DEPLOYED_ENV, ...neo4jEnv, KG_WORKERS: String(options.workers ?? 1) }, 600_000);
      servers.push(oursNeo4j);
      const peer = await startBenchServer(PEER, neo4jEnv);
      servers.push(peer);
      systems.push(
        oursOverHttp("neo4j", `${oursNeo4j.base}/graphql`, oursNeo4j.child.pid!),
        peerOverHttp(`${peer.base}/graphql`, peer.child.pid!),
        rawCypher(driver, neo4jEnv.NEO4J_DATABASE),
      );
    }
    const { runs, floor: floors, concurrency: loaded } = await measure(size, systems, chosen, askFloor(`${floor.base}/`), options);
    const peakMemory = systems.filter((s) => s.system !== "raw").map((s) => ({ size, system: s.system, store: s.store, peakMB: peakRssMB(s.pid) }));
    const entity = (system: string, store: string) => runs.find((r) => r.run === 1 && r.query === "entity" && r.system === system && r.store === store)!.p50_ms;
    const http = entity("ours", "kuzu");
    const directP50 = entity("raw", "kuzu");
    return { imports: graph.imports, runs, floor: floors, concurrency: loaded, peakMemory, overhead: { size, httpP50Ms: http, directP50Ms: directP50, ratio: Math.round((http / directP50) * 100) / 100 } };
  } finally {
    for (const served of servers) await stopProcess(served);
    await driver?.close();
    await graph.dispose();
  }
}

/**
 * Figures from an earlier run that this one does not measure again: other
 * sizes, and at the sizes measured, Neo4j's when only the embedded store is
 * (every run measures the embedded store; the GraphQL overhead is its own).
 */
function earlier(outDir: string, sizes: readonly number[], store: BenchOptions["store"]): Omit<Results, "machine" | "graphqlOverheadRatio"> {
  const old = readResults(outDir);
  if (!old) return nothingKept();
  const measured = (i: { size: number; store?: string }) => sizes.includes(i.size) && (store === "neo4j" || i.store !== "neo4j");
  const other = <T extends { size: number; store?: string }>(items: T[]) => items.filter((i) => !measured(i));
  return {
    imports: other(old.imports), runs: other(old.runs), floor: other(old.floor), concurrency: other(old.concurrency), peakMemory: other(old.peakMemory),
    overheadBySize: other(old.overheadBySize), provenance: other(old.provenance),
  };
}

const nothingKept = (): ReturnType<typeof earlier> => ({ imports: [], runs: [], floor: [], concurrency: [], peakMemory: [], overheadBySize: [], provenance: [] });

/** What the bench and the profile write: a run's own figures do not make the next run's code count as changed. */
const FIGURE_FILES = ["bench/results.json", "bench/profile.json", "docs/benchmarks.md", "docs/benchmarks.svg"];

/** The commit checked out, marked when a tracked file other than the figures differs from it; "unknown" outside git. */
function checkedOut(): string {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const commit = git("rev-parse", "--short", "HEAD");
    const changed = git("status", "--porcelain", "--untracked-files=no", "--", ".", ...FIGURE_FILES.map((file) => `:!${file}`));
    return changed ? `${commit}+changes` : commit;
  } catch {
    return "unknown";
  }
}

export async function runBench(options: BenchOptions): Promise<Results> {
  // Read before measuring: the code that runs is the code checked out when the bench starts.
  const code = { commit: checkedOut(), date: new Date().toISOString().slice(0, 10) };
  const imports: ImportFigure[] = [];
  const runs: Run[] = [];
  const floor: FloorFigure[] = [];
  const loaded: ConcurrencyFigure[] = [];
  const peakMemory: PeakMemory[] = [];
  const overheadBySize: Results["overheadBySize"] = [];
  for (const size of options.sizes) {
    const figures = await benchSize(size, options);
    imports.push(...figures.imports);
    runs.push(...figures.runs);
    floor.push(...figures.floor);
    loaded.push(...figures.concurrency);
    peakMemory.push(...figures.peakMemory);
    overheadBySize.push(figures.overhead);
  }
  const kept = options.keepUnmeasured ? earlier(options.outDir, options.sizes, options.store) : nothingKept();
  const provenance: Provenance[] = options.sizes.flatMap((size) => (options.store === "neo4j" ? ["kuzu", "neo4j"] as const : ["kuzu"] as const).map((store) => ({ size, store, ...code })));
  const bySize = <T extends { size: number }>(items: T[]) => items.sort((a, b) => a.size - b.size);
  const allOverhead = bySize([...kept.overheadBySize, ...overheadBySize]);
  const results: Results = {
    machine: machine(kept.runs.some((r) => r.store === "neo4j") || options.store === "neo4j" ? "kuzu (embedded) and neo4j (local, same machine)" : "kuzu (embedded)", options.workers ?? 1),
    graphqlOverheadRatio: allOverhead[allOverhead.length - 1]?.ratio ?? null,
    overheadBySize: allOverhead, imports: bySize([...kept.imports, ...imports]), runs: bySize([...kept.runs, ...runs]),
    floor: bySize([...kept.floor, ...floor]),
    concurrency: bySize([...kept.concurrency, ...loaded]),
    peakMemory: bySize([...kept.peakMemory, ...peakMemory]),
    provenance: bySize([...kept.provenance, ...provenance]),
  };
  mkdirSync(join(options.outDir, "bench"), { recursive: true });
  mkdirSync(join(options.outDir, "docs"), { recursive: true });
  writeResults(results, options.outDir);
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,100000,1000000" }, iterations: { type: "string", default: "400" }, runs: { type: "string", default: "2" },
      out: { type: "string", default: ROOT }, keep: { type: "boolean", default: false }, store: { type: "string", default: "kuzu" },
      workers: { type: "string", default: "1" },
    },
  });
  if (values.store !== "kuzu" && values.store !== "neo4j") throw new Error(`--store must be kuzu or neo4j, not ${values.store}`);
  await runBench({
    sizes: values.sizes!.split(",").map(Number), iterations: Number(values.iterations), runs: Number(values.runs), outDir: values.out!, store: values.store, keepUnmeasured: values.keep,
    workers: Number(values.workers),
  });
}
