/** The benchmark's record: bench/results.json for machines, docs/benchmarks.md and docs/benchmarks.svg for people. */
import { cpus, totalmem } from "node:os";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chart } from "./chart.js";
import { GC_LAYER, JSON_LAYER, LAYERS, OTHER_LAYER } from "./cpuProfile.js";
import { comparisonSection, concurrencySection, embeddedTargetsSection, targetsSection } from "./verdicts.js";

export interface Run {
  readonly size: number;
  /** Which run of the comparison (1, 2): the same code measured again, to show the spread. */
  readonly run: number;
  /** ours: our API; neo4j-graphql: the peer; raw: the store without a GraphQL layer. */
  readonly system: "ours" | "neo4j-graphql" | "raw";
  readonly store: "kuzu" | "neo4j";
  readonly query: string;
  /** Timed requests the percentiles come from. */
  readonly samples: number;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
  readonly roundTrips: number;
  readonly rssMB: number;
  /** Whether the answer said the same as most systems' answers (bench/run.ts compareAnswers). */
  readonly sameAnswer: boolean;
}

/** One system under `clients` concurrent clients sending one query back to back. */
export interface ConcurrencyFigure {
  readonly size: number;
  readonly system: Run["system"];
  readonly store: Run["store"];
  readonly query: string;
  readonly clients: number;
  readonly rps: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  /** Requests that failed (an error answer or no answer). */
  readonly errors: number;
  readonly requests: number;
  /** The machine's cores busy on average meanwhile, every process counted (absent in results from before it was measured). */
  readonly busyCores?: number;
}

/** The floor (bench/floor.ts) asked in turn with one query of one run: the least a GraphQL answer over HTTP costs. */
export interface FloorFigure {
  readonly size: number;
  readonly run: number;
  /** The query of the mix it was asked beside. */
  readonly query: string;
  readonly samples: number;
  readonly p50_ms: number;
}

export interface ImportFigure {
  readonly size: number;
  readonly store: "kuzu" | "neo4j";
  /** COPY (Kùzu), driver (`kg import`: batched UNWINDs) or neo4j-admin (`kg neo4j import`). */
  readonly method: "COPY" | "driver" | "neo4j-admin";
  readonly entities: number;
  readonly relationships: number;
  readonly evidence: number;
  readonly generateSeconds: number;
  readonly importSeconds: number;
}

export interface Results {
  /** `workers`: KG_WORKERS of our server on Neo4j (absent in results written before it was an option: 1). */
  readonly machine: { cpu: string; cores: number; memoryGB: number; node: string; store: string; date: string; workers?: number };
  readonly graphqlOverheadRatio: number | null;
  /** The ratio per size: p50 of `entity` over HTTP / p50 of the same store calls made directly, on the embedded store. */
  readonly overheadBySize: Array<{ size: number; httpP50Ms: number; directP50Ms: number; ratio: number }>;
  readonly imports: ImportFigure[];
  readonly runs: Run[];
  readonly floor: FloorFigure[];
  readonly concurrency: ConcurrencyFigure[];
  /** Each server's peak resident memory over the whole bench of a size, its start and warm-up included. */
  readonly peakMemory: PeakMemory[];
  /** Which code measured each size's figures on each store: `--keep` carries figures over from earlier runs. */
  readonly provenance: Provenance[];
}

/** The code a bench ran on for one size and store (the embedded store's systems, or the Neo4j ones), and when. */
export interface Provenance {
  readonly size: number;
  readonly store: Run["store"];
  /** The commit checked out, "+changes" after it when the working tree differed from it; "unknown" outside git. */
  readonly commit: string;
  readonly date: string;
}

export interface PeakMemory {
  readonly size: number;
  readonly system: Run["system"];
  readonly store: Run["store"];
  /** VmHWM from /proc, in MB of 2^20 bytes; under KG_WORKERS, the primary process's only. */
  readonly peakMB: number;
}

/** `npm run profile`'s summary: our server's CPU per request of each query, by layer. */
export interface ProfileSummary {
  readonly size: number;
  readonly store: "kuzu" | "neo4j";
  readonly requests: number;
  readonly date: string;
  readonly queries: Record<string, { cpuMicrosPerRequest: number; layers: Record<string, number> }>;
}

/** Profiles by label ("before", "after"), as bench/profile.json keeps them. */
export type Profiles = Record<string, ProfileSummary>;

const profilePath = (outDir: string) => join(outDir, "bench", "profile.json");

export function readProfiles(outDir: string): Profiles {
  return existsSync(profilePath(outDir)) ? (JSON.parse(readFileSync(profilePath(outDir), "utf8")) as Profiles) : {};
}

export function writeProfiles(outDir: string, profiles: Profiles): void {
  writeFileSync(profilePath(outDir), `${JSON.stringify(profiles, null, 2)}\n`);
}

export function machine(store: string, workers: number): Results["machine"] {
  return {
    cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version, store, date: new Date().toISOString().slice(0, 10), workers,
  };
}

