/**
 * Budgets that stop work, on both stores: a write whose request ran out of
 * time never lands, even when it was only waiting its turn (the embedded
 * store's write queue, a Neo4j lock), and store calls in flight are capped
 * per request and per server.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import { DEFAULT_SEED_DIR } from "../../src/seed/index.js";
import { loadSeed } from "../../src/seed/load.js";
import { graphSchema } from "../../src/graphql/schema.js";
import { createApp, type App } from "../../src/server/app.js";
import { createLogger } from "../../src/server/log.js";
import { storeConfigFrom } from "../../src/store/index.js";
import type { GraphStore } from "../../src/store/port.js";
import type { RequestScope } from "../../src/store/requestScope.js";
import { generateGraph } from "../../src/synthetic/generate.js";
import { storesUnderTest, type StoreUnderTest } from "../support/stores.js";
import { testConfig } from "../support/server.js";

const KEY = "budget-test-key-0123456789";
const PERSON = "person:dao-hong-lan";

/**
 * The store, with the most calls it ever had in flight at once, its requests'
 * views of it (`within`, not a call to the store) counted with it.
 */
function watched(inner: GraphStore): { store: GraphStore; peak: () => number; reset: () => void } {
  let now = 0;
  let peak = 0;
  const watch = (watchedStore: GraphStore): GraphStore => new Proxy(watchedStore, {
    get(target, property, receiver) {
      if (property === "within") return (scope: RequestScope) => watch(target.within(scope));
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        peak = Math.max(peak, ++now);
        try {
          return await value.apply(target, args);
        } finally {
          now -= 1;
        }
      };
    },
  });
  const store = watch(inner);
  return { store, peak: () => peak, reset: () => void (peak = 0) };
}

interface Served {
  readonly url: string;
  readonly store: GraphStore;
  readonly peak: () => number;
  readonly reset: () => void;
  post(query: string, variables?: Record<string, unknown>): Promise<any>;
  close(): Promise<void>;
}

async function serve(sut: StoreUnderTest, env: NodeJS.ProcessEnv): Promise<Served> {
  const store = await sut.open();
  await loadSeed(store, DEFAULT_SEED_DIR);
  const watch = watched(store);
  const app: App = await createApp(await graphSchema(), watch.store, testConfig({ KG_API_KEYS: `alice:${KEY}`, ...env }), createLogger("silent"));
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  return {
    url, store, peak: watch.peak, reset: watch.reset,
    async post(query, variables) {
      const response = await fetch(url, {
        method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` }, body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/**
 * Holds the store's write path for `PERSON` until the returned release is
 * called: the embedded store's one write queue behind a real load, Neo4j's
 * lock on the node behind an open transaction that wrote it.
 */
async function holdWrites(sut: StoreUnderTest, store: GraphStore): Promise<() => Promise<void>> {
  if (sut.name === "kuzu") {
    const batch = generateGraph({ entities: 100, seed: 5 }, { part: 0, parts: 1 }).next().value as Parameters<GraphStore["replaceOrigin"]>[1];
    const load = store.replaceOrigin("budget-test-hold", batch);
    return () => load;
  }
  const config = storeConfigFrom();
  if (config.store !== "neo4j") throw new Error("NEO4J_URI is not set");
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password));
  const session = driver.session({ database: config.database });
  const tx = session.beginTransaction();
  await tx.run("MATCH (n {id: $id}) SET n.heldByTest = true", { id: PERSON });
  return async () => {
    await tx.rollback();
    await session.close();
    await driver.close();
  };
}

for (const sut of storesUnderTest()) {
  describe(`time budgets on ${sut.name}`, { timeout: 120_000 }, () => {
    it("a write whose request ran out of time while it waited never lands", async () => {
      const served = await serve(sut, { KG_REQUEST_TIMEOUT_MS: "300" });
      try {
        const release = await holdWrites(sut, served.store);
        const result = await served.post(`mutation($input: AddAliasInput!) { addAlias(input: $input) { entity { aliases } } }`, { input: { id: PERSON, alias: "Budget Test Alias" } });
        await release();
        assert.ok(["REQUEST_TIMEOUT", "STORE_TIMEOUT"].includes(String(result.errors?.[0]?.extensions?.code)), JSON.stringify(result));
        await new Promise((resolve) => setTimeout(resolve, 4000));
        const [entity] = await served.store.entitiesById([PERSON]);
        assert.ok(!entity!.aliases.includes("Budget Test Alias"), `the alias landed after the client was told it was stopped: ${entity!.aliases}`);
        assert.deepEqual(await served.store.changes({ subject: PERSON, limit: 10, offset: 0 }), []);
      } finally {
        await served.close();
      }
    });

    it("one request has at most 4 store calls in flight, the server at most 6", async () => {
      const served = await serve(sut, { KG_STORE_CALLS_PER_REQUEST: "4", KG_STORE_CALLS_PER_SERVER: "6" });
      try {
        const ends = ["person:konstantin-gorodnitsky", "organization:medsintez", "organization:vnvc", "drug:triazavirin", "country:viet-nam", "resolution:57-nq-tw"];
        const query = `{ ${ends.flatMap((to, i) => [`a${i}: path(from: "${PERSON}", to: "${to}") { found }`, `b${i}: neighbourhood(id: "${to}") { truncated }`]).join(" ")} }`;
        served.reset();
        const one = await served.post(query);
        assert.equal(one.errors, undefined, JSON.stringify(one.errors));
        assert.ok(served.peak() <= 4 && served.peak() >= 2, `peak in flight for one request: ${served.peak()}`);
        served.reset();
        const many = await Promise.all(Array.from({ length: 4 }, () => served.post(query)));
        for (const result of many) assert.equal(result.errors, undefined, JSON.stringify(result.errors));
        assert.ok(served.peak() <= 6, `peak in flight for the server: ${served.peak()}`);
      } finally {
        await served.close();
      }
    });
  });
}
