/**
 * The targets docs/benchmarks.md states, read from figures made up for the
 * purpose: each verdict, and the bounds that say when a target is out of reach.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { ConcurrencyFigure, Results, Run } from "../../bench/report.js";
import { embeddedTargetsSection, targetsSection } from "../../bench/verdicts.js";

const SIZE = 1_000_000;

const run = (system: Run["system"], store: Run["store"], query: string, runNumber: number, p50: number): Run => ({
  size: SIZE, run: runNumber, system, store, query, samples: 400, p50_ms: p50, p95_ms: p50, p99_ms: p50, roundTrips: 1, rssMB: 100, sameAnswer: true,
});

const loaded = (store: Run["store"], system: Run["system"], clients: number, rps: number, busyCores?: number): ConcurrencyFigure => ({
  size: SIZE, system, store, query: "entity", clients, rps, p50_ms: 1, p99_ms: 2, errors: 0, requests: rps * 3, busyCores,
});

function results(parts: Partial<Results>): Results {
  return {
    machine: { cpu: "test", cores: 2, memoryGB: 24, node: "v20", store: "kuzu", date: "2026-11-30" }, graphqlOverheadRatio: null, overheadBySize: [],
    imports: [], runs: [], floor: [], concurrency: [], peakMemory: [], provenance: [], ...parts,
  };
}

describe("the bench's verdicts", () => {
  it("on Neo4j, names the queries where raw Cypher, or raw Cypher plus the floor, already misses the target", () => {
    const text = targetsSection(results({
      runs: [
        run("ours", "neo4j", "entity", 1, 4), run("neo4j-graphql", "neo4j", "entity", 1, 5), run("raw", "neo4j", "entity", 1, 1.5),
        run("ours", "neo4j", "transfers", 1, 30), run("neo4j-graphql", "neo4j", "transfers", 1, 31), run("raw", "neo4j", "transfers", 1, 27),
      ],
      floor: [{ size: SIZE, run: 1, query: "entity", samples: 400, p50_ms: 0.5 }, { size: SIZE, run: 1, query: "transfers", samples: 400, p50_ms: 0.5 }],
    }));
    assert.match(text, /ours ≤ 0\.8 × @neo4j\/graphql p50 on every query, in every run: \*\*missed\*\* \(worst 0\.97, transfers\); raw Cypher alone, with no GraphQL layer, is above 0\.8 × already on transfers \(0\.87\)\n/);
    // entity: (1.5 + 0.5) ÷ 1.5 = 1.33; transfers: 27.5 ÷ 27 = 1.02, within reach.
    assert.match(text, /ours ≤ 1\.3 × raw Cypher p50 on every query, in every run: \*\*missed\*\* \(worst 2\.67, entity\); raw Cypher plus the floor [^;]* is above 1\.3 × already on entity \(1\.33\)\n/);
  });

  it("on Neo4j, says nothing of reach when every bound is within the target", () => {
    const text = targetsSection(results({
      runs: [run("ours", "neo4j", "search", 1, 7), run("neo4j-graphql", "neo4j", "search", 1, 10), run("raw", "neo4j", "search", 1, 6)],
      floor: [{ size: SIZE, run: 1, query: "search", samples: 400, p50_ms: 0.5 }],
    }));
    assert.match(text, /@neo4j\/graphql p50 on every query, in every run: \*\*met\*\* \(worst 0\.70, search\)\n/);
    assert.match(text, /raw Cypher p50 on every query, in every run: \*\*met\*\* \(worst 1\.17, search\)\n/);
  });

  it("on the embedded store, states each target at 10^6 and the ceiling the machine's cores put on throughput", () => {
    const text = embeddedTargetsSection(results({
      runs: [run("ours", "kuzu", "entity", 1, 5.9), run("ours", "kuzu", "entity", 2, 6.1), run("ours", "kuzu", "path", 1, 2), run("ours", "kuzu", "path", 2, 1.8)],
      concurrency: [loaded("kuzu", "ours", 1, 264, 1.22), loaded("kuzu", "ours", 16, 409, 1.64), loaded("neo4j", "ours", 16, 2000, 2)],
      imports: [{ size: SIZE, store: "kuzu", method: "COPY", entities: SIZE, relationships: 1, evidence: 1, generateSeconds: 100, importSeconds: 61.2 }],
      peakMemory: [{ size: SIZE, system: "ours", store: "kuzu", peakMB: 1761 }],
    }));
    assert.deepEqual(text.split("\n").filter((line) => line.startsWith("- ")), [
      "- entity ≤ 6 ms p50 over HTTP, in every run: **missed** (5.9 / 6.1 ms)",
      "- path ≤ 60 ms p50 over HTTP, in every run: **met** (2 / 1.8 ms)",
      "- entity at 16 clients ≥ 3 × its req/s at 1 client: **missed** (409 ÷ 264 req/s = 1.55 ×). At the CPU a request cost under 16 clients (1.64 cores busy at 409 req/s), 2 cores serve at most 499 req/s, 1.89 × the rate at 1 client",
      "- import of 1000000 entities ≤ 60 s: **missed** (61.2 s)",
      "- server RSS ≤ 2 GB: **met** (1761 MB at its peak)",
    ]);
  });

  it("on the embedded store, says nothing without figures at 10^6", () => {
    assert.equal(embeddedTargetsSection(results({ runs: [{ ...run("ours", "kuzu", "entity", 1, 99), size: 10_000 }] })), "");
  });
});
