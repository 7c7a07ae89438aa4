/**
 * `npm start` / `kg serve`: checks the configuration, opens the store (retrying
 * Neo4j with backoff while it does not answer), loads the seed when the store
 * lacks it or seed/ changed, serves the API, and on SIGTERM or SIGINT lets the
 * requests in flight finish and closes the store cleanly.
 */
import { DEFAULT_SEED_DIR, SeedValidationError } from "../seed/index.js";
import { ensureSeedLoaded } from "../seed/load.js";
import { openStore, recordServerAddress, StoreConfigError, type GraphStore } from "../store/index.js";
import { graphSchema } from "../graphql/schema.js";
import { createApp } from "./app.js";
import { ConfigError, serverConfigFrom, type ServerConfig } from "./config.js";
import { createLogger, type Logger } from "./log.js";

/** How long shutdown waits for requests in flight before it closes the store anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the store; a Neo4j that does not answer yet is tried again, waiting longer each time. */
async function openWithRetry(config: ServerConfig, logger: Logger): Promise<GraphStore> {
  const deadline = Date.now() + config.storeConnectTimeoutMs;
  for (let attempt = 1, wait = 500; ; attempt++, wait = Math.min(wait * 2, 10_000)) {
    try {
      return await openStore(config.store);
    } catch (error) {
      const retry = config.store.store === "neo4j" && error instanceof StoreConfigError && Date.now() + wait < deadline;
      if (!retry) throw error;
      logger.warn("store not reachable, retrying", { attempt, retryInMs: wait, reason: error.message });
      await sleep(wait);
    }
  }
}

function readConfig(): ServerConfig | null {
  try {
    return serverConfigFrom();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StoreConfigError) {
      process.stderr.write(`Cannot start: ${error.message}\n`);
      return null;
    }
    throw error;
  }
}

async function prepareStore(config: ServerConfig, logger: Logger): Promise<GraphStore | null> {
  let store: GraphStore | undefined;
  try {
    store = await openWithRetry(config, logger);
    const info = await store.info();
    logger.info("store open", { store: info.store, version: info.version, location: info.location });
    if (config.loadSeed && (await ensureSeedLoaded(store, DEFAULT_SEED_DIR))) logger.info("seed loaded", { reason: "the store lacked it or seed/ changed" });
    return store;
  } catch (error) {
    await store?.close();
    if (error instanceof StoreConfigError || error instanceof SeedValidationError) {
      process.stderr.write(`Cannot start: ${error.message}\n`);
      return null;
    }
    throw error;
  }
}

function signalled(): Promise<string> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
}

export async function serve(): Promise<number> {
  const config = readConfig();
  if (!config) return 2;
  const logger = createLogger(config.logLevel);
  const store = await prepareStore(config, logger);
  if (!store) return 1;
  const app = await createApp(await graphSchema(), store, config, logger);
  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const shown = config.host === "127.0.0.1" || config.host === "0.0.0.0" ? "localhost" : config.host;
  const reachable = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host.includes(":") ? `[${config.host}]` : config.host;
  recordServerAddress(config.store, `http://${reachable}:${port}`);
  logger.info("listening", { url: `http://${shown}:${port}/graphql`, mutations: config.apiKeys.length > 0 ? "enabled" : "read-only" });
  process.stderr.write(`GraphQL API and IDE at http://${shown}:${port}/graphql\nExplorer at http://${shown}:${port}/explorer\n`);
  const signal = await signalled();
  logger.info("shutting down", { signal });
  await Promise.race([app.close(), sleep(SHUTDOWN_GRACE_MS)]);
  await store.close();
  logger.info("stopped");
  return 0;
}
