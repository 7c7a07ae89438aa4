/**
 * /metrics scraped after a few requests to `kg serve`, as Prometheus would:
 * requests by operation and status, their latency, store calls and round
 * trips, errors by code, and the process's own metrics.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServeProcess } from "../../bench/serveProcess.js";
import { servedDuringSuite } from "../support/servedSuite.js";
import { storesUnderTest } from "../support/stores.js";

/** `name{labels} value` lines of the Prometheus text format, as a map. */
function samples(text: string): Map<string, number> {
  const lines = text.split("\n").filter((l) => l && !l.startsWith("#"));
  return new Map(lines.map((l) => {
    const space = l.lastIndexOf(" ");
    return [l.slice(0, space), Number(l.slice(space + 1))];
  }));
}

for (const sut of storesUnderTest()) {
  describe(`/metrics on ${sut.name}`, { timeout: 120_000 }, () => {
    const served = servedDuringSuite(sut, "kg-metrics-");

    const post = (body: string) => fetch(`${served().base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });

    it("counts the requests made, by operation and status, with latency, store calls and error codes", async () => {
      for (let i = 0; i < 3; i++) assert.equal((await post(JSON.stringify({ query: "query Counts { counts { evidence } }", operationName: "Counts" }))).status, 200);
      assert.equal((await post(JSON.stringify({ query: `{ node(id: "person:dao-hong-lan") { id } }` }))).status, 200);
      assert.equal((await post(JSON.stringify({ query: "query Broken { nosuchfield }", operationName: "Broken" }))).status, 400);
      assert.equal((await post("{ not json")).status, 400);

      const response = await fetch(`${served().base}/metrics`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
      const scraped = samples(await response.text());
      assert.equal(scraped.get(`kg_graphql_requests_total{operation="Counts",status="200"}`), 3);
      assert.equal(scraped.get(`kg_graphql_requests_total{operation="anonymous",status="200"}`), 1);
      assert.equal(scraped.get(`kg_graphql_requests_total{operation="Broken",status="400"}`), 1);
      assert.equal(scraped.get(`kg_graphql_request_duration_seconds_count{operation="Counts"}`), 3);
      assert.ok(scraped.get(`kg_graphql_request_duration_seconds_sum{operation="Counts"}`)! > 0);
      assert.equal(scraped.get(`kg_graphql_store_round_trips_count{operation="Counts"}`), 3);
      assert.ok(scraped.get(`kg_graphql_store_round_trips_sum{operation="Counts"}`)! >= 3);
      assert.equal(scraped.get(`kg_store_call_duration_seconds_count{method="counts"}`), 3);
      const storeCalls = [...scraped].filter(([k]) => k.startsWith("kg_store_call_duration_seconds_count{")).reduce((sum, [, v]) => sum + v, 0);
      assert.equal(storeCalls, scraped.get(`kg_graphql_store_round_trips_sum{operation="Counts"}`)! + scraped.get(`kg_graphql_store_round_trips_sum{operation="anonymous"}`)!);
      assert.equal(scraped.get(`kg_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}`), 1);
      assert.equal(scraped.get(`kg_graphql_errors_total{code="BAD_REQUEST"}`), 1);
      assert.ok(scraped.get("process_cpu_user_seconds_total")! > 0);
      assert.ok(scraped.get("nodejs_heap_size_used_bytes")! > 0);
    });
  });
}

describe("/metrics switched off", { timeout: 120_000 }, () => {
  it("answers 404 with KG_METRICS=false", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kg-metrics-off-"));
    const served = await startServeProcess({ KG_DATA_DIR: dataDir, KG_METRICS: "false", NEO4J_URI: "" });
    try {
      assert.equal((await fetch(`${served.base}/metrics`)).status, 404);
    } finally {
      served.child.kill("SIGTERM");
      await served.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
