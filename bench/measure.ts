/** Timing helpers: latency percentiles over repeated calls, a process's resident memory. */
import { readFileSync } from "node:fs";

export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Nearest-rank percentiles: p99 of 400 samples is the 396th smallest, a percentile and not the maximum. */
export function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)) };
}

/** Resident memory of a process, in MB, from /proc. */
export function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}
