/**
 * The parts of docs/benchmarks.md that weigh our API on Neo4j against the
 * peer and raw Cypher: the latency ratios of each run and their spread, the
 * throughput under concurrent clients, and each target of issues 21 (on Neo4j)
 * and 16 (the embedded store) stated as met or missed with its figure.
 */
import type { ConcurrencyFigure, FloorFigure, Results, Run } from "./report.js";
import { table } from "./report.js";

/** Targets: ours ≤ 0.8 × the peer's p50 and ≤ 1.3 × raw Cypher's on every query; ≥ 1.25 × the peer's req/s at 16 clients; runs within 5 %. */
export const TARGETS = { peerRatio: 0.8, rawRatio: 1.3, clients: 16, rpsRatio: 1.25, spread: 0.05 } as const;

/** Issue 16's targets for the embedded store, at 10^6 entities: p50 over HTTP per query, throughput, import, memory. */
export const EMBEDDED_TARGETS = {
  size: 1_000_000,
  p50Ms: { neighbourhood: 50, transfers: 100, entity: 6, search: 10, path: 60 } as Record<string, number>,
  query: "entity", clients: 16, rpsRatio: 3, importSeconds: 60, peakMB: 2048,
} as const;

const fixed = (n: number) => n.toFixed(2);
/** p50s in the order of their runs (1, 2, …). */
const p50sByRun = (figures: ReadonlyArray<{ run: number; p50_ms: number }>) => [...figures].sort((a, b) => a.run - b.run).map((f) => f.p50_ms);
const percent = (n: number) => `${(n * 100).toFixed(1)} %`;

interface Comparison {
  readonly size: number;
  readonly query: string;
  /** Per run: ours, the peer's and raw Cypher's p50 on Neo4j, and the floor's beside the query. */
  readonly ours: number[];
  readonly peer: number[];
  readonly raw: number[];
  readonly floor: number[];
}

function comparisons(runs: readonly Run[], floor: readonly FloorFigure[] = []): Comparison[] {
  const ours = runs.filter((r) => r.system === "ours" && r.store === "neo4j");
  const keys = [...new Map(ours.map((r) => [`${r.size} ${r.query}`, { size: r.size, query: r.query }])).values()];
  const p50s = (size: number, query: string, system: Run["system"]) =>
    p50sByRun(runs.filter((r) => r.size === size && r.query === query && r.system === system && r.store === "neo4j"));
  const floors = (size: number, query: string) => p50sByRun(floor.filter((f) => f.size === size && f.query === query));
  return keys.map(({ size, query }) => ({ size, query, ours: p50s(size, query, "ours"), peer: p50s(size, query, "neo4j-graphql"), raw: p50s(size, query, "raw"), floor: floors(size, query) }));
}

const ratios = (a: number[], b: number[]) => a.map((x, i) => x / b[i]).filter(Number.isFinite);
/** How far two runs' ratios lie apart, relative to their mean. */
const spread = (values: number[]) => (values.length < 2 ? null : (Math.max(...values) - Math.min(...values)) / (values.reduce((s, v) => s + v, 0) / values.length));

export function comparisonSection(runs: readonly Run[]): string {
  const rows = comparisons(runs).map((c) => {
    const peer = ratios(c.ours, c.peer);
    const raw = ratios(c.ours, c.raw);
    const s = spread(peer);
    return [c.size, c.query, c.ours.join(" / "), c.peer.join(" / ") || "–", c.raw.join(" / ") || "–", peer.map(fixed).join(" / ") || "–", s === null ? "–" : percent(s), raw.map(fixed).join(" / ") || "–"];
  });
  if (!rows.length) return "";
  return `## On Neo4j: our API, @neo4j/graphql and raw Cypher

p50 in ms, run 1 / run 2; the spread is how far the two runs' ours ÷ @neo4j/graphql ratios lie apart, relative to their mean.

${table(["size", "query", "ours", "@neo4j/graphql", "raw Cypher", "ours ÷ @neo4j/graphql", "spread", "ours ÷ raw"], rows)}
`;
}

