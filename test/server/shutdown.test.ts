/**
 * How long `kg serve` takes to go away: after SIGTERM with an idle keep-alive
 * connection open (a browser or a load balancer leaves one), the process must
 * exit as soon as the store is closed — not after a grace timer.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServeProcess } from "../../bench/serveProcess.js";
import { storesUnderTest } from "../support/stores.js";

/** A POST over a keep-alive agent, so the connection stays open, idle, after the answer. */
function askKeepingAlive(base: string, agent: http.Agent): Promise<number> {
  const body = JSON.stringify({ query: "{ counts { evidence } }" });
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}/graphql`, { method: "POST", agent, headers: { "content-type": "application/json" } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.end(body);
  });
}

for (const sut of storesUnderTest()) {
  describe(`kg serve shutdown on ${sut.name}`, { timeout: 120_000 }, () => {
    it("exits 0 within two seconds of SIGTERM, with an idle keep-alive connection open", async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "kg-shutdown-"));
      const served = await startServeProcess({ KG_DATA_DIR: dataDir, ...(sut.name === "kuzu" ? { NEO4J_URI: "" } : {}) });
      const agent = new http.Agent({ keepAlive: true });
      try {
        assert.equal(await askKeepingAlive(served.base, agent), 200);
        const signalled = performance.now();
        served.child.kill("SIGTERM");
        assert.equal(await served.exited, 0);
        const seconds = (performance.now() - signalled) / 1000;
        const stopped = served.log().split("\n").filter((l) => l.includes('"msg":"stopped"')).map((l) => JSON.parse(l));
        assert.equal(stopped.length, 1, served.log());
        console.log(`# shutdown on ${sut.name}: ${seconds.toFixed(2)} s from SIGTERM to exit, ${stopped[0].shutdownMs} ms of it closing`);
        assert.ok(seconds < 2, `exited ${seconds.toFixed(1)} s after SIGTERM`);
      } finally {
        agent.destroy();
        if (served.child.exitCode === null) served.child.kill("SIGKILL");
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
