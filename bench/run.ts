/**
 * `npm run bench`: for each size, a synthetic graph is generated and imported
 * into a fresh embedded store; the `entity` store calls are timed directly;
 * then `kg serve` runs in its own process and the fixed query mix is sent
 * over HTTP. Writes bench/results.json and docs/benchmarks.md.
 *   --sizes 1000,10000,100000,1000000   --iterations 40   --out DIR (default: the repository)
 *   --keep: keep the figures of sizes not measured this time from the existing results.json
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { NodeKind } from "../src/domain/ontology.js";
import { openStore, DEFAULT_QUERY_TIMEOUT_MS } from "../src/store/index.js";
import type { GraphStore } from "../src/store/port.js";
import { entityDirect, MIX, type MixTargets } from "./mix.js";
import { percentiles, rssMB, throughput, timeSequential } from "./measure.js";
import { machine, writeResults, type ImportFigure, type Results, type Run } from "./report.js";
import { startServeProcess } from "./serveProcess.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const KG = join(ROOT, "bin/kg.js");

function seconds(work: () => void): number {
  const started = performance.now();
  work();
  return Math.round((performance.now() - started) / 100) / 10;
}

/** Generates and imports a graph of `size` entities into `dataDir`, through the `kg` commands a user would run. */
function prepare(size: number, workDir: string, dataDir: string): ImportFigure {
  const csv = join(workDir, "csv");
  const env = { ...process.env, KG_DATA_DIR: dataDir, NEO4J_URI: "" };
  const generateSeconds = seconds(() => execFileSync(process.execPath, [KG, "generate", "--entities", String(size), "--seed", "42", "--out", csv], { env, stdio: ["ignore", "ignore", "inherit"] }));
  const importSeconds = seconds(() => execFileSync(process.execPath, [KG, "import", csv], { env, stdio: ["ignore", "ignore", "inherit"] }));
  return { size, entities: 0, relationships: 0, evidence: 0, generateSeconds, importSeconds };
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

async function direct(dataDir: string, iterations: number): Promise<{ targets: MixTargets; p50: number; counts: Awaited<ReturnType<GraphStore["counts"]>> }> {
  const store = await openStore({ store: "kuzu", dataDir, queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS * 10 });
  try {
    const chosen = await targets(store);
    const samples = await timeSequential(() => entityDirect(store, chosen.entity), iterations, 5);
    return { targets: chosen, p50: percentiles(samples).p50, counts: await store.counts() };
  } finally {
    await store.close();
  }
}

async function overHttp(size: number, dataDir: string, chosen: MixTargets, iterations: number): Promise<Run[]> {
  const served = await startServeProcess({ KG_DATA_DIR: dataDir, NEO4J_URI: "", KG_LOG_LEVEL: "warn", KG_LOAD_SEED: "false", KG_MAX_COST: "10000000", KG_STORE_TIMEOUT_MS: "120000", KG_REQUEST_TIMEOUT_MS: "600000" }, 600_000);
  try {
    const url = `${served.base}/graphql`;
    const runs: Run[] = [];
    for (const q of MIX) {
      const body = JSON.stringify({ query: q.query, variables: q.variables(chosen) });
      let roundTrips = 0;
      const call = async () => {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
        const json = (await response.json()) as { errors?: unknown[]; extensions?: { roundTrips?: number } };
        if (json.errors) throw new Error(`${q.name} failed: ${JSON.stringify(json.errors).slice(0, 400)}`);
        roundTrips = json.extensions?.roundTrips ?? 0;
      };
      const latency = percentiles(await timeSequential(call, iterations, 5));
      const rps = await throughput(call, 4, 2000);
      runs.push({ size, query: q.name, p50_ms: latency.p50, p95_ms: latency.p95, p99_ms: latency.p99, rps, roundTrips, rssMB: rssMB(served.child.pid!) });
      process.stderr.write(`bench ${size} ${q.name}: p50 ${latency.p50} ms, p95 ${latency.p95} ms, ${rps} req/s, ${roundTrips} round trips\n`);
    }
    return runs;
  } finally {
    served.child.kill("SIGTERM");
    await served.exited;
  }
}

/** Figures of other sizes from an earlier run, kept when only some sizes are measured again. */
function earlier(outDir: string, sizes: number[]): Pick<Results, "imports" | "runs" | "overheadBySize"> {
  const path = join(outDir, "bench", "results.json");
  if (!existsSync(path)) return { imports: [], runs: [], overheadBySize: [] };
  const old = JSON.parse(readFileSync(path, "utf8")) as Results;
  const other = <T extends { size: number }>(items: T[]) => items.filter((i) => !sizes.includes(i.size));
  return { imports: other(old.imports), runs: other(old.runs), overheadBySize: other(old.overheadBySize) };
}

export async function runBench(sizes: number[], iterations: number, outDir: string, keepOtherSizes = false): Promise<Results> {
  const imports: ImportFigure[] = [];
  const runs: Run[] = [];
  const overheadBySize: Results["overheadBySize"] = [];
  for (const size of sizes) {
    const workDir = join(ROOT, ".kg", "bench", String(size));
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const dataDir = join(workDir, "kuzu");
    const figure = prepare(size, workDir, dataDir);
    const measured = await direct(dataDir, iterations);
    const c = measured.counts;
    imports.push({
      ...figure, entities: Object.values(c.nodes).reduce((a, b) => a + b, 0),
      relationships: Object.values(c.relationships).reduce((a, b) => a + b, 0), evidence: c.evidence,
    });
    const sizeRuns = await overHttp(size, dataDir, measured.targets, iterations);
    runs.push(...sizeRuns);
    const http = sizeRuns.find((r) => r.query === "entity")!.p50_ms;
    overheadBySize.push({ size, httpP50Ms: http, directP50Ms: measured.p50, ratio: Math.round((http / measured.p50) * 100) / 100 });
    rmSync(join(workDir, "csv"), { recursive: true, force: true });
  }
  const kept = keepOtherSizes ? earlier(outDir, sizes) : { imports: [], runs: [], overheadBySize: [] };
  const bySize = <T extends { size: number }>(items: T[]) => items.sort((a, b) => a.size - b.size);
  const allOverhead = bySize([...kept.overheadBySize, ...overheadBySize]);
  const results: Results = {
    machine: machine("kuzu (embedded)"), graphqlOverheadRatio: allOverhead[allOverhead.length - 1]?.ratio ?? null,
    overheadBySize: allOverhead, imports: bySize([...kept.imports, ...imports]), runs: bySize([...kept.runs, ...runs]),
  };
  mkdirSync(join(outDir, "bench"), { recursive: true });
  mkdirSync(join(outDir, "docs"), { recursive: true });
  writeResults(results, join(outDir, "bench", "results.json"), join(outDir, "docs", "benchmarks.md"));
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,100000,1000000" }, iterations: { type: "string", default: "40" },
      out: { type: "string", default: ROOT }, keep: { type: "boolean", default: false },
    },
  });
  await runBench(values.sizes!.split(",").map(Number), Number(values.iterations), values.out!, values.keep);
}
