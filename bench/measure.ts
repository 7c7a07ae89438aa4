/** Timing helpers: latency percentiles over repeated calls, throughput under concurrency, a process's resident memory. */
import { readFileSync } from "node:fs";

export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)) };
}

/** Runs `call` `warmup` times unmeasured, then `iterations` times one after another. */
export async function timeSequential(call: () => Promise<unknown>, iterations: number, warmup: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Calls completed per second with `clients` calling back to back for `ms`. */
export async function throughput(call: () => Promise<unknown>, clients: number, ms: number): Promise<number> {
  const end = performance.now() + ms;
  let done = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < end) {
      await call();
      done += 1;
    }
  }));
  return round(done / (ms / 1000));
}

/** Resident memory of a process, in MB, from /proc. */
export function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}
