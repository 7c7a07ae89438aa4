/** The benchmark's record: bench/results.json for machines, docs/benchmarks.md for people. */
import { cpus, totalmem } from "node:os";
import { writeFileSync } from "node:fs";

export interface Run {
  readonly size: number;
  readonly query: string;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
  readonly rps: number;
  readonly roundTrips: number;
  readonly rssMB: number;
}

export interface ImportFigure {
  readonly size: number;
  readonly entities: number;
  readonly relationships: number;
  readonly evidence: number;
  readonly generateSeconds: number;
  readonly importSeconds: number;
}

export interface Results {
  readonly machine: { cpu: string; cores: number; memoryGB: number; node: string; store: string; date: string };
  readonly graphqlOverheadRatio: number | null;
  /** The ratio per size: p50 of `entity` over HTTP / p50 of the same store calls made directly. */
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

export function markdown(results: Results): string {
  const m = results.machine;
  return `# Benchmarks

Written by \`npm run bench\` (${m.date}). Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}; store: ${m.store}.
Each query is sent over HTTP to \`kg serve\` in its own process: latencies from sequential requests after a warm-up,
throughput with 4 concurrent clients, round trips from the response's \`extensions.roundTrips\`, memory as the server's RSS.

## Import

${table(["entities", "relationships", "evidence", "generate (s)", "import (s)", "entities/s imported"], results.imports.map((i) => [i.entities, i.relationships, i.evidence, i.generateSeconds, i.importSeconds, Math.round(i.entities / Math.max(i.importSeconds, 0.001))]))}

## Queries

${table(["size", "query", "p50 ms", "p95 ms", "p99 ms", "req/s", "round trips", "RSS MB"], results.runs.map((r) => [r.size, r.query, r.p50_ms, r.p95_ms, r.p99_ms, r.rps, r.roundTrips, r.rssMB]))}

## GraphQL overhead

\`entity\` over HTTP against the same store calls made directly (p50): ${results.overheadBySize.map((o) => `${o.size}: ${o.httpP50Ms} ms / ${o.directP50Ms} ms = ${o.ratio}`).join("; ")}. Reported ratio (largest size): ${results.graphqlOverheadRatio}.
`;
}

export function writeResults(results: Results, jsonPath: string, markdownPath: string): void {
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(markdownPath, markdown(results));
}
