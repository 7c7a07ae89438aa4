import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { waitUntilReady, type Neo4jConnection } from "./bolt.js";
import { checkPrerequisites, launcherArgs } from "./launcher.js";
import { neo4jPaths, neo4jVersion, type Neo4jPaths } from "./paths.js";
import { isLauncherRunning, readNumberFile, spawnDetached, terminate, withLock } from "./process.js";

const HOST = "127.0.0.1";
const USERNAME = "neo4j";
const DATABASE = "neo4j";
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
/** Long enough for another command's first start, which downloads Neo4j, to finish. */
const LOCK_TIMEOUT_MS = 600_000;

/** Progress goes to stderr: stdout of `start` must stay fit for `eval`. */
function note(message: string): void {
  process.stderr.write(`kg neo4j: ${message}\n`);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

export function connectionFor(paths: Neo4jPaths, port: number): Neo4jConnection {
  const password = readFileSync(paths.passwordFile, "utf8").trim();
  return { uri: `neo4j://${HOST}:${port}`, username: USERNAME, password, database: DATABASE };
}

/** The launcher named by the pid file, if it still runs. */
export function runningLauncher(paths: Neo4jPaths): { pid: number; port: number } | undefined {
  const pid = readNumberFile(paths.pidFile);
  const port = readNumberFile(paths.portFile);
  if (pid === undefined || port === undefined || !isLauncherRunning(pid)) return undefined;
  return { pid, port };
}

function listen(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, HOST, () => {
      const { port: bound } = server.address() as { port: number };
      server.close(() => resolve(bound));
    });
  });
}

async function isFree(port: number): Promise<boolean> {
  return listen(port).then(
    () => true,
    () => false,
  );
}

async function choosePort(paths: Neo4jPaths): Promise<number> {
  const requested = process.env.NEO4J_PORT;
  if (requested) {
    const port = Number(requested);
    if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`NEO4J_PORT is not a port: "${requested}"`);
    if (!(await isFree(port))) throw new Error(`NEO4J_PORT ${port} is already in use on ${HOST}`);
    return port;
  }
  // Reusing the last port keeps URIs exported in other shells valid across restarts.
  const previous = readNumberFile(paths.portFile);
  if (previous !== undefined && (await isFree(previous))) return previous;
  return listen(0);
}

function ensurePassword(paths: Neo4jPaths): void {
  if (existsSync(paths.passwordFile)) return;
  writeFileSync(paths.passwordFile, `${randomBytes(18).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
}

function launcherFor(paths: Neo4jPaths, pid: number) {
  return { pid, logFile: paths.logFile, debugLogFile: paths.debugLogFile, timeoutMs: START_TIMEOUT_MS };
}

async function stopPid(paths: Neo4jPaths, pid: number): Promise<void> {
  if (isLauncherRunning(pid) && (await terminate(pid, STOP_TIMEOUT_MS)) === "SIGKILL") {
    note(`Neo4j (pid ${pid}) ignored SIGTERM for ${STOP_TIMEOUT_MS / 1000} s and was killed`);
  }
  rmSync(paths.pidFile, { force: true });
}

async function stopNoted(paths: Neo4jPaths, pid: number): Promise<void> {
  const startedAt = performance.now();
  note(`stopping Neo4j (pid ${pid})…`);
  await stopPid(paths, pid);
  note(`stopped in ${seconds(startedAt)}`);
}

async function startLauncher(paths: Neo4jPaths): Promise<Neo4jConnection> {
  const startedAt = performance.now();
  checkPrerequisites();
  const port = await choosePort(paths);
  ensurePassword(paths);
  const args = await launcherArgs(paths, port, note);
  note(`starting Neo4j ${neo4jVersion(paths)} on ${HOST}:${port}…`);
  const pid = spawnDetached(args, paths.logFile);
  writeFileSync(paths.pidFile, `${pid}\n`);
  writeFileSync(paths.portFile, `${port}\n`);
  const connection = connectionFor(paths, port);
  try {
    await waitUntilReady(connection, launcherFor(paths, pid));
  } catch (error) {
    await stopPid(paths, pid);
    throw error;
  }
  note(`ready in ${seconds(startedAt)}`);
  return connection;
}

/** Starts the local Neo4j, or reuses the one that runs; progress goes to stderr. */
export async function ensureLocalNeo4j(): Promise<Neo4jConnection> {
  const paths = neo4jPaths();
  // The store and the password live here, so only we may read it.
  mkdirSync(paths.home, { recursive: true, mode: 0o700 });
  return withLock(paths.lockFile, LOCK_TIMEOUT_MS, async () => {
    const running = runningLauncher(paths);
    if (!running) return startLauncher(paths);
    const connection = connectionFor(paths, running.port);
    // It may still be starting, if the command that launched it was interrupted.
    await waitUntilReady(connection, launcherFor(paths, running.pid));
    note(`reusing Neo4j (pid ${running.pid}) at ${connection.uri}`);
    return connection;
  });
}

/** Shuts the local Neo4j down cleanly, if it runs; progress goes to stderr. */
export async function stopLocalNeo4j(): Promise<void> {
  const paths = neo4jPaths();
  await withLock(paths.lockFile, LOCK_TIMEOUT_MS, async () => {
    const running = runningLauncher(paths);
    if (!running) {
      rmSync(paths.pidFile, { force: true });
      note("Neo4j is not running");
      return;
    }
    await stopNoted(paths, running.pid);
  });
}

/**
 * Runs `action` with the local Neo4j stopped (stopping it first if it runs), holding the lock
 * meanwhile, so that no other kg command starts it on a store being rewritten underneath.
 */
export async function whileStopped<T>(action: (paths: Neo4jPaths) => Promise<T>): Promise<T> {
  const paths = neo4jPaths();
  return withLock(paths.lockFile, LOCK_TIMEOUT_MS, async () => {
    const running = runningLauncher(paths);
    if (running) await stopNoted(paths, running.pid);
    return action(paths);
  });
}
