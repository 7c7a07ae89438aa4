/**
 * Neo4j as a cluster client, on the real Neo4j (skipped without NEO4J_URI):
 * reads run as auto-commit queries in read sessions and writes through
 * executeWrite (spied on the driver's own Session), every session of a store
 * shares one bookmark manager, a store reads its own writes, and a bookmark a
 * client got from one instance makes another instance's read wait for that
 * write — one that Neo4j does not know is refused, which shows the bookmark
 * reaches the server. A read whose connection is lost (through a proxy that
 * drops connections) is tried again, and given up at the request's budget.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createConnection, createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { Driver, Session, type SessionConfig } from "neo4j-driver";
import { openStore, storeConfigFrom, type GraphStore } from "../../src/store/index.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4jStore.js";
import { BookmarkError, StoreError } from "../../src/store/errors.js";
import { neo4jConfigured, storesUnderTest } from "../support/stores.js";
import { ENTITIES, fixtureBatch } from "../support/fixture.js";

function neo4jConfig() {
  const config = storeConfigFrom();
  if (config.store !== "neo4j") throw new Error("NEO4J_URI is not set");
  return config;
}

type Calls = { executeRead: number; executeWrite: number; run: number; sessions: SessionConfig[] };

/** Counts the driver's session calls while `work` runs, then puts the originals back. */
/** `work` on `store` as a request carrying `given` sees it: its result, and the bookmarks of the writes it made. */
async function withBookmarks<T>(store: GraphStore, given: readonly string[], work: (view: GraphStore) => Promise<T>): Promise<{ result: T; bookmarks: readonly string[] }> {
  const bookmarks = { given, written: [] as readonly string[] };
  const result = await work(store.within({ bookmarks }));
  return { result, bookmarks: bookmarks.written };
}

async function spied<T>(work: () => Promise<T>): Promise<{ result: T; calls: Calls }> {
  const calls: Calls = { executeRead: 0, executeWrite: 0, run: 0, sessions: [] };
  const originals = { executeRead: Session.prototype.executeRead, executeWrite: Session.prototype.executeWrite, run: Session.prototype.run, session: Driver.prototype.session };
  Session.prototype.executeRead = function (this: Session, ...args: Parameters<Session["executeRead"]>) {
    calls.executeRead += 1;
    return originals.executeRead.apply(this, args);
  } as Session["executeRead"];
  Session.prototype.executeWrite = function (this: Session, ...args: Parameters<Session["executeWrite"]>) {
    calls.executeWrite += 1;
    return originals.executeWrite.apply(this, args);
  } as Session["executeWrite"];
  Session.prototype.run = function (this: Session, ...args: Parameters<Session["run"]>) {
    calls.run += 1;
    return originals.run.apply(this, args);
  } as Session["run"];
  Driver.prototype.session = function (this: Driver, config?: SessionConfig) {
    calls.sessions.push(config ?? {});
    return originals.session.call(this, config);
  } as Driver["session"];
  try {
    return { result: await work(), calls };
  } finally {
    Object.assign(Session.prototype, { executeRead: originals.executeRead, executeWrite: originals.executeWrite, run: originals.run });
    Driver.prototype.session = originals.session;
  }
}

