/**
 * KG_WORKERS: `kg serve` as several processes behind one port. On Neo4j two
 * workers answer requests (their pids in the request log lines differ from
 * each other and from the primary's) and SIGTERM stops them all cleanly; on
 * the embedded store, which one process holds, more than one worker is refused.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServeProcess } from "../../bench/serveProcess.js";
import { isProcessAlive } from "../../src/processAlive.js";
import { neo4jConfigured } from "../support/stores.js";

/** A POST on a connection of its own, so the primary hands each to the next worker. */
function askOnNewConnection(base: string): Promise<number> {
  const body = JSON.stringify({ query: "{ counts { evidence } }" });
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}/graphql`, { method: "POST", agent: false, headers: { "content-type": "application/json" } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const lines = (log: string) => log.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>);

describe("KG_WORKERS", { timeout: 180_000 }, () => {
  it("on Neo4j: two worker processes answer behind one port, and SIGTERM stops them all", { skip: !neo4jConfigured() && "needs Neo4j" }, async () => {
    const served = await startServeProcess({ KG_WORKERS: "2", KG_LOG_LEVEL: "info" }, 120_000);
    try {
      const statuses = await Promise.all(Array.from({ length: 12 }, () => askOnNewConnection(served.base)));
      assert.deepEqual(new Set(statuses), new Set([200]));
      const answeredBy = new Set(lines(served.log()).filter((l) => l.msg === "request").map((l) => l.worker));
      assert.equal(answeredBy.size, 2, served.log());
      assert.ok(![...answeredBy].includes(served.child.pid), "the primary serves no request itself");
      served.child.kill("SIGTERM");
      assert.equal(await served.exited, 0, served.log());
      const stopped = lines(served.log()).filter((l) => l.msg === "stopped");
      assert.deepEqual(new Set(stopped.map((l) => l.worker)), new Set([...answeredBy, undefined]), served.log());
      for (const pid of answeredBy) assert.equal(isProcessAlive(pid as number), false, `worker ${pid} outlived the primary`);
    } finally {
      if (served.child.exitCode === null) served.child.kill("SIGKILL");
    }
  });

  it("on the embedded store: more than one worker is refused in one line", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kg-workers-"));
    try {
      await assert.rejects(startServeProcess({ KG_WORKERS: "2", NEO4J_URI: "", KG_DATA_DIR: dataDir }, 60_000), /KG_WORKERS above 1 needs Neo4j/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
