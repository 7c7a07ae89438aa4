import { existsSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { auth, driver as createDriver, type Driver } from "neo4j-driver";
import { isLauncherRunning, tail } from "./process.js";

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Printed by LocalNeo4j.java once the password is set, so probing before it would only fail logins. */
const READY_MARKER = "kg-neo4j: ready on port ";
const POLL_MS = 250;
const LOG_LINES = 30;

async function withDriver<T>(connection: Neo4jConnection, action: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = createDriver(connection.uri, auth.basic(connection.username, connection.password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 1,
  });
  try {
    return await action(driver);
  } finally {
    await driver.close();
  }
}

/** Auto-commit queries, because a managed transaction would retry for 30 s on its own. */
async function queryOne(connection: Neo4jConnection, cypher: string): Promise<unknown> {
  return withDriver(connection, async (driver) => {
    const session = driver.session({ database: connection.database });
    try {
      const result = await session.run(cypher);
      return result.records[0]?.get(0);
    } finally {
      await session.close();
    }
  });
}

async function ping(connection: Neo4jConnection): Promise<void> {
  await queryOne(connection, "RETURN 1");
}

export async function serverVersion(connection: Neo4jConnection): Promise<string> {
  const cypher = "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0]";
  return String(await queryOne(connection, cypher));
}

/** Nodes in the database, from Neo4j's count store: no scan, whatever the size. */
export async function nodeCount(connection: Neo4jConnection): Promise<number> {
  return Number(await queryOne(connection, "MATCH (n) RETURN count(n)"));
}

function startFailure(reason: string, logFile: string, debugLogFile: string): Error {
  return new Error(`${reason}; last lines of ${logFile}:\n${tail(logFile, LOG_LINES)}\n(more in ${debugLogFile})`);
}

/** Waits until the launcher answers `RETURN 1` over Bolt, failing early if it dies. */
export async function waitUntilReady(
  connection: Neo4jConnection,
  launcher: { pid: number; logFile: string; debugLogFile: string; timeoutMs: number },
): Promise<void> {
  const deadline = Date.now() + launcher.timeoutMs;
  let lastError = "Neo4j did not report ready";
  for (;;) {
    if (!isLauncherRunning(launcher.pid)) {
      throw startFailure(`Neo4j (pid ${launcher.pid}) exited during start-up`, launcher.logFile, launcher.debugLogFile);
    }
    if (existsSync(launcher.logFile) && readFileSync(launcher.logFile, "utf8").includes(READY_MARKER)) {
      try {
        return await ping(connection);
      } catch (error) {
        lastError = (error as Error).message;
      }
    }
    if (Date.now() > deadline) {
      const reason = `Neo4j did not answer on ${connection.uri} within ${launcher.timeoutMs / 1000} s (${lastError})`;
      throw startFailure(reason, launcher.logFile, launcher.debugLogFile);
    }
    await sleep(POLL_MS);
  }
}