/** A TCP proxy to Neo4j that closes the first `drop` connections as they open, as a cluster member going away does. */
async function droppingProxy(target: URL, drop: number): Promise<{ uri: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    connections += 1;
    if (connections <= drop) return void client.destroy();
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 7687) });
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
    }
    client.pipe(upstream).pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () => new Promise((resolve) => {
      for (const socket of open) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

describe("Neo4j as a cluster client", { skip: neo4jConfigured() ? false : "NEO4J_URI is not set", timeout: 120_000 }, () => {
  let first: GraphStore;
  let second: GraphStore;
  before(async () => {
    first = await storesUnderTest().find((s) => s.name === "neo4j")!.open();
    await first.replaceOrigin("causal-test", fixtureBatch());
    // Another instance: its own driver and bookmark manager, as another process would have.
    second = await openStore(storeConfigFrom());
  });
  after(async () => {
    await first?.close();
    await second?.close();
  });

  it("reads run as auto-commit queries in read sessions, never in transactions", async () => {
    const { calls } = await spied(async () => {
      assert.equal((await first.entitiesById([ENTITIES[0].id]))[0]?.id, ENTITIES[0].id);
      assert.ok((await first.search({ text: ENTITIES[0].name, kinds: [], limit: 5, offset: 0 })).hits.length > 0);
      await first.counts();
      await first.changes({ limit: 5, offset: 0 });
      await first.readMarker("nothing-here");
    });
    assert.ok(calls.run >= 5, `session.run called ${calls.run} times`);
    assert.deepEqual([calls.executeRead, calls.executeWrite], [0, 0]);
    assert.equal(calls.sessions.length, calls.run, "one session per read");
    assert.ok(calls.sessions.every((c) => c.defaultAccessMode === "READ"));
  });

  it("writes run in write transactions (executeWrite), and every session shares the store's one bookmark manager", async () => {
    const { calls } = await spied(async () => {
      await first.writeMarker("causal-test", "one");
      await first.readMarker("causal-test");
    });
    assert.deepEqual([calls.executeWrite, calls.run, calls.executeRead], [1, 1, 0]);
    const managers = new Set(calls.sessions.map((c) => c.bookmarkManager));
    assert.equal(managers.size, 1);
    assert.ok([...managers][0], "no bookmark manager");
  });

  it("a store reads its own writes: the read after a write carries the write's bookmark", async () => {
    const { bookmarks } = await withBookmarks(first, [], (store) => store.writeMarker("causal-test", "two"));
    assert.equal(bookmarks.length, 1);
    const { result, calls } = await spied(() => first.readMarker("causal-test"));
    assert.equal(result, "two");
    const held = [...(await calls.sessions[0].bookmarkManager!.getBookmarks())];
    assert.ok(held.includes(bookmarks[0]), `the manager holds ${held.join(", ")}, not the write's ${bookmarks[0]}`);
  });

  it("a client's bookmark from one instance is carried by another instance's reads", async () => {
    const { bookmarks } = await withBookmarks(first, [], (store) => store.writeMarker("causal-test", "three"));
    const { result, calls } = await spied(() => withBookmarks(second, bookmarks, (store) => store.readMarker("causal-test")));
    assert.equal(result.result, "three");
    assert.deepEqual(result.bookmarks, [], "a read made no write");
    assert.deepEqual(calls.sessions.map((c) => c.bookmarks), [bookmarks]);
  });

  it("a bookmark Neo4j does not know is refused with BAD_BOOKMARK, neither waited on nor tried again", async () => {
    const { calls } = await spied(() => assert.rejects(second.within({ bookmarks: { given: ["FB:not-a-bookmark"], written: [] } }).readMarker("causal-test"), BookmarkError));
    assert.equal(calls.run, 1);
  });

  it("a read whose connection is lost is tried again, and answers", async () => {
    await first.writeMarker("causal-test", "four");
    const proxy = await droppingProxy(new URL(neo4jConfig().uri), 2);
    const throughProxy = new Neo4jStore({ ...neo4jConfig(), uri: proxy.uri });
    try {
      const { result, calls } = await spied(() => throughProxy.readMarker("causal-test"));
      assert.equal(result, "four");
      assert.equal(calls.run, 3, "two tries lost, the third answered");
      assert.equal(proxy.connections(), 3);
    } finally {
      await throughProxy.close();
      await proxy.close();
    }
  });

  it("a read that keeps failing is given up at the request's budget, as STORE_UNAVAILABLE", async () => {
    const proxy = await droppingProxy(new URL(neo4jConfig().uri), Infinity);
    const throughProxy = new Neo4jStore({ ...neo4jConfig(), uri: proxy.uri });
    const budgetMs = 400;
    const started = performance.now();
    try {
      await assert.rejects(
        throughProxy.within({ budget: { deadline: started + budgetMs, signal: new AbortController().signal } }).readMarker("causal-test"),
        (error: unknown) => error instanceof StoreError && error.code === "STORE_UNAVAILABLE",
      );
      const took = performance.now() - started;
      assert.ok(took < budgetMs + 200, `gave up after ${Math.round(took)} ms, budget ${budgetMs} ms`);
      // Pauses of about 50, 100 and 200 ms fit in 400 ms: three or four tries, however slow the machine.
      assert.ok(proxy.connections() >= 3, `tried ${proxy.connections()} times`);
    } finally {
      await throughProxy.close();
      await proxy.close();
    }
  });
});
