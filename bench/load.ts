/**
 * A bounded load on loopback: a fixed number of clients send a mix of real
 * queries for a fixed time, and the figures come back — requests, throughput,
 * latency percentiles, and answers by HTTP status and error code.
 */

export interface LoadQuery {
  readonly name: string;
  readonly query: string;
}

export const QUERY_MIX: readonly LoadQuery[] = [
  { name: "search", query: `{ search(text: "nguyen", first: 10) { edges { node { id name } } } }` },
  { name: "entity", query: `{ node(id: "agreement:vnvc-medsintez-tech-transfer") { ... on Agreement { name signatories { edges { node { name } sources { quote } } } witnesses { edges { node { name } } } } } }` },
  { name: "path", query: `{ path(from: "person:konstantin-gorodnitsky", to: "person:nguyen-ngo-quang", maxLength: 6) { found length } }` },
  { name: "neighbourhood", query: `{ neighbourhood(id: "person:dao-hong-lan", depth: 2, limit: 200) { truncated nodes { id } edges { id } } }` },
  { name: "transfers", query: `{ transfers(recipientCountry: "country:viet-nam") { totalCount edges { node { to { name } } } } }` },
];

export interface LoadResult {
  readonly seconds: number;
  readonly clients: number;
  readonly requests: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  /** Answers by HTTP status ("200", "503", "network" when the connection failed). */
  readonly statuses: Record<string, number>;
  /** GraphQL error codes seen in answers. */
  readonly errorCodes: Record<string, number>;
  /** Per whole second since the start: answers without errors, and with errors or failures. */
  readonly timeline: Array<{ second: number; ok: number; failed: number }>;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
const round = (n: number) => Math.round(n * 10) / 10;

export async function runLoad(url: string, seconds: number, clients: number, mix: readonly LoadQuery[] = QUERY_MIX): Promise<LoadResult> {
  const started = performance.now();
  const end = started + seconds * 1000;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const errorCodes: Record<string, number> = {};
  const timeline: LoadResult["timeline"] = [];
  const count = (table: Record<string, number>, key: string) => void (table[key] = (table[key] ?? 0) + 1);
  const client = async (index: number) => {
    for (let i = index; performance.now() < end; i++) {
      const sent = performance.now();
      let ok = false;
      try {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: mix[i % mix.length].query }) });
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        count(statuses, String(response.status));
        for (const e of body.errors ?? []) count(errorCodes, e.extensions?.code ?? "NONE");
        ok = response.status === 200 && !body.errors;
      } catch {
        count(statuses, "network");
      }
      const now = performance.now();
      latencies.push(now - sent);
      const second = Math.floor((now - started) / 1000);
      timeline[second] ??= { second, ok: 0, failed: 0 };
      timeline[second][ok ? "ok" : "failed"] += 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    seconds: round(elapsed), clients, requests: latencies.length, rps: round(latencies.length / elapsed),
    p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), p99Ms: round(percentile(sorted, 99)),
    statuses, errorCodes, timeline: [...timeline].filter(Boolean),
  };
}

export function serverErrors(result: LoadResult): number {
  return Object.entries(result.statuses).filter(([status]) => status.startsWith("5")).reduce((n, [, c]) => n + c, 0);
}