export function concurrencySection(figures: readonly ConcurrencyFigure[]): string {
  if (!figures.length) return "";
  const systems = [...new Set(figures.map((f) => `${f.system}/${f.store}`))];
  const keys = [...new Map(figures.map((f) => [`${f.size} ${f.query} ${f.clients}`, f])).values()];
  const rows = keys.map((k) => {
    const of = (system: string) => figures.find((f) => f.size === k.size && f.query === k.query && f.clients === k.clients && `${f.system}/${f.store}` === system);
    const ours = of("ours/neo4j");
    const peer = of("neo4j-graphql/neo4j");
    return [
      k.size, k.query, k.clients,
      ...systems.map((s) => {
        const f = of(s);
        return f ? `${f.rps} (${f.p50_ms} / ${f.p99_ms})${f.busyCores === undefined ? "" : `, ${f.busyCores} cores`}${f.errors ? `, **${f.errors} errors**` : ""}` : "–";
      }),
      ours && peer ? fixed(ours.rps / peer.rps) : "–",
    ];
  });
  return `## Under concurrent clients

Requests per second (p50 / p99 ms) with that many clients sending the query back to back for 3 s, one server at a time,
and how many of the machine's cores were busy meanwhile, on average, every process counted (the server, its store and
the bench's clients). req/s × the machine's cores ÷ the cores busy is the most the machine could serve at the CPU a
request cost at that level; fewer cores busy than the machine has means something else held the requests back.

${table(["size", "query", "clients", ...systems, "ours/neo4j ÷ @neo4j/graphql req/s"], rows)}
`;
}

const verdict = (met: boolean) => (met ? "**met**" : "**missed**");

/** The queries where even `bound` (ratios per run) is above the target: out of reach there for a server sending the same statement. */
function beyondReach(list: readonly Comparison[], bound: (c: Comparison) => number[], target: number, what: string): string {
  const out = list.map((c) => ({ query: c.query, values: bound(c) })).filter((b) => b.values.length && Math.max(...b.values) > target);
  return out.length ? `; ${what} above ${target} × already on ${out.map((b) => `${b.query} (${b.values.map(fixed).join(" / ")})`).join(", ")}` : "";
}

export function targetsSection(results: Results): string {
  const lines: string[] = [];
  const bySize = new Map<number, Comparison[]>();
  for (const c of comparisons(results.runs, results.floor)) bySize.set(c.size, [...(bySize.get(c.size) ?? []), c]);
  for (const [size, list] of bySize) {
    const worst = (pick: (c: Comparison) => number[]) => list.map((c) => ({ query: c.query, value: Math.max(...pick(c)) })).filter((w) => Number.isFinite(w.value)).sort((a, b) => b.value - a.value)[0];
    const peer = worst((c) => ratios(c.ours, c.peer));
    const raw = worst((c) => ratios(c.ours, c.raw));
    const spreads = list.map((c) => ({ query: c.query, value: spread(ratios(c.ours, c.peer)) })).filter((s): s is { query: string; value: number } => s.value !== null).sort((a, b) => b.value - a.value);
    if (peer) lines.push(`- ${size}: ours ≤ ${TARGETS.peerRatio} × @neo4j/graphql p50 on every query, in every run: ${verdict(peer.value <= TARGETS.peerRatio)} (worst ${fixed(peer.value)}, ${peer.query})${beyondReach(list, (c) => ratios(c.raw, c.peer), TARGETS.peerRatio, "raw Cypher alone, with no GraphQL layer, is")}`);
    if (raw) lines.push(`- ${size}: ours ≤ ${TARGETS.rawRatio} × raw Cypher p50 on every query, in every run: ${verdict(raw.value <= TARGETS.rawRatio)} (worst ${fixed(raw.value)}, ${raw.query})${beyondReach(list, (c) => ratios(c.raw.map((r, i) => r + c.floor[i]), c.raw), TARGETS.rawRatio, "raw Cypher plus the floor (bench/floor.ts: the least a GraphQL answer over HTTP costs on this stack) is")}`);
    if (spreads.length) lines.push(`- ${size}: the ours ÷ @neo4j/graphql ratio within ${percent(TARGETS.spread)} between two runs on every query: ${verdict(spreads[0].value < TARGETS.spread)} (widest ${percent(spreads[0].value)}, ${spreads[0].query})`);
    for (const query of ["entity", "neighbourhood"]) {
      const at = (system: string) => results.concurrency.find((f) => f.size === size && f.query === query && f.clients === TARGETS.clients && `${f.system}/${f.store}` === system);
      const ours = at("ours/neo4j");
      const other = at("neo4j-graphql/neo4j");
      if (!ours || !other) continue;
      const ratio = ours.rps / other.rps;
      lines.push(`- ${size}: ${query} at ${TARGETS.clients} clients, ours ≥ ${TARGETS.rpsRatio} × @neo4j/graphql req/s with no errors: ${verdict(ratio >= TARGETS.rpsRatio && ours.errors === 0)} (${ours.rps} vs ${other.rps} req/s = ${fixed(ratio)}, ${ours.errors} errors)`);
    }
  }
  if (!lines.length) return "";
  return `## Targets (issue 21, on Neo4j)

${lines.join("\n")}
`;
}

