/**
 * `npm start`: opens the configured store, loads the seed when the store lacks
 * it or seed/ changed since, and serves the API at http://HOST:PORT/graphql.
 */
import { DEFAULT_SEED_DIR, SeedValidationError } from "../seed/index.js";
import { ensureSeedLoaded } from "../seed/load.js";
import { openStore, StoreConfigError } from "../store/index.js";
import { graphSchema } from "../graphql/schema.js";
import { createApp } from "./app.js";
import { ConfigError, serverConfigFrom } from "./config.js";

export async function serve(): Promise<number> {
  let config;
  try {
    config = serverConfigFrom();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StoreConfigError) {
      process.stderr.write(`Cannot start: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  let store;
  try {
    store = await openStore(config.store);
    const info = await store.info();
    process.stderr.write(`Store: ${info.store} ${info.version} at ${info.location}\n`);
    if (await ensureSeedLoaded(store, DEFAULT_SEED_DIR)) process.stderr.write("Loaded the seed (the store lacked it or seed/ changed).\n");
  } catch (error) {
    await store?.close();
    if (error instanceof StoreConfigError || error instanceof SeedValidationError) {
      process.stderr.write(`Cannot start: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const app = await createApp(await graphSchema(), store);
  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const shown = config.host === "127.0.0.1" || config.host === "0.0.0.0" ? "localhost" : config.host;
  process.stderr.write(`GraphQL API and IDE at http://${shown}:${port}/graphql\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await app.close();
  await store.close();
  return 0;
}
