/**
 * `npm start` / `kg serve`: checks the configuration, opens the store (retrying
 * Neo4j with backoff while it does not answer), loads the seed when the store
 * lacks it or seed/ changed, serves the API, and on SIGTERM or SIGINT lets the
 * requests in flight finish, closes the store and returns at once. With
 * KG_WORKERS above 1 this process loads the seed and runs that many workers
 * behind its port instead (workers.ts), each serving as above. A failure
 * is thrown for the command line to report in one line.
 */
import cluster from "node:cluster";
import { DEFAULT_SEED_DIR } from "../seed/index.js";
import { ensureSeedLoaded } from "../seed/load.js";
import { openStore, recordServerAddress, StoreUnavailableError, type GraphStore } from "../store/index.js";
import { graphSchema } from "../graphql/schema.js";
import { createApp } from "./app.js";
import { serverConfigFrom, type ServerConfig } from "./config.js";
import { listen } from "./listen.js";
import { createLogger, type Logger } from "./log.js";
import { primaryShutdown, serveWithWorkers } from "./workers.js";

/** How long shutdown waits for requests in flight before it closes their connections and the store anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the store; a Neo4j that does not answer yet is tried again, waiting longer each time. */
async function openWithRetry(config: ServerConfig, logger: Logger): Promise<GraphStore> {
  const deadline = Date.now() + config.storeConnectTimeoutMs;
  for (let attempt = 1, wait = 500; ; attempt++, wait = Math.min(wait * 2, 10_000)) {
    try {
      return await openStore(config.store);
    } catch (error) {
      const retry = error instanceof StoreUnavailableError && Date.now() + wait < deadline;
      if (!retry) throw error;
      logger.warn("store not reachable, retrying", { attempt, retryInMs: wait, reason: error.message });
      await sleep(wait);
    }
  }
}

async function prepareStore(config: ServerConfig, logger: Logger): Promise<GraphStore> {
  const store = await openWithRetry(config, logger);
  try {
    const info = await store.info();
    logger.info("store open", { store: info.store, version: info.version, location: info.location });
    if (config.loadSeed && (await ensureSeedLoaded(store, DEFAULT_SEED_DIR))) logger.info("seed loaded", { reason: "the store lacked it or seed/ changed" });
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * Starts building what the store's first questions would wait for while the
 * server begins to listen; questions that come first share the build.
 */
function warmUpInBackground(store: GraphStore, logger: Logger): void {
  const started = performance.now();
  store.warmUp().then(
    () => logger.info("store warmed up", { seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }),
    (error: Error) => logger.warn("store warm-up failed: the first questions build what it would have", { reason: error.message }),
  );
}

function signalled(): Promise<string> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
}

/** Resolves when `work` settles or after `ms`, whichever is first, and leaves no timer behind. */
async function within(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true), expired]);
  } finally {
    clearTimeout(timer);
  }
}

export interface ServeOptions {
  /** From `--port` / `--host`: they win over PORT and HOST. */
  readonly port?: number;
  readonly host?: string;
}

export async function serve(options: ServeOptions = {}): Promise<number> {
  const config = serverConfigFrom({
    ...process.env,
    ...(options.port === undefined ? {} : { PORT: String(options.port) }),
    ...(options.host === undefined ? {} : { HOST: options.host }),
  });
  const logger = createLogger(config.logLevel, undefined, cluster.isWorker ? { worker: process.pid } : {});
  const shown = config.host === "127.0.0.1" || config.host === "0.0.0.0" ? "localhost" : config.host;
  const reachable = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host.includes(":") ? `[${config.host}]` : config.host;
  const announce = (port: number) => {
    recordServerAddress(config.store, `http://${reachable}:${port}`);
    logger.info("listening", { url: `http://${shown}:${port}/graphql`, mutations: config.apiKeys.length > 0 ? "enabled" : "read-only" });
    process.stderr.write(`GraphQL API and IDE at http://${shown}:${port}/graphql\nExplorer at http://${shown}:${port}/explorer\n`);
  };
  if (cluster.isPrimary && config.workers > 1) {
    if (config.store.store !== "neo4j") throw new Error("KG_WORKERS above 1 needs Neo4j (NEO4J_URI): the embedded store is opened by one process only");
    // The seed is loaded here, once, before any worker serves.
    await (await prepareStore(config, logger)).close();
    return serveWithWorkers(config, config.workers, logger, announce);
  }
  const store = await prepareStore(config, logger);
  warmUpInBackground(store, logger);
  const app = await createApp(await graphSchema(), store, config, logger);
  try {
    await listen(app.server, config.port, config.host);
  } catch (error) {
    await app.close();
    await store.close();
    throw error;
  }
  const address = app.server.address();
  // A worker's port is announced by the primary, once all workers listen.
  if (cluster.isPrimary) announce(typeof address === "object" && address ? address.port : config.port);
  const signal = await (cluster.isWorker ? primaryShutdown() : signalled());
  const stopping = performance.now();
  logger.info("shutting down", { signal });
  if (!(await within(app.close(), SHUTDOWN_GRACE_MS))) {
    logger.warn("requests still in flight after the grace period; closing their connections", { graceMs: SHUTDOWN_GRACE_MS });
    app.server.closeAllConnections();
  }
  await store.close();
  logger.info("stopped", { shutdownMs: Math.round(performance.now() - stopping) });
  // A worker's channel to the primary would keep it alive; the primary is waiting for it to exit.
  if (cluster.isWorker) process.disconnect();
  return 0;
}
