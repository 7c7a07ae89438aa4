/**
 * Opens the configured store: Neo4j when NEO4J_URI is set, otherwise the
 * embedded store in KG_DATA_DIR. The rest of the program sees only the port.
 */
import { fileURLToPath } from "node:url";
import { integerSetting } from "../env.js";
import { openKuzuStore } from "./kuzu/kuzuStore.js";
import { recordHolder } from "./kuzu/holder.js";
import { Neo4jStore, type Neo4jConfig } from "./neo4j/neo4jStore.js";
import type { GraphStore } from "./port.js";
import { StoreConfigError } from "./errors.js";

export type { GraphStore } from "./port.js";

export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../../.kg/data", import.meta.url));

export { StoreConfigError, StoreLockedError } from "./errors.js";

/** The settings are fine but the store cannot be used now: Neo4j unreachable or refusing the credentials. */
export class StoreUnavailableError extends StoreConfigError {}

/** A store query that runs longer is stopped with STORE_TIMEOUT (KG_STORE_TIMEOUT_MS). */
export const DEFAULT_QUERY_TIMEOUT_MS = 5_000;

export type StoreConfig =
  | {
    readonly store: "kuzu"; readonly dataDir: string; readonly queryTimeoutMs: number;
    /** Kùzu's page cache; absent, Kùzu's own size. */
    readonly bufferPoolMb?: number;
  }
  | ({ readonly store: "neo4j" } & Neo4jConfig);

const NEO4J_SCHEMES = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

/**
 * The server's cap on the embedded store's page cache when KG_KUZU_BUFFER_MB is
 * not set. Left to itself Kùzu sizes the cache at 80 % of the machine's memory
 * and keeps every page it has read: after its indexes were built a server held
 * about 1.3 GB of pages at 10^6 entities, and answered nearly as fast with 512 MB. A command
 * runs once and exits, and a bulk import needs more (at 10^6 entities it stops
 * with "the buffer pool is full" in 512 MB), so commands leave it to Kùzu.
 */
export const SERVER_BUFFER_POOL_MB = 512;

/** Reads the store settings from the environment, for the server or for a command; a bad value names its variable. */
export function storeConfigFrom(env: NodeJS.ProcessEnv = process.env, user: "server" | "command" = "command"): StoreConfig {
  const queryTimeoutMs = integerSetting(env, "KG_STORE_TIMEOUT_MS", DEFAULT_QUERY_TIMEOUT_MS, 50, 600_000, StoreConfigError);
  const uri = env.NEO4J_URI?.trim();
  if (!uri) {
    const bufferPoolMb = env.KG_KUZU_BUFFER_MB?.trim() || user === "server"
      ? integerSetting(env, "KG_KUZU_BUFFER_MB", SERVER_BUFFER_POOL_MB, 64, 1_048_576, StoreConfigError)
      : undefined;
    return { store: "kuzu", dataDir: env.KG_DATA_DIR?.trim() || DEFAULT_DATA_DIR, queryTimeoutMs, bufferPoolMb };
  }
  const scheme = /^([a-z0-9+]+):\/\//.exec(uri)?.[1];
  if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
    throw new StoreConfigError(`NEO4J_URI must be a Neo4j URI (${NEO4J_SCHEMES.map((s) => `${s}://`).join(", ")}), got "${uri}"`);
  }
  const password = env.NEO4J_PASSWORD;
  if (!password) throw new StoreConfigError("NEO4J_PASSWORD must be set when NEO4J_URI is set");
  return {
    store: "neo4j",
    uri,
    username: env.NEO4J_USERNAME?.trim() || "neo4j",
    password,
    database: env.NEO4J_DATABASE?.trim() || "neo4j",
    queryTimeoutMs,
  };
}

/** Tells commands locked out of the embedded store where the server holding it answers (a base http:// address). */
export function recordServerAddress(config: StoreConfig, url: string): void {
  if (config.store === "kuzu") recordHolder(config.dataDir, url);
}

export async function openStore(config: StoreConfig): Promise<GraphStore> {
  if (config.store === "kuzu") {
    return openKuzuStore(config.dataDir, config.queryTimeoutMs, config.bufferPoolMb);
  }
  const store = new Neo4jStore(config);
  try {
    await store.verify();
    await store.bootstrap();
  } catch (error) {
    await store.close();
    throw new StoreUnavailableError(`Neo4j at ${config.uri} (database ${config.database}) cannot be used: ${(error as Error).message}`);
  }
  return store;
}
