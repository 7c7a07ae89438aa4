/** `npm run bench` works end to end: once, at 10^3 entities, into a scratch folder (figures are not checked; they are not a test). */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBench } from "../../bench/run.js";

describe("the benchmark", { timeout: 300_000 }, () => {
  it("runs the whole mix at 10^3 and writes results.json and benchmarks.md", async () => {
    const out = mkdtempSync(join(tmpdir(), "kg-bench-"));
    try {
      const results = await runBench([1000], 3, out);
      assert.deepEqual(results.runs.map((r) => r.query), ["entity", "search", "neighbourhood", "path", "transfers", "batch200"]);
      assert.ok(results.runs.every((r) => r.p50_ms > 0 && r.rps > 0 && r.roundTrips > 0 && r.rssMB > 0));
      assert.ok(results.imports[0].entities >= 1000 && results.imports[0].relationships >= 3000);
      assert.ok(typeof results.graphqlOverheadRatio === "number");
      const written = JSON.parse(readFileSync(join(out, "bench", "results.json"), "utf8"));
      assert.deepEqual(Object.keys(written).sort(), ["graphqlOverheadRatio", "imports", "machine", "overheadBySize", "runs"]);
      assert.ok(existsSync(join(out, "docs", "benchmarks.md")));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
