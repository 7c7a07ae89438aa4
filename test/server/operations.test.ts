/**
 * The server as an operator runs it: `kg serve` in its own process, with
 * health and readiness checks, JSON logs that never hold a secret, and a
 * SIGTERM that lets the request in flight finish and exits cleanly.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServeProcess, type ServeProcess } from "../../bench/serveProcess.js";
import { storesUnderTest } from "../support/stores.js";

const SECRET = "s3cret-curator-key-0123456789";

function serve(store: "kuzu" | "neo4j", dataDir: string): Promise<ServeProcess> {
  return startServeProcess({
    KG_DATA_DIR: dataDir, KG_API_KEYS: `alice:${SECRET}`, NODE_ENV: "production", KG_LOG_LEVEL: "info",
    ...(store === "kuzu" ? { NEO4J_URI: "" } : {}),
  });
}

for (const sut of storesUnderTest()) {
  describe(`kg serve as a process on ${sut.name}`, { timeout: 120_000 }, () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kg-ops-"));
    let served: ServeProcess;
    before(async () => {
      served = await serve(sut.name, dataDir);
    });
    after(() => {
      if (served.child.exitCode === null) served.child.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    });

    it("answers /healthz and /readyz", async () => {
      const health = await fetch(`${served.base}/healthz`);
      assert.deepEqual([health.status, await health.json()], [200, { status: "ok" }]);
      const ready = await fetch(`${served.base}/readyz`);
      const body = (await ready.json()) as { status: string; store: string };
      assert.deepEqual([ready.status, body.status, body.store], [200, "ready", sut.name]);
    });

    it("echoes a request id and logs the request as JSON without the key", async () => {
      const response = await fetch(`${served.base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${SECRET}`, "x-request-id": "test-req-1" },
        body: JSON.stringify({ query: "query Counts { counts { evidence } }", operationName: "Counts" }),
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("x-request-id"), "test-req-1");
      await response.json();
      const logged = () => served.log().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l)).find((l) => l.requestId === "test-req-1");
      // The line is written once the answer has gone out, so it may trail the answer by a moment.
      for (let i = 0; i < 50 && !logged(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const line = logged();
      assert.ok(line, served.log());
      assert.deepEqual([line.operationName, line.actor, line.status], ["Counts", "alice", 200]);
      assert.ok(typeof line.durationMs === "number" && line.roundTrips >= 1);
      assert.ok(!served.log().includes(SECRET), "a log line holds the API key");
    });

    it("refuses an unknown key with 401", async () => {
      const response = await fetch(`${served.base}/graphql`, {
        method: "POST", headers: { "content-type": "application/json", authorization: "Bearer wrong-key-0123456789" },
        body: JSON.stringify({ query: "{ counts { evidence } }" }),
      });
      assert.equal(response.status, 401);
      assert.equal(((await response.json()) as any).errors[0].extensions.code, "UNAUTHENTICATED");
    });

    it("on SIGTERM finishes the request in flight, closes the store and exits 0", async () => {
      const body = JSON.stringify({ query: `{ neighbourhood(id: "person:dao-hong-lan", depth: 3, limit: 1000) { nodes { id } } }` });
      // Half the body goes before the signal and half after: the request is surely in flight when SIGTERM lands.
      const request = http.request(`${served.base}/graphql`, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } });
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        request.on("response", (response) => {
          let text = "";
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        });
        request.on("error", reject);
      });
      request.write(body.slice(0, 20));
      await new Promise((resolve) => setTimeout(resolve, 200));
      served.child.kill("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 200));
      request.end(body.slice(20));
      const response = await answered;
      assert.equal(response.status, 200, response.text);
      assert.ok(JSON.parse(response.text).data.neighbourhood.nodes.length > 10);
      assert.equal(await served.exited, 0);
      assert.match(served.log(), /"msg":"stopped"/);
    });
  });
}
