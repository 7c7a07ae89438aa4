/**
 * `npm run bench`: for each size, a synthetic graph is generated and imported
 * into a fresh embedded store and — with `--store neo4j` — into a fresh local
 * Neo4j of its own (under .kg/bench/SIZE/neo4j, memory from NEO4J_HEAP and
 * NEO4J_PAGECACHE). The fixed query mix then goes to every system of
 * bench/systems.ts: first once each, to check they all give the same answer;
 * then timed, the systems taking turns request by request so that machine
 * noise hits all alike; then throughput per system. Writes
 * bench/results.json, docs/benchmarks.md and docs/benchmarks.svg.
 *   --store kuzu|neo4j (default kuzu: the embedded systems only)
 *   --sizes 1000,10000,100000,1000000   --iterations 40   --out DIR (default: the repository)
 *   --keep: keep the figures of sizes not measured this time from the existing results.json
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { NodeKind } from "../src/domain/ontology.js";
import { openStore, DEFAULT_QUERY_TIMEOUT_MS } from "../src/store/index.js";
import type { GraphStore } from "../src/store/port.js";
import { MIX, type MixTargets } from "./mix.js";
import { percentiles, rssMB, throughput } from "./measure.js";
import { machine, writeResults, type ImportFigure, type Results, type Run } from "./report.js";
import { freePort, startServeProcess, type ServeProcess } from "./serveProcess.js";
import { oursOverHttp, peerOverHttp, rawCypher, rawStore, type Reply, type System } from "./systems.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const KG = join(ROOT, "bin/kg.js");
const PEER = fileURLToPath(new URL("./peer/server.js", import.meta.url));
/** Requests per system and query before timing: enough for the servers' code to be compiled hot, as in a running service. */
const WARMUP = 20;
const THROUGHPUT_CLIENTS = 4;

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly iterations: number;
  readonly outDir: string;
  /** "neo4j" adds our server on Neo4j, the peer and raw Cypher to the embedded systems. */
  readonly store: "kuzu" | "neo4j";
  /** Keep the figures of sizes not measured this time. */
  readonly keepOtherSizes?: boolean;
  /** How long each system is sent each query concurrently, to measure throughput (default 1000 ms). */
  readonly throughputMs?: number;
  /**
   * A smoke run (CI): one warm-up request per system and query instead of 20,
   * and Neo4j loaded once, with neo4j-admin, instead of also through the driver
   * (`kg import` on Neo4j has its own tests). Every answer is still compared.
   */
  readonly smoke?: boolean;
}

type Env = Record<string, string>;

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
 * (`kg neo4j import`), which the queries then run on; a smoke run loads it
 * with neo4j-admin only. Each load ends with every index ONLINE.
 */
function loadNeo4j(home: string, csv: string, smoke: boolean): { env: Env; driverSeconds: number | null; adminSeconds: number } {
  let driverSeconds: number | null = null;
  if (!smoke) {
    const first = startNeo4j(home);
    driverSeconds = seconds(() => kg(["import", csv], { ...first, KG_STORE_TIMEOUT_MS: "600000" }));
    kg(["neo4j", "stop"], { KG_NEO4J_HOME: home });
  }
  const env = startNeo4j(home);
  const adminSeconds = seconds(() => kg(["neo4j", "import", csv], { ...env, KG_STORE_TIMEOUT_MS: "600000" }));
  return { env, driverSeconds, adminSeconds };
}

/** Ids the mix asks about, chosen from the imported graph itself so any generator fits. */
async function targets(store: GraphStore): Promise<MixTargets> {
  const people = await store.listEntities({ kinds: [NodeKind.Person], limit: 400, offset: 0 });
  const [countries, batch] = await Promise.all([
    store.listEntities({ kinds: [NodeKind.Country], limit: 1, offset: 0 }),
    store.listEntities({ kinds: [], limit: 200, offset: 1000 }),
  ]);
  const degrees = await store.relationshipsOf(people.map((entityId) => ({ entityId, types: [], direction: "BOTH" as const })));
  const byDegree = people.map((id, i) => ({ id, degree: degrees[i].length })).sort((a, b) => b.degree - a.degree);
  const entity = byDegree[Math.floor(byDegree.length / 2)].id;
  const [record] = await store.entitiesById([entity]);
  let pathTo = byDegree[byDegree.length - 1].id;
  for (const candidate of byDegree.slice(1, 40)) {
    if ((await store.shortestPaths({ from: byDegree[0].id, to: candidate.id, maxLength: 6, types: [], limit: 1 })).length) pathTo = candidate.id;
  }
  return {
    entity, searchText: record!.name.split(" ")[0], neighbourhood: byDegree[0].id, pathFrom: byDegree[0].id, pathTo,
    country: countries[0], batch: batch.length === 200 ? batch : (await store.listEntities({ kinds: [], limit: 200, offset: 0 })),
  };
}

