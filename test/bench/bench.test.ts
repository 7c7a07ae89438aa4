/**
 * `npm run bench` works end to end, as a smoke run (one warm-up request, one
 * run, 100 ms per concurrency level, Neo4j loaded once, with neo4j-admin):
 * once, at 10^3 entities, into a scratch folder — on every system when Neo4j
 * is available (our API on both stores, @neo4j/graphql, raw Cypher, the
 * embedded store directly), otherwise on the embedded ones, and either way
 * beside the floor. Figures are not checked (they are not a test); that every
 * system gave the same answer, and that no server failed a request under 64
 * clients, is.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBench } from "../../bench/run.js";
import { neo4jConfigured } from "../support/stores.js";

const QUERIES = ["entity", "search", "neighbourhood", "path", "transfers", "batch200"];

describe("the benchmark", { timeout: 600_000 }, () => {
  it("runs the whole mix at 10^3 on every system, with the same answers, and writes results.json, benchmarks.md and benchmarks.svg", async () => {
    const out = mkdtempSync(join(tmpdir(), "kg-bench-"));
    const store = neo4jConfigured() ? "neo4j" : "kuzu";
    try {
      const results = await runBench({ sizes: [1000], iterations: 3, runs: 1, outDir: out, store, concurrencyMs: 100, smoke: true });
      const systems = [...new Set(results.runs.map((r) => `${r.system}/${r.store}`))].sort();
      assert.deepEqual(systems, store === "neo4j" ? ["neo4j-graphql/neo4j", "ours/kuzu", "ours/neo4j", "raw/kuzu", "raw/neo4j"] : ["ours/kuzu", "raw/kuzu"]);
      for (const system of systems.filter((s) => s !== "raw/kuzu")) {
        assert.deepEqual(results.runs.filter((r) => `${r.system}/${r.store}` === system).map((r) => r.query), QUERIES, system);
      }
      const differing = results.runs.filter((r) => !r.sameAnswer).map((r) => `${r.system}/${r.store} ${r.query}`);
      assert.deepEqual(differing, []);
      assert.ok(results.runs.every((r) => r.run === 1 && r.samples === 3 && r.p50_ms > 0 && r.roundTrips > 0 && r.rssMB > 0));
      const servers = systems.filter((s) => !s.startsWith("raw/"));
      assert.deepEqual(
        results.concurrency.map((f) => `${f.query} ${f.clients} ${f.system}/${f.store}`).sort(),
        ["entity", "neighbourhood"].flatMap((q) => [1, 4, 16, 64].flatMap((c) => servers.map((s) => `${q} ${c} ${s}`))).sort(),
      );
      assert.ok(results.concurrency.every((f) => f.errors === 0 && f.rps > 0 && f.requests > 0), JSON.stringify(results.concurrency));
      // The machine's busy cores are a share of its cores, and the bench's client alone keeps some busy.
      assert.ok(results.concurrency.every((f) => f.busyCores! > 0 && f.busyCores! <= results.machine.cores), JSON.stringify(results.concurrency));
      // The floor is asked beside every query of every run.
      assert.deepEqual(results.floor.map((f) => `${f.run} ${f.query}`), QUERIES.map((q) => `1 ${q}`));
      assert.ok(results.floor.every((f) => f.samples === 3 && f.p50_ms > 0), JSON.stringify(results.floor));
      assert.deepEqual(results.imports.map((i) => `${i.store} ${i.method}`), store === "neo4j" ? ["kuzu COPY", "neo4j neo4j-admin"] : ["kuzu COPY"]);
      assert.ok(results.imports.every((i) => i.entities >= 1000 && i.relationships >= 3000 && i.importSeconds > 0));
      assert.ok(typeof results.graphqlOverheadRatio === "number");
      assert.deepEqual(results.peakMemory.map((m) => `${m.system}/${m.store}`).sort(), servers);
      // The peak is the most the server held, so never below what it held at any query.
      for (const m of results.peakMemory) {
        const readings = results.runs.filter((r) => r.system === m.system && r.store === m.store).map((r) => r.rssMB);
        assert.ok(m.peakMB >= Math.max(...readings), `${m.system}/${m.store}: peak ${m.peakMB} MB, readings ${readings.join(", ")}`);
      }
      const written = JSON.parse(readFileSync(join(out, "bench", "results.json"), "utf8"));
      assert.deepEqual(Object.keys(written).sort(), ["concurrency", "floor", "graphqlOverheadRatio", "imports", "machine", "overheadBySize", "peakMemory", "provenance", "runs"]);
      // Which code measured the figures: this checkout's commit, for each store the run measured.
      assert.deepEqual(results.provenance.map((p) => `${p.size} ${p.store}`), store === "neo4j" ? ["1000 kuzu", "1000 neo4j"] : ["1000 kuzu"]);
      assert.ok(results.provenance.every((p) => /^([0-9a-f]{7,}(\+changes)?|unknown)$/.test(p.commit)), JSON.stringify(results.provenance));
      const markdown = readFileSync(join(out, "docs", "benchmarks.md"), "utf8");
      assert.match(markdown, new RegExp(`Measured on: 1000 embedded${store === "neo4j" ? ", 1000 Neo4j" : ""}: \`${results.provenance[0].commit.replace("+", "\\+")}\``));
      assert.match(markdown, /peak resident memory \(VmHWM, MB\)[^.]*ours\/kuzu at 1000: \d+/);
      assert.match(readFileSync(join(out, "docs", "benchmarks.svg"), "utf8"), /^<svg[^>]*>[\s\S]*<rect[\s\S]*<\/svg>\n$/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