export function table(headers: string[], rows: Array<Array<string | number>>): string {
  return [`| ${headers.join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

const LAYER_ORDER = [...LAYERS.map(([layer]) => layer), JSON_LAYER, GC_LAYER, "V8 and libuv (no JavaScript on the stack)", OTHER_LAYER];

function profileTable(label: string, p: ProfileSummary): string {
  const queries = Object.keys(p.queries);
  const used = LAYER_ORDER.filter((layer) => queries.some((q) => p.queries[q].layers[layer]));
  const cell = (q: string, micros: number) => `${micros} (${Math.round((micros / p.queries[q].cpuMicrosPerRequest) * 100)} %)`;
  const rows = used.map((layer) => [layer, ...queries.map((q) => cell(q, p.queries[q].layers[layer] ?? 0))]);
  return `### ${label} (${p.date}, ${p.store}, 10^${Math.round(Math.log10(p.size))} entities, ${p.requests} requests per query)

${table(["layer: µs of CPU per request (share)", ...queries], [...rows, ["**total**", ...queries.map((q) => `**${p.queries[q].cpuMicrosPerRequest}**`)]])}
`;
}

function profileSection(profiles: Profiles): string {
  const labels = Object.keys(profiles);
  if (!labels.length) return "";
  return `## Where our server's CPU goes

\`npm run profile -- --label NAME\` runs \`kg serve\` under \`node --cpu-prof\` on a 10^4 graph, warms each query with 300 requests,
sends it 1000 more from 4 concurrent clients, and reads the server's CPU time (user + system, all threads, from
/proc) around that window; the CPU samples of the window, summed by the layer the running function's file belongs to
(bench/cpuProfile.ts; a V8 builtin counts for its caller's layer), split that time. Figures are µs of the server's CPU
per request: machine noise moves them far less than it moves latency. Node's socket code serves both the HTTP answers and
neo4j-driver's Bolt writes; in the call tree of the "before" profile 60 % of that layer sat under the driver — BEGIN,
RUN, COMMIT, each its own write, and the second chunk of a statement longer than the driver's 1,400-byte buffer.

${profiles.before && profiles.after ? `${beforeAndAfter(profiles.before, profiles.after)}\n\n` : ""}${labels.map((label) => profileTable(label, profiles[label])).join("\n")}
`;
}

/** The CPU per request of each query before and after, side by side. */
function beforeAndAfter(before: ProfileSummary, after: ProfileSummary): string {
  const queries = Object.keys(after.queries).filter((q) => before.queries[q]);
  const rows = queries.map((q) => {
    const [b, a] = [before.queries[q].cpuMicrosPerRequest, after.queries[q].cpuMicrosPerRequest];
    return [q, b, a, `${a >= b ? "+" : ""}${Math.round(((a - b) / b) * 100)} %`];
  });
  return table(["query", "before: µs of CPU per request", "after", "change"], rows);
}

/** Which code measured which figures, grouped by commit; nothing when no run recorded it. */
function measuredOn(provenance: readonly Provenance[]): string {
  if (!provenance.length) return "";
  const byCode = new Map<string, string[]>();
  for (const p of [...provenance].sort((a, b) => a.size - b.size || a.store.localeCompare(b.store))) {
    const code = `\`${p.commit}\` (${p.date})`;
    byCode.set(code, [...(byCode.get(code) ?? []), `${p.size} ${p.store === "kuzu" ? "embedded" : "Neo4j"}`]);
  }
  return `Measured on: ${[...byCode].map(([code, parts]) => `${parts.join(", ")}: ${code}`).join("; ")}.\n`;
}

export function markdown(results: Results, profiles: Profiles = {}): string {
  const m = results.machine;
  const differing = results.runs.filter((r) => !r.sameAnswer);
  return `# Benchmarks

Written by \`npm run bench\` (${m.date}). Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}; stores: ${m.store};
our server on Neo4j as ${m.workers ?? 1} Node process${(m.workers ?? 1) > 1 ? "es (KG_WORKERS)" : " (KG_WORKERS=1), as the peer runs"}.
${measuredOn(results.provenance)}
Systems: **ours/kuzu** and **ours/neo4j** are \`kg serve\` in its own process, over HTTP, on the embedded store and on
Neo4j; **neo4j-graphql/neo4j** is @neo4j/graphql 7 with its own Apollo Server over the same Neo4j (bench/peer/), each
query in its best honest form (its generated \`entities\` query where its filters answer it, \`@cypher\` fields
elsewhere, transfers included: a page of transfers to a country); **raw/neo4j** is one hand-written Cypher statement per
request through neo4j-driver, sent the cheapest way (an auto-commit \`session.run\`; bench/peer/cypher.ts);
**raw/kuzu** is the embedded store's port calls that our resolvers make, called directly, in a process of its own
that times each answer itself (bench/directStore.ts), so the bench's client stays light; **the floor** is Apollo
Server 5 with a one-field schema answering \`{ __typename }\` (bench/floor.ts), asked in turn with the systems beside
every query: the least a GraphQL answer over HTTP costs on this stack. Every GraphQL server runs as
deployed, with NODE_ENV=production. Before timing, every system's
answer to every query is compared with the others' on its content — ids, names, labels, kinds, relationship ends and
types, the sources' quotes, glosses and articles, in order; an answer that differs from the one most systems give is
flagged below. Latencies come from sequential requests, the systems taking turns request by request, after 300 warm-up
requests per system and query; the whole comparison runs twice (runs 1 and 2) so the spread between two runs of the
same code is on record. Percentiles are nearest-rank over the samples given. Round trips are store calls per request
(\`extensions.roundTrips\`; the peer counts its driver sessions; raw Cypher is one statement); memory is the RSS of the
server process (for raw/neo4j, of the bench process; for raw/kuzu, of its own). Then \`entity\` and \`neighbourhood\` go to each server under
1, 4, 16 and 64 concurrent clients for 3 s each, after 600 warm-up requests. The machine is shared: the spread columns
say how far to trust a ratio.
Run as \`npm run bench -- --store neo4j --sizes 10000,1000000\` (Neo4j's memory from \`NEO4J_HEAP\` and
\`NEO4J_PAGECACHE\`, e.g. \`4g\` and \`6g\` at 10^6); without \`--store neo4j\` only the embedded systems run.

![p50 per query, system and size (run 1)](benchmarks.svg)

## Import

Neo4j is loaded twice per size, both times ending with every index and constraint ONLINE: through the driver
(\`kg import\`, batched UNWIND transactions) and, into a fresh store, by neo4j-admin (\`kg neo4j import\`), which the
queries then run on. Kùzu is loaded with COPY (\`kg import\`).

${table(["store", "method", "entities", "relationships", "evidence", "generate (s)", "import (s)", "items/s imported"], results.imports.map((i) => [i.store, i.method, i.entities, i.relationships, i.evidence, i.generateSeconds, i.importSeconds, Math.round((i.entities + i.relationships + i.evidence) / Math.max(i.importSeconds, 0.001))]))}

${comparisonSection(results.runs)}
${concurrencySection(results.concurrency)}
${targetsSection(results)}
${embeddedTargetsSection(results)}
${profileSection(profiles)}
## All figures

${table(["size", "run", "system", "store", "query", "samples", "p50 ms", "p95 ms", "p99 ms", "round trips", "RSS MB", "same answer"], results.runs.map((r) => [r.size, r.run, r.system, r.store, r.query, r.samples, r.p50_ms, r.p95_ms, r.p99_ms, r.roundTrips, r.rssMB, r.sameAnswer ? "yes" : "**no**"]))}

Each server's peak resident memory (VmHWM, MB) over the whole bench of a size, from its start — the embedded store's
warm-up, which builds its in-memory indexes, included: ${results.peakMemory.map((m) => `${m.system}/${m.store} at ${m.size}: ${m.peakMB}`).join("; ") || "not measured"}.

${differing.length ? `**Answers that differ from the one most systems give:** ${[...new Set(differing.map((r) => `${r.system}/${r.store} ${r.query} at ${r.size}`))].join("; ")}.` : "Every system gave the same answer to every query it was asked."}

## GraphQL overhead

\`entity\` over HTTP against the same store calls made directly, embedded store (p50, run 1): ${results.overheadBySize.map((o) => `${o.size}: ${o.httpP50Ms} ms / ${o.directP50Ms} ms = ${o.ratio}`).join("; ")}. Reported ratio (largest size): ${results.graphqlOverheadRatio}.
`;
}

/** bench/results.json, docs/benchmarks.md (with the profiles in bench/profile.json) and docs/benchmarks.svg under `outDir`. */
export function writeResults(results: Results, outDir: string): void {
  writeFileSync(join(outDir, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, "docs", "benchmarks.md"), markdown(results, readProfiles(outDir)));
  writeFileSync(join(outDir, "docs", "benchmarks.svg"), chart(results.runs.filter((r) => r.run === 1)));
}

/** bench/results.json as this version writes it, also when an earlier one wrote it; null when there is none. */
export function readResults(outDir: string): Results | null {
  const path = join(outDir, "bench", "results.json");
  if (!existsSync(path)) return null;
  const old = JSON.parse(readFileSync(path, "utf8")) as Results;
  return {
    ...old,
    // Imports before they named their method knew only COPY and the driver; runs before they were repeated were one
    // run each, with no sample count; before concurrency or peak memory was measured there was none.
    imports: old.imports.map((i) => ({ ...i, method: i.method ?? (i.store === "kuzu" ? "COPY" : "driver") })),
    runs: old.runs.map((r) => ({ ...r, run: r.run ?? 1, samples: r.samples ?? 0 })),
    concurrency: old.concurrency ?? [],
    // Results from before the floor was measured have none.
    floor: old.floor ?? [],
    peakMemory: old.peakMemory ?? [],
    // Results written before provenance was recorded say nothing of their code.
    provenance: old.provenance ?? [],
  };
}

/** docs/benchmarks.md written again from bench/results.json and bench/profile.json, after a profile. */
export function rewriteMarkdown(outDir: string): void {
  const results = readResults(outDir);
  if (results) writeFileSync(join(outDir, "docs", "benchmarks.md"), markdown(results, readProfiles(outDir)));
}