const SERVER_ENV: Env = { KG_LOG_LEVEL: "warn", KG_LOAD_SEED: "false", KG_MAX_COST: "10000000", KG_STORE_TIMEOUT_MS: "120000", KG_REQUEST_TIMEOUT_MS: "600000" };

async function startPeer(neo4jEnv: Env): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [PEER], { env: { ...process.env, ...neo4jEnv, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  while (!stderr.includes("peer listening at")) {
    if (child.exitCode !== null) throw new Error(`the peer did not start:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, base: `http://127.0.0.1:${port}`, log: () => stderr, exited };
}

const label = (s: System) => `${s.system}/${s.store}`;

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

/** Latency samples per system for one query, the systems taking turns call by call. */
async function interleaved(calls: ReadonlyArray<() => Promise<Reply>>, iterations: number, warmup: number): Promise<{ samples: number[][]; roundTrips: number[] }> {
  const samples = calls.map(() => [] as number[]);
  const roundTrips = calls.map(() => 0);
  for (let i = 0; i < warmup + iterations; i++) {
    for (const [k, call] of calls.entries()) {
      const started = performance.now();
      const reply = await call();
      if (i >= warmup) samples[k].push(performance.now() - started);
      roundTrips[k] = reply.roundTrips;
    }
  }
  return { samples, roundTrips };
}

async function measure(size: number, systems: readonly System[], chosen: MixTargets, options: BenchOptions): Promise<Run[]> {
  const same = await compareAnswers(systems, chosen);
  const runs: Run[] = [];
  for (const { name } of MIX) {
    const asking = systems.flatMap((system) => {
      const call = system.ask(name, chosen);
      return call ? [{ system, call }] : [];
    });
    const { samples, roundTrips } = await interleaved(asking.map((a) => a.call), options.iterations, options.smoke ? 1 : WARMUP);
    for (const [k, { system, call }] of asking.entries()) {
      const latency = percentiles(samples[k]);
      const rps = await throughput(call, THROUGHPUT_CLIENTS, options.throughputMs ?? 1000);
      runs.push({
        size, system: system.system, store: system.store, query: name, p50_ms: latency.p50, p95_ms: latency.p95, p99_ms: latency.p99,
        rps, roundTrips: roundTrips[k], rssMB: rssMB(system.pid), sameAnswer: same.get(`${label(system)} ${name}`)!,
      });
      process.stderr.write(`bench ${size} ${label(system)} ${name}: p50 ${latency.p50} ms, p95 ${latency.p95} ms, ${rps} req/s, ${roundTrips[k]} round trips\n`);
    }
  }
  return runs;
}

async function stopProcess(served: ServeProcess | undefined): Promise<void> {
  if (!served || served.child.exitCode !== null) return;
  served.child.kill("SIGTERM");
  await served.exited;
}

interface SizeFigures {
  readonly imports: ImportFigure[];
  readonly runs: Run[];
  readonly overhead: Results["overheadBySize"][number];
}

async function benchSize(size: number, options: BenchOptions): Promise<SizeFigures> {
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
  const direct = await openStore({ store: "kuzu", dataDir: `${kuzuDir}-direct`, queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS * 10 });
  const loaded = options.store === "neo4j" ? loadNeo4j(join(workDir, "neo4j"), csv, options.smoke ?? false) : null;
  const neo4jEnv = loaded?.env ?? null;
  const servers: ServeProcess[] = [];
  const driver = neo4jEnv ? neo4j.driver(neo4jEnv.NEO4J_URI, neo4j.auth.basic(neo4jEnv.NEO4J_USERNAME, neo4jEnv.NEO4J_PASSWORD)) : null;
  try {
    const c = await direct.counts();
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    const figure = { size, entities: sum(c.nodes), relationships: sum(c.relationships), evidence: c.evidence, generateSeconds };
    const imports: ImportFigure[] = [{ ...figure, store: "kuzu", method: "COPY", importSeconds: kuzuImport }];
    if (loaded) {
      if (loaded.driverSeconds !== null) imports.push({ ...figure, store: "neo4j", method: "driver", importSeconds: loaded.driverSeconds });
      imports.push({ ...figure, store: "neo4j", method: "neo4j-admin", importSeconds: loaded.adminSeconds });
    }
    const chosen = await targets(direct);
    const oursKuzu = await startServeProcess({ ...SERVER_ENV, ...kuzuEnv }, 600_000);
    servers.push(oursKuzu);
    const systems: System[] = [oursOverHttp("kuzu", `${oursKuzu.base}/graphql`, oursKuzu.child.pid!), rawStore(direct)];
    if (neo4jEnv && driver) {
      const oursNeo4j = await startServeProcess({ ...SERVER_ENV, ...neo4jEnv }, 600_000);
      servers.push(oursNeo4j);
      const peer = await startPeer(neo4jEnv);
      servers.push(peer);
      systems.push(
        oursOverHttp("neo4j", `${oursNeo4j.base}/graphql`, oursNeo4j.child.pid!),
        peerOverHttp(`${peer.base}/graphql`, peer.child.pid!),
        rawCypher(driver, neo4jEnv.NEO4J_DATABASE),
      );
    }
    const runs = await measure(size, systems, chosen, options);
    const entity = (system: string, store: string) => runs.find((r) => r.query === "entity" && r.system === system && r.store === store)!.p50_ms;
    const http = entity("ours", "kuzu");
    const directP50 = entity("raw", "kuzu");
    return { imports, runs, overhead: { size, httpP50Ms: http, directP50Ms: directP50, ratio: Math.round((http / directP50) * 100) / 100 } };
  } finally {
    for (const served of servers) await stopProcess(served);
    await driver?.close();
    await direct.close();
    if (neo4jEnv) {
      kg(["neo4j", "stop"], { KG_NEO4J_HOME: neo4jEnv.KG_NEO4J_HOME });
      rmSync(neo4jEnv.KG_NEO4J_HOME, { recursive: true, force: true });
    }
    rmSync(csv, { recursive: true, force: true });
    rmSync(`${kuzuDir}-direct`, { recursive: true, force: true });
  }
}

/** Figures of other sizes from an earlier run, kept when only some sizes are measured again. */
function earlier(outDir: string, sizes: readonly number[]): Pick<Results, "imports" | "runs" | "overheadBySize"> {
  const path = join(outDir, "bench", "results.json");
  if (!existsSync(path)) return { imports: [], runs: [], overheadBySize: [] };
  const old = JSON.parse(readFileSync(path, "utf8")) as Results;
  const other = <T extends { size: number }>(items: T[]) => items.filter((i) => !sizes.includes(i.size));
  // Results written before imports named their method knew only COPY and the driver.
  const imports = old.imports.map((i) => ({ ...i, method: i.method ?? (i.store === "kuzu" ? "COPY" : "driver") }));
  return { imports: other(imports), runs: other(old.runs), overheadBySize: other(old.overheadBySize) };
}

export async function runBench(options: BenchOptions): Promise<Results> {
  const imports: ImportFigure[] = [];
  const runs: Run[] = [];
  const overheadBySize: Results["overheadBySize"] = [];
  for (const size of options.sizes) {
    const figures = await benchSize(size, options);
    imports.push(...figures.imports);
    runs.push(...figures.runs);
    overheadBySize.push(figures.overhead);
  }
  const kept = options.keepOtherSizes ? earlier(options.outDir, options.sizes) : { imports: [], runs: [], overheadBySize: [] };
  const bySize = <T extends { size: number }>(items: T[]) => items.sort((a, b) => a.size - b.size);
  const allOverhead = bySize([...kept.overheadBySize, ...overheadBySize]);
  const results: Results = {
    machine: machine(options.store === "neo4j" ? "kuzu (embedded) and neo4j (local, same machine)" : "kuzu (embedded)"),
    graphqlOverheadRatio: allOverhead[allOverhead.length - 1]?.ratio ?? null,
    overheadBySize: allOverhead, imports: bySize([...kept.imports, ...imports]), runs: bySize([...kept.runs, ...runs]),
  };
  mkdirSync(join(options.outDir, "bench"), { recursive: true });
  mkdirSync(join(options.outDir, "docs"), { recursive: true });
  writeResults(results, join(options.outDir, "bench", "results.json"), join(options.outDir, "docs", "benchmarks.md"), join(options.outDir, "docs", "benchmarks.svg"));
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,100000,1000000" }, iterations: { type: "string", default: "40" },
      out: { type: "string", default: ROOT }, keep: { type: "boolean", default: false }, store: { type: "string", default: "kuzu" },
    },
  });
  if (values.store !== "kuzu" && values.store !== "neo4j") throw new Error(`--store must be kuzu or neo4j, not ${values.store}`);
  await runBench({ sizes: values.sizes!.split(",").map(Number), iterations: Number(values.iterations), outDir: values.out!, store: values.store, keepOtherSizes: values.keep });
}
