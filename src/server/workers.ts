/**
 * KG_WORKERS: the server as several Node processes behind one port
 * (node:cluster; the primary hands each new connection to the next worker).
 * The server holds no state of its own beyond its store connection, so the
 * workers need nothing from one another; one Node process is the ceiling of
 * a busy server otherwise. The primary loads the seed once before any worker
 * serves, announces the address once every worker listens, and on SIGTERM or
 * SIGINT tells each worker to shut down as a lone server does (requests in
 * flight finish) and returns when all have. Workers ignore the signals
 * themselves — Ctrl-C reaches the whole process group — and wait for the
 * primary's word. A worker that dies while serving is replaced.
 */
import cluster, { type Worker } from "node:cluster";
import type { ServerConfig } from "./config.js";
import type { Logger } from "./log.js";

/** The message the primary sends a worker to shut down. */
export const SHUTDOWN_MESSAGE = "kg:shutdown";

/** In a worker: resolves when the primary says to shut down; the signals themselves are the primary's. */
export function primaryShutdown(): Promise<string> {
  const ignore = () => {};
  process.on("SIGINT", ignore);
  process.on("SIGTERM", ignore);
  return new Promise((resolve) => {
    process.on("message", (message) => message === SHUTDOWN_MESSAGE && resolve("primary"));
    // A primary that is gone (killed) cannot send the word: its workers must not outlive it.
    process.once("disconnect", () => resolve("primary gone"));
  });
}

function signalled(): Promise<string> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
}

/** Forks `count` workers and resolves with the port they share once all listen; rejects when one exits first. */
function startWorkers(count: number): Promise<{ workers: Set<Worker>; port: number }> {
  const workers = new Set<Worker>();
  return new Promise((resolve, reject) => {
    let listening = 0;
    for (let i = 0; i < count; i++) {
      const worker = cluster.fork({ KG_LOAD_SEED: "false" });
      workers.add(worker);
      worker.once("listening", (address) => {
        if (++listening === count) resolve({ workers, port: address.port });
      });
      worker.once("exit", (code) => {
        if (listening < count) {
          for (const other of workers) other.process.kill("SIGKILL");
          reject(new Error(`a worker stopped while starting (exit code ${code}); its error is above`));
        }
      });
    }
  });
}

/**
 * Runs the primary: `prepare` has readied the store (the seed loaded) before
 * the workers start; `announce` tells the world the port. Resolves with the
 * exit code once every worker has shut down.
 */
export async function serveWithWorkers(config: ServerConfig, count: number, logger: Logger, announce: (port: number) => void): Promise<number> {
  const { workers, port } = await startWorkers(count);
  let stopping = false;
  const replaceWhenDead = (worker: Worker) => worker.once("exit", (code, signal) => {
    workers.delete(worker);
    if (stopping) return;
    logger.error("worker stopped; starting another", { pid: worker.process.pid, code, signal });
    const next = cluster.fork({ KG_LOAD_SEED: "false" });
    workers.add(next);
    replaceWhenDead(next);
  });
  for (const worker of workers) replaceWhenDead(worker);
  logger.info("workers listening", { workers: count, pids: [...workers].map((w) => w.process.pid), port, host: config.host });
  announce(port);
  const signal = await signalled();
  stopping = true;
  logger.info("shutting down workers", { signal });
  await Promise.all([...workers].map((worker) => new Promise<void>((resolve) => {
    if (worker.isDead()) return resolve();
    worker.once("exit", () => resolve());
    worker.send(SHUTDOWN_MESSAGE);
  })));
  logger.info("stopped", { workers: count });
  return 0;
}
