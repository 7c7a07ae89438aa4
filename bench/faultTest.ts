/**
 * `npm run fault-test`: a real outage. A Neo4j of its own (under a scratch
 * KG_NEO4J_HOME) serves `kg serve` under load; mid-load the Neo4j is stopped,
 * then started again. Prints what clients saw second by second and how long
 * recovery took; exits 1 on any 5xx or if answers never come back.
 *   FAULT_SECONDS (default 40), LOAD_CLIENTS (default 8)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../src/localNeo4j/index.js";
import { runLoad, serverErrors } from "./load.js";
import { startServeProcess } from "./serveProcess.js";

const seconds = Number(process.env.FAULT_SECONDS ?? 40);
const clients = Number(process.env.LOAD_CLIENTS ?? 8);
const home = mkdtempSync(join(tmpdir(), "kg-fault-neo4j-"));
process.env.KG_NEO4J_HOME = home;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const neo4j = await ensureLocalNeo4j();
const served = await startServeProcess({
  NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database,
  KG_LOG_LEVEL: "error", KG_STORE_TIMEOUT_MS: "2000",
});
const started = performance.now();
const at = () => Math.round((performance.now() - started) / 100) / 10;
try {
  const load = runLoad(`${served.base}/graphql`, seconds, clients);
  await sleep(5000);
  process.stderr.write(`fault: stopping Neo4j at ${at()} s\n`);
  await stopLocalNeo4j();
  const stoppedAt = at();
  await sleep(8000);
  process.stderr.write(`fault: starting Neo4j at ${at()} s\n`);
  await ensureLocalNeo4j();
  const backAt = at();
  const result = await load;
  const firstOkAfter = result.timeline.find((s) => s.second >= backAt && s.ok > 0)?.second ?? null;
  const { timeline, ...figures } = result;
  process.stdout.write(`${JSON.stringify({ ...figures, neo4jStoppedAtS: stoppedAt, neo4jBackAtS: backAt, answersAgainAtS: firstOkAfter }, null, 2)}\n`);
  process.stdout.write(`second  ok  failed\n${timeline.map((s) => `${String(s.second).padStart(6)} ${String(s.ok).padStart(4)} ${String(s.failed).padStart(7)}`).join("\n")}\n`);
  process.exitCode = serverErrors(result) === 0 && firstOkAfter !== null ? 0 : 1;
} finally {
  served.child.kill("SIGTERM");
  await served.exited;
  await stopLocalNeo4j();
  rmSync(home, { recursive: true, force: true });
}
