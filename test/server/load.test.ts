/**
 * A short bounded load on loopback against `kg serve` in its own process:
 * concurrent clients, zero 5xx. `npm run load-test` runs the 60-second version.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runLoad, serverErrors } from "../../bench/load.js";
import { servedDuringSuite } from "../support/servedSuite.js";
import { storesUnderTest } from "../support/stores.js";

for (const sut of storesUnderTest()) {
  describe(`load on ${sut.name}`, { timeout: 120_000 }, () => {
    const served = servedDuringSuite(sut, "kg-load-");

    it("8 clients for 5 s: every answer without error, no 5xx", async (t) => {
      const result = await runLoad(`${served().base}/graphql`, 5, 8);
      t.diagnostic(`${result.requests} requests, ${result.rps} rps, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, statuses ${JSON.stringify(result.statuses)}`);
      assert.equal(serverErrors(result), 0);
      assert.deepEqual(result.statuses, { 200: result.requests });
      assert.deepEqual(result.errorCodes, {});
      assert.ok(result.requests > 20, `only ${result.requests} requests`);
    });
  });
}
