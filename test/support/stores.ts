/**
 * The stores every store test runs on: the embedded store always, in a fresh
 * folder each time, and Neo4j whenever NEO4J_URI is set (test/run.ts sets it
 * when it can start a local Neo4j), emptied before each use.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { DEFAULT_QUERY_TIMEOUT_MS, openStore, storeConfigFrom, type GraphStore } from "../../src/store/index.js";

export interface StoreUnderTest {
  readonly name: "kuzu" | "neo4j";
  /** A new, empty store; close it when done. */
  open(): Promise<GraphStore>;
}

const kuzu: StoreUnderTest = {
  name: "kuzu",
  async open() {
    const dir = mkdtempSync(join(tmpdir(), "kg-test-"));
    const store = await openStore({ store: "kuzu", dataDir: dir, queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS });
    const close = store.close.bind(store);
    store.close = async () => {
      await close();
      rmSync(dir, { recursive: true, force: true });
    };
    return store;
  },
};

async function emptyNeo4j(): Promise<void> {
  const config = storeConfigFrom();
  if (config.store !== "neo4j") throw new Error("NEO4J_URI is not set");
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password));
  try {
    await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: config.database });
  } finally {
    await driver.close();
  }
}

const neo4jStore: StoreUnderTest = {
  name: "neo4j",
  async open() {
    await emptyNeo4j();
    return openStore(storeConfigFrom());
  },
};

/** The embedded store alone, for tests of what lies above the store (the IDE). */
export function embeddedStore(): StoreUnderTest {
  return kuzu;
}

export function neo4jConfigured(): boolean {
  return Boolean(process.env.NEO4J_URI);
}

/** The stores to run on here: both when Neo4j is configured. */
export function storesUnderTest(): StoreUnderTest[] {
  return neo4jConfigured() ? [kuzu, neo4jStore] : [kuzu];
}
