import { test } from "node:test";
import assert from "node:assert/strict";
import { runToEnd, type Finished } from "./support/processes.js";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { auth, driver, type Driver } from "neo4j-driver";
import { ensureLocalNeo4j, stopLocalNeo4j, type Neo4jConnection } from "../src/localNeo4j/index.js";
import { missingPrerequisite } from "../src/localNeo4j/launcher.js";


const KG = fileURLToPath(new URL("../../bin/kg.js", import.meta.url));

/** Runs `kg neo4j …` in a process of its own, as a user does, so Neo4j must outlive it. */
function kgNeo4j(...args: string[]): Promise<Finished> {
  return runToEnd(process.execPath, [KG, "neo4j", ...args]);
}

/** What a shell gets from `eval "$(kg neo4j start)"`. */
async function evalExports(exports: string): Promise<Neo4jConnection> {
  const script = 'eval "$1" && printf "%s\\n" "$NEO4J_URI" "$NEO4J_USERNAME" "$NEO4J_PASSWORD" "$NEO4J_DATABASE"';
  const shell = await runToEnd("bash", ["-c", script, "bash", exports]);
  assert.equal(shell.code, 0, shell.stderr);
  const [uri, username, password, database] = shell.stdout.trimEnd().split("\n");
  return { uri, username, password, database };
}

async function withDriver<T>(connection: Neo4jConnection, action: (driver: Driver) => Promise<T>): Promise<T> {
  const neo4j = driver(connection.uri, auth.basic(connection.username, connection.password));
  try {
    return await action(neo4j);
  } finally {
    await neo4j.close();
  }
}

/** True while the pid runs the launcher for this home; a zombie or a reused pid does not count. */
function launcherRuns(pid: number, home: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(home);
  } catch {
    return false;
  }
}

test("kg neo4j start, status and stop run a real Neo4j 5.26 on loopback", { timeout: 600_000 }, async (t) => {
  const missing = missingPrerequisite();
  if (missing) {
    t.skip(missing);
    return;
  }
  const home = mkdtempSync(join(tmpdir(), "kg-neo4j-test-"));
  // Children inherit these: a scratch store, small memory, and a free port of our own.
  process.env.KG_NEO4J_HOME = home;
  process.env.NEO4J_HEAP = "512m";
  process.env.NEO4J_PAGECACHE = "128m";
  delete process.env.NEO4J_PORT;
  let connection: Neo4jConnection | undefined;
  let pid = 0;
  try {
    await t.test("start prints only export lines and leaves Neo4j running", async () => {
      const start = await kgNeo4j("start");
      assert.equal(start.code, 0, start.stderr);
      assert.match(start.stdout, /^export NEO4J_URI='neo4j:\/\/127\.0\.0\.1:\d+'\nexport NEO4J_USERNAME='neo4j'\nexport NEO4J_PASSWORD='[^']+'\nexport NEO4J_DATABASE='neo4j'\n$/);
      assert.match(start.stderr, /ready in [\d.]+ s/);
      connection = await evalExports(start.stdout);
      pid = Number(readFileSync(join(home, "neo4j.pid"), "utf8"));
      assert.ok(launcherRuns(pid, home), "the launcher outlives the CLI");
      assert.equal(statSync(join(home, "password")).mode & 0o777, 0o600);
      assert.match(readFileSync(`/proc/${pid}/cmdline`, "utf8"), /-Xmx512m/);
    });

    await t.test("start again reuses the running instance", async () => {
      const again = await kgNeo4j("start");
      assert.equal(again.code, 0, again.stderr);
      assert.deepEqual(await evalExports(again.stdout), connection);
      assert.equal(Number(readFileSync(join(home, "neo4j.pid"), "utf8")), pid);
      assert.deepEqual(await ensureLocalNeo4j(), connection);
    });

    await t.test("status reports the pid, port and a 5.26 version", async () => {
      const status = await kgNeo4j("status");
      assert.equal(status.code, 0, status.stderr);
      const port = new URL(connection!.uri).port;
      assert.match(status.stdout, new RegExp(`pid: ${pid}\nport: ${port}\nuri: neo4j://127.0.0.1:${port}\nversion: 5\\.26\\.\\d+\n`));
    });

    await t.test("the printed credentials run queries, full-text search included", async () => {
      const hits = await withDriver(connection!, async (neo4j) => {
        const options = { database: connection!.database };
        await neo4j.executeQuery("CREATE FULLTEXT INDEX treatyText FOR (n:Treaty) ON EACH [n.title]", {}, options);
        await neo4j.executeQuery("CREATE (:Treaty {title: 'Vaccine supply memorandum'})", {}, options);
        await neo4j.executeQuery("CALL db.awaitIndexes()", {}, options);
        const search = "CALL db.index.fulltext.queryNodes('treatyText', 'vaccine') YIELD node RETURN node.title AS title";
        return (await neo4j.executeQuery(search, {}, options)).records.map((record) => record.get("title"));
      });
      assert.deepEqual(hits, ["Vaccine supply memorandum"]);
    });

    await t.test("a wrong password is refused", async () => {
      const wrong = { ...connection!, password: `${connection!.password}-wrong` };
      await assert.rejects(
        withDriver(wrong, (neo4j) => neo4j.executeQuery("RETURN 1", {}, { database: wrong.database })),
        { code: "Neo.ClientError.Security.Unauthorized" },
      );
    });

    await t.test("stop ends the Java process, and a second stop and status say it is not running", async () => {
      const stop = await kgNeo4j("stop");
      assert.equal(stop.code, 0, stop.stderr);
      assert.ok(!launcherRuns(pid, home), "no Java process is left");
      assert.ok(!existsSync(join(home, "neo4j.pid")));
      const again = await kgNeo4j("stop");
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stderr, /not running/);
      const status = await kgNeo4j("status");
      assert.equal(status.code, 3);
      assert.match(status.stdout, /not running/);
    });
  } finally {
    await stopLocalNeo4j();
    rmSync(home, { recursive: true, force: true });
  }
});