/** Issue 16's targets on the embedded store at 10^6 entities, each met or missed with its figure. */
export function embeddedTargetsSection(results: Results): string {
  const { size } = EMBEDDED_TARGETS;
  const lines: string[] = [];
  for (const [query, limit] of Object.entries(EMBEDDED_TARGETS.p50Ms)) {
    const p50s = p50sByRun(results.runs.filter((r) => r.size === size && r.query === query && r.system === "ours" && r.store === "kuzu"));
    if (p50s.length) lines.push(`- ${query} ≤ ${limit} ms p50 over HTTP, in every run: ${verdict(Math.max(...p50s) <= limit)} (${p50s.join(" / ")} ms)`);
  }
  const at = (clients: number) => results.concurrency.find((f) => f.size === size && f.query === EMBEDDED_TARGETS.query && f.clients === clients && f.system === "ours" && f.store === "kuzu");
  const [one, many] = [at(1), at(EMBEDDED_TARGETS.clients)];
  if (one && many) {
    const ratio = many.rps / one.rps;
    const most = many.busyCores ? (many.rps * results.machine.cores) / many.busyCores : null;
    const ceiling = most ? ` At the CPU a request cost under ${EMBEDDED_TARGETS.clients} clients (${many.busyCores} cores busy at ${many.rps} req/s), ${results.machine.cores} cores serve at most ${Math.round(most)} req/s, ${fixed(most / one.rps)} × the rate at 1 client` : "";
    lines.push(`- ${EMBEDDED_TARGETS.query} at ${EMBEDDED_TARGETS.clients} clients ≥ ${EMBEDDED_TARGETS.rpsRatio} × its req/s at 1 client: ${verdict(ratio >= EMBEDDED_TARGETS.rpsRatio)} (${many.rps} ÷ ${one.rps} req/s = ${fixed(ratio)} ×).${ceiling}`);
  }
  const imported = results.imports.find((i) => i.size === size && i.store === "kuzu");
  if (imported) lines.push(`- import of ${size} entities ≤ ${EMBEDDED_TARGETS.importSeconds} s: ${verdict(imported.importSeconds <= EMBEDDED_TARGETS.importSeconds)} (${imported.importSeconds} s)`);
  const memory = results.peakMemory.find((m) => m.size === size && m.system === "ours" && m.store === "kuzu");
  if (memory) lines.push(`- server RSS ≤ ${EMBEDDED_TARGETS.peakMB / 1024} GB: ${verdict(memory.peakMB <= EMBEDDED_TARGETS.peakMB)} (${memory.peakMB} MB at its peak)`);
  if (!lines.length) return "";
  return `## Targets (issue 16, the embedded store)

${lines.join("\n")}
`;
}
