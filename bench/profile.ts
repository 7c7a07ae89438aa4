/**
 * `npm run profile`: where our server's CPU goes per request, by layer. A
 * synthetic graph is prepared as for the bench; `kg serve` runs on it under
 * `--cpu-prof`; each query of the mix is sent a few hundred times to warm it,
 * then `--requests` times by 4 concurrent clients while the window is marked
 * and the server's CPU time (user + system, all its threads, from
 * /proc/PID/stat) is read at both ends. The profile written at shutdown is cut
 * into those windows and summed by layer (bench/cpuProfile.ts); each layer
 * gets its share of the CPU time the kernel counted. The summary is stored
 * under `--label` in bench/profile.json, and docs/benchmarks.md is written
 * again with it; `--save FILE` keeps the raw profile for a closer look.
 *   --size 10000   --store neo4j|kuzu (default neo4j)   --requests 1000   --label before|after|…   --save FILE
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { layerTimes, type CpuProfile } from "./cpuProfile.js";
import { prepareGraph, ROOT } from "./graph.js";
import { MIX } from "./mix.js";
import { readProfiles, rewriteMarkdown, writeProfiles, type ProfileSummary } from "./report.js";
import { SERVER_ENV } from "./serveEnv.js";
import { startServeProcess } from "./serveProcess.js";
import { oursOverHttp } from "./systems.js";

const WARMUP = 300;
const CLIENTS = 4;
/** Microseconds between samples: finer than V8's default 1000 so short requests are seen in many samples. */
const SAMPLING_MICROS = 200;

const now = () => Number(process.hrtime.bigint() / 1000n);

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time a process has used so far, user and system, all threads, in microseconds. */
function cpuMicros(pid: number): number {
  // The fields after the command name (which may hold spaces) start at field 3: utime and stime are fields 14 and 15.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / TICKS_PER_SECOND;
}

export async function profileServer(size: number, store: "neo4j" | "kuzu", requests: number, save?: string): Promise<ProfileSummary> {
  const graph = await prepareGraph(size, { neo4j: store === "neo4j", adminOnly: true });
  const profileDir = mkdtempSync(join(tmpdir(), "kg-profile-"));
  try {
    const env = { ...SERVER_ENV, ...(store === "neo4j" ? graph.neo4jEnv! : graph.kuzuEnv) };
    const served = await startServeProcess(env, 600_000, [], ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, `--cpu-prof-interval=${SAMPLING_MICROS}`]);
    const ours = oursOverHttp(store, `${served.base}/graphql`, served.child.pid!);
    const windows: Array<{ query: string; from: number; to: number; cpu: number }> = [];
    try {
      for (const { name } of MIX) {
        const call = ours.ask(name, graph.chosen)!;
        for (let i = 0; i < WARMUP; i++) await call();
        let left = requests;
        const from = now();
        const cpuFrom = cpuMicros(served.child.pid!);
        await Promise.all(Array.from({ length: CLIENTS }, async () => {
          while (left-- > 0) await call();
        }));
        windows.push({ query: name, from, to: now(), cpu: cpuMicros(served.child.pid!) - cpuFrom });
        process.stderr.write(`profile: ${name} ${requests} requests in ${Math.round((windows.at(-1)!.to - from) / 1000)} ms\n`);
      }
    } finally {
      served.child.kill("SIGTERM");
      await served.exited;
    }
    const file = readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error(`kg serve wrote no CPU profile into ${profileDir}`);
    if (save) copyFileSync(join(profileDir, file), save);
    const profile = JSON.parse(readFileSync(join(profileDir, file), "utf8")) as CpuProfile;
    const queries = Object.fromEntries(windows.map(({ query, from, to, cpu }) => {
      const { layers, totalMicros } = layerTimes(profile, from, to);
      const perRequest = (micros: number) => Math.round(micros / requests);
      return [query, {
        cpuMicrosPerRequest: perRequest(cpu),
        layers: Object.fromEntries(Object.entries(layers).map(([layer, sampled]) => [layer, perRequest((cpu * sampled) / totalMicros)])),
      }];
    }));
    return { size, store, requests, date: new Date().toISOString().slice(0, 10), queries };
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
    await graph.dispose();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "10000" }, store: { type: "string", default: "neo4j" },
      requests: { type: "string", default: "1000" }, label: { type: "string", default: "after" }, save: { type: "string" },
    },
  });
  if (values.store !== "kuzu" && values.store !== "neo4j") throw new Error(`--store must be kuzu or neo4j, not ${values.store}`);
  const summary = await profileServer(Number(values.size), values.store, Number(values.requests), values.save);
  writeProfiles(ROOT, { ...readProfiles(ROOT), [values.label!]: summary });
  rewriteMarkdown(ROOT);
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}
