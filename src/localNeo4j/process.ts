import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { isProcessAlive } from "../processAlive.js";

/** The launcher's main class; it also tells our Java process apart from a reused pid. */
export const LAUNCHER_CLASS = "kg.LocalNeo4j";
const POLL_MS = 200;

export function readNumberFile(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const value = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * A pid file can outlive its process and the pid be reused, so where /proc exists we check that
 * the pid still runs our launcher; this also treats an unreaped zombie as gone.
 */
export function isLauncherRunning(pid: number): boolean {
  if (!existsSync("/proc/self/cmdline")) return isProcessAlive(pid);
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(LAUNCHER_CLASS);
  } catch {
    return false;
  }
}

/** Starts `java` in its own session so that it outlives the CLI; returns its pid. */
export function spawnDetached(args: string[], logFile: string): number {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = openSync(logFile, "w");
  try {
    const child = spawn("java", args, { detached: true, stdio: ["ignore", log, log] });
    if (child.pid === undefined) throw new Error("could not start java");
    child.unref();
    return child.pid;
  } finally {
    closeSync(log);
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isLauncherRunning(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(POLL_MS);
  }
  return true;
}

/** SIGTERM lets the launcher's shutdown hook close the store; SIGKILL only if that hangs. Returns the signal that ended it. */
export async function terminate(pid: number, timeoutMs: number): Promise<NodeJS.Signals> {
  process.kill(pid, "SIGTERM");
  if (await waitForExit(pid, timeoutMs)) return "SIGTERM";
  process.kill(pid, "SIGKILL");
  if (await waitForExit(pid, timeoutMs)) return "SIGKILL";
  throw new Error(`process ${pid} survived SIGKILL`);
}

function tryLock(lockFile: string): boolean {
  try {
    writeFileSync(lockFile, `${process.pid}\n`, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // A CLI killed while holding the lock would otherwise block every later start.
  const holder = readNumberFile(lockFile);
  if (holder !== undefined && !isProcessAlive(holder)) rmSync(lockFile, { force: true });
  return false;
}

/** Serialises start and stop, e.g. test files that each call ensureLocalNeo4j() in parallel. */
export async function withLock<T>(lockFile: string, timeoutMs: number, action: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  while (!tryLock(lockFile)) {
    if (Date.now() > deadline) throw new Error(`another kg neo4j command still holds ${lockFile}`);
    await sleep(POLL_MS);
  }
  try {
    return await action();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

export function tail(file: string, lines: number): string {
  if (!existsSync(file)) return `(${file} does not exist)`;
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}
