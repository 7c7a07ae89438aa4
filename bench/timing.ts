/**
 * How the bench times the systems: latency with the systems taking turns
 * request by request, so machine noise hits all alike; and, per number of
 * concurrent clients, requests per second and latency under load.
 */
import { MIX, type MixName, type MixTargets } from "./mix.js";
import { busyCoresSince, cpuTicks, percentiles, rssMB } from "./measure.js";
import type { ConcurrencyFigure, FloorFigure, Run } from "./report.js";
import type { Reply, System } from "./systems.js";

export const label = (s: System) => `${s.system}/${s.store}`;

/** Latency samples per system for one query, the systems taking turns call by call after `warmup` unmeasured turns. */
async function interleaved(calls: ReadonlyArray<() => Promise<Reply>>, iterations: number, warmup: number): Promise<{ samples: number[][]; roundTrips: number[] }> {
  const samples = calls.map(() => [] as number[]);
  const roundTrips = calls.map(() => 0);
  for (let i = 0; i < warmup + iterations; i++) {
    for (const [k, call] of calls.entries()) {
      const started = performance.now();
      const reply = await call();
      if (i >= warmup) samples[k].push(reply.ms ?? performance.now() - started);
      roundTrips[k] = reply.roundTrips;
    }
  }
  return { samples, roundTrips };
}

export interface LatencyOptions {
  readonly size: number;
  /** Which run of the comparison this is (1, 2, …). */
  readonly run: number;
  readonly iterations: number;
  readonly warmup: number;
  /** Per "system/store query": whether its answer matched the others'. */
  readonly same: ReadonlyMap<string, boolean>;
  /** The floor's question (bench/floor.ts), asked in turn with each query's. */
  readonly floor: () => Promise<Reply>;
}

/** One run of the whole mix on every system, and the floor beside each query. */
export async function latencyRun(systems: readonly System[], chosen: MixTargets, options: LatencyOptions): Promise<{ runs: Run[]; floor: FloorFigure[] }> {
  const runs: Run[] = [];
  const floor: FloorFigure[] = [];
  for (const { name } of MIX) {
    const asking = systems.flatMap((system) => {
      const call = system.ask(name, chosen);
      return call ? [{ system, call }] : [];
    });
    const { samples, roundTrips } = await interleaved([...asking.map((a) => a.call), options.floor], options.iterations, options.warmup);
    const floorLatency = percentiles(samples[asking.length]);
    floor.push({ size: options.size, run: options.run, query: name, samples: samples[asking.length].length, p50_ms: floorLatency.p50 });
    for (const [k, { system }] of asking.entries()) {
      const latency = percentiles(samples[k]);
      runs.push({
        size: options.size, run: options.run, system: system.system, store: system.store, query: name, samples: samples[k].length,
        p50_ms: latency.p50, p95_ms: latency.p95, p99_ms: latency.p99,
        roundTrips: roundTrips[k], rssMB: rssMB(system.pid), sameAnswer: options.same.get(`${label(system)} ${name}`)!,
      });
      process.stderr.write(`bench ${options.size} run ${options.run} ${label(system)} ${name}: p50 ${latency.p50} ms, p99 ${latency.p99} ms, ${roundTrips[k]} round trips\n`);
    }
    process.stderr.write(`bench ${options.size} run ${options.run} floor beside ${name}: p50 ${floorLatency.p50} ms\n`);
  }
  return { runs, floor };
}

/** `clients` calling back to back for `ms`: requests per second, latency percentiles and failures. */
async function underLoad(call: () => Promise<Reply>, clients: number, ms: number): Promise<{ rps: number; p50: number; p99: number; errors: number; requests: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + ms;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      try {
        await call();
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - sent);
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  const { p50, p99 } = percentiles(latencies);
  return { rps: Math.round(latencies.length / elapsed), p50, p99, errors, requests: latencies.length };
}

export interface ConcurrencyOptions {
  readonly size: number;
  readonly queries: readonly MixName[];
  readonly levels: readonly number[];
  /** How long each system is loaded at each level. */
  readonly ms: number;
  /** Requests sent at each level before the measured time, so the level's connections are open and warm. */
  readonly warmup: number;
}

/** Each system, query and number of clients in turn: throughput and latency under that load. */
export async function concurrency(systems: readonly System[], chosen: MixTargets, options: ConcurrencyOptions): Promise<ConcurrencyFigure[]> {
  const figures: ConcurrencyFigure[] = [];
  for (const query of options.queries) {
    for (const clients of options.levels) {
      for (const system of systems) {
        const call = system.ask(query, chosen);
        if (!call) continue;
        await Promise.all(Array.from({ length: clients }, async () => {
          for (let i = 0; i < Math.ceil(options.warmup / clients); i++) await call();
        }));
        const before = cpuTicks();
        const load = await underLoad(call, clients, options.ms);
        const busyCores = busyCoresSince(before);
        figures.push({ size: options.size, system: system.system, store: system.store, query, clients, rps: load.rps, p50_ms: load.p50, p99_ms: load.p99, errors: load.errors, requests: load.requests, busyCores });
        process.stderr.write(`bench ${options.size} ${label(system)} ${query} × ${clients} clients: ${load.rps} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.errors} errors, ${busyCores} cores busy\n`);
      }
    }
  }
  return figures;
}
