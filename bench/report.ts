/** The benchmark's record: bench/results.json for machines, docs/benchmarks.md and docs/benchmarks.svg for people. */
import { cpus, totalmem } from "node:os";
import { writeFileSync } from "node:fs";
import { chart } from "./chart.js";

export interface Run {
  readonly size: number;
  /** ours: our API; neo4j-graphql: the peer; raw: the store without a GraphQL layer. */
  readonly system: "ours" | "neo4j-graphql" | "raw";
  readonly store: "kuzu" | "neo4j";
  readonly query: string;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
  readonly rps: number;
  readonly roundTrips: number;
  readonly rssMB: number;
  /** Whether the answer named the same ids as most systems' answers (bench/run.ts compareAnswers). */
  readonly sameAnswer: boolean;
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
  readonly machine: { cpu: string; cores: number; memoryGB: number; node: string; store: string; date: string };
  readonly graphqlOverheadRatio: number | null;
  /** The ratio per size: p50 of `entity` over HTTP / p50 of the same store calls made directly, on the embedded store. */
  readonly overheadBySize: Array<{ size: number; httpP50Ms: number; directP50Ms: number; ratio: number }>;
  readonly imports: ImportFigure[];
  readonly runs: Run[];
}

export function machine(store: string): Results["machine"] {
  return {
    cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version, store, date: new Date().toISOString().slice(0, 10),
  };
}

function table(headers: string[], rows: Array<Array<string | number>>): string {
  return [`| ${headers.join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** Our API on Neo4j against the peer and raw Cypher, per size and query both answer: the issue's targets. */
function neo4jComparison(runs: readonly Run[]): string {
  const find = (size: number, query: string, system: Run["system"]) => runs.find((r) => r.size === size && r.query === query && r.system === system && r.store === "neo4j");
  const rows = runs.filter((r) => r.system === "ours" && r.store === "neo4j").map((ours) => {
    const peer = find(ours.size, ours.query, "neo4j-graphql");
    const raw = find(ours.size, ours.query, "raw");
    const ratio = (other?: Run) => (other ? (ours.p50_ms / other.p50_ms).toFixed(2) : "–");
    return [ours.size, ours.query, ours.p50_ms, peer?.p50_ms ?? "–", raw?.p50_ms ?? "–", ratio(peer), ratio(raw)];
  });
  if (!rows.length) return "";
  return `## On Neo4j: our API, @neo4j/graphql and raw Cypher

Targets: ours ≤ @neo4j/graphql (ratio ≤ 1) and ≤ 1.5 × raw Cypher, p50, on every query.

${table(["size", "query", "ours p50 ms", "@neo4j/graphql p50 ms", "raw Cypher p50 ms", "ours / @neo4j/graphql", "ours / raw"], rows)}
`;
}

export function markdown(results: Results): string {
  const m = results.machine;
  const differing = results.runs.filter((r) => !r.sameAnswer);
  return `# Benchmarks

Written by \`npm run bench\` (${m.date}). Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}; stores: ${m.store}.

Systems: **ours/kuzu** and **ours/neo4j** are \`kg serve\` in its own process, over HTTP, on the embedded store and on
Neo4j; **neo4j-graphql/neo4j** is @neo4j/graphql 7 with its own Apollo Server over the same Neo4j (bench/peer/);
**raw/neo4j** is one hand-written Cypher statement per request through neo4j-driver (bench/peer/cypher.ts);
**raw/kuzu** is the embedded store's port calls that our resolvers make, called directly. Before timing, every system's answer to every query is compared with the others' (the same
ids in the same order); an answer that differs from the one most systems give is flagged below. Latencies come from sequential
requests, the systems taking turns request by request, after 20 warm-up requests each; throughput with 4 concurrent clients for 1 s;
round trips are store calls per request (\`extensions.roundTrips\`; the peer counts its driver sessions; raw Cypher is
one statement); memory is the RSS of the server process (of the bench process for the raw systems).
Run as \`npm run bench -- --store neo4j --sizes 10000,1000000\` (Neo4j's memory from \`NEO4J_HEAP\` and
\`NEO4J_PAGECACHE\`, e.g. \`4g\` and \`6g\` at 10^6); without \`--store neo4j\` only the embedded systems run.

![p50 per query, system and size](benchmarks.svg)

## Import

Neo4j is loaded twice per size, both times ending with every index and constraint ONLINE: through the driver
(\`kg import\`, batched UNWIND transactions) and, into a fresh store, by neo4j-admin (\`kg neo4j import\`), which the
queries then run on. Kùzu is loaded with COPY (\`kg import\`).

${table(["store", "method", "entities", "relationships", "evidence", "generate (s)", "import (s)", "items/s imported"], results.imports.map((i) => [i.store, i.method, i.entities, i.relationships, i.evidence, i.generateSeconds, i.importSeconds, Math.round((i.entities + i.relationships + i.evidence) / Math.max(i.importSeconds, 0.001))]))}

${neo4jComparison(results.runs)}
## All figures

${table(["size", "system", "store", "query", "p50 ms", "p95 ms", "p99 ms", "req/s", "round trips", "RSS MB", "same answer"], results.runs.map((r) => [r.size, r.system, r.store, r.query, r.p50_ms, r.p95_ms, r.p99_ms, r.rps, r.roundTrips, r.rssMB, r.sameAnswer ? "yes" : "**no**"]))}

${differing.length ? `**Answers that differ from the one most systems give:** ${differing.map((r) => `${r.system}/${r.store} ${r.query} at ${r.size}`).join("; ")}.` : "Every system gave the same answer to every query it was asked."}

## GraphQL overhead

\`entity\` over HTTP against the same store calls made directly, embedded store (p50): ${results.overheadBySize.map((o) => `${o.size}: ${o.httpP50Ms} ms / ${o.directP50Ms} ms = ${o.ratio}`).join("; ")}. Reported ratio (largest size): ${results.graphqlOverheadRatio}.
`;
}

export function writeResults(results: Results, jsonPath: string, markdownPath: string, chartPath: string): void {
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(markdownPath, markdown(results));
  writeFileSync(chartPath, chart(results.runs));
}
