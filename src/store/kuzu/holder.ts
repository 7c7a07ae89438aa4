/**
 * Who holds the embedded store. Kùzu lets one process open a database file for
 * writing and locks every other out, read-only opens included. A process that
 * opens the store records its pid (and a server its address) in holder.json
 * beside the database, so a command locked out can say which process holds it
 * and, when it is a server, read through its API instead.
 */
import { readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { StoreLockedError } from "../errors.js";
import { isProcessAlive } from "../../processAlive.js";

export interface Holder {
  readonly pid: number;
  readonly command: string;
  /** The server's base address (http://host:port), when the holder serves the API. */
  readonly url?: string;
}

const COMMAND_SHOWN = 80;

const holderFile = (dataDir: string) => join(dataDir, "holder.json");

export function recordHolder(dataDir: string, url?: string): void {
  const holder: Holder = { pid: process.pid, command: commandOf(process.pid) ?? "node", ...(url ? { url } : {}) };
  writeFileSync(holderFile(dataDir), `${JSON.stringify(holder)}\n`);
}

/** Removes the record if this process wrote it. */
export function forgetHolder(dataDir: string): void {
  if (readHolderFile(dataDir)?.pid === process.pid) rmSync(holderFile(dataDir), { force: true });
}

/** The process holding `file`: from its record when that process still runs, else from /proc (Linux). */
export function holderOf(dataDir: string, file: string): Holder | null {
  const recorded = readHolderFile(dataDir);
  if (recorded && recorded.pid !== process.pid && isProcessAlive(recorded.pid)) return recorded;
  const pid = processesWithOpen(file).find((p) => p !== process.pid);
  return pid === undefined ? null : { pid, command: commandOf(pid) ?? "unknown command" };
}

function readHolderFile(dataDir: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(holderFile(dataDir), "utf8")) as Holder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}


/** Pids with `file` open, found through /proc; none where /proc is absent or unreadable. */
function processesWithOpen(file: string): number[] {
  const pids = readdirOr("/proc").filter((name) => /^\d+$/.test(name));
  return pids.filter((pid) => readdirOr(`/proc/${pid}/fd`).some((fd) => linkOr(`/proc/${pid}/fd/${fd}`) === file)).map(Number);
}

/** The process's command line, on one line and short enough to quote in a message. */
function commandOf(pid: number): string | null {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").replace(/\s+/g, " ").trim();
    return command.length > COMMAND_SHOWN ? `${command.slice(0, COMMAND_SHOWN)}…` : command || null;
  } catch {
    return null;
  }
}

function readdirOr(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function linkOr(path: string): string | null {
  try {
    return readlinkSync(path);
  } catch {
    return null;
  }
}

/** Kùzu's refusal to open a file another process holds, as a one-line StoreLockedError naming that process. */
export function lockedOr(error: unknown, dataDir: string, file: string): unknown {
  if (!/could not set lock/i.test((error as Error).message)) return error;
  const holder = holderOf(dataDir, file);
  const who = !holder ? "another process"
    : `${holder.url ? `the server at ${holder.url}` : "another process"} (pid ${holder.pid}: ${holder.command})`;
  const stop = holder ? `stop it (kill ${holder.pid})` : "stop the program using it";
  return new StoreLockedError(
    `the embedded store in ${dataDir} is in use by ${who}; ${stop} and try again, or set KG_DATA_DIR to another folder`,
    holder?.url ?? null, { cause: error },
  );
}
