/** Timing helpers: latency percentiles over repeated calls, a process's resident memory, how busy the machine's cores are. */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";

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

/** Resident memory of a process now, in MB (of 2^20 bytes), from /proc. */
export function rssMB(pid: number): number {
  return statusMB(pid, "VmRSS");
}

/** The most resident memory a process has held since it started, in MB, from /proc: its warm-up included. */
export function peakRssMB(pid: number): number {
  return statusMB(pid, "VmHWM");
}

function statusMB(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** The machine's CPU time since boot, every core summed, in ticks of /proc/stat: all of it, and the part not idle. */
export function cpuTicks(): { total: number; busy: number } {
  const ticks = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((sum, t) => sum + t, 0);
  // idle and iowait are the two fields in which a core did nothing.
  return { total, busy: total - ticks[3] - (ticks[4] ?? 0) };
}

/** How many of the machine's cores were busy, on average, since `before`: every process counted, the bench's own included. */
export function busyCoresSince(before: { total: number; busy: number }): number {
  const now = cpuTicks();
  const share = (now.busy - before.busy) / Math.max(now.total - before.total, 1);
  return Math.round(share * cpus().length * 100) / 100;
}
