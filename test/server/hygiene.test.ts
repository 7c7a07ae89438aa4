/**
 * HTTP hygiene and a store that is away, above any one store: clients that
 * send slowly are dropped, connections are capped, shutdown closes idle and
 * slow connections; /export and /readyz answer a store that is down with a
 * 503 and a code, telling anonymous clients nothing of its internals; and a
 * production server keeps its schema to itself unless asked.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { graphSchema } from "../../src/graphql/schema.js";
import { createApp, type App } from "../../src/server/app.js";
import { createLogger } from "../../src/server/log.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4jStore.js";
import type { GraphStore } from "../../src/store/port.js";
import { embeddedStore } from "../support/stores.js";
import { startApi, testConfig, type RunningApi } from "../support/server.js";

const KEY = "hygiene-test-key-0123456789";

async function listening(store: GraphStore, env: NodeJS.ProcessEnv, lines: string[] = []): Promise<{ app: App; port: number; base: string }> {
  const app = await createApp(await graphSchema(), store, testConfig(env), createLogger("info", (line) => lines.push(line)));
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  const port = (app.server.address() as AddressInfo).port;
  return { app, port, base: `http://127.0.0.1:${port}` };
}

/** A raw connection, with what the server sent and when it closed it. */
function rawConnection(port: number): Promise<{ socket: Socket; received: () => string; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let text = "";
    const socket = connect(port, "127.0.0.1");
    const closed = new Promise<number>((done) => socket.once("close", () => done(performance.now() - started)));
    socket.on("data", (chunk) => void (text += chunk.toString()));
    socket.on("error", () => undefined);
    socket.once("connect", () => resolve({ socket, received: () => text, closed }));
    socket.once("error", reject);
  });
}

/** Writes `text` a byte every `ms` until the socket closes. */
function drip(socket: Socket, text: string, ms: number): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || i >= text.length) return clearInterval(timer);
    socket.write(text[i++]);
  }, ms);
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms))]);

describe("HTTP hygiene", { timeout: 60_000 }, () => {
  let store: GraphStore;
  before(async () => {
    store = await embeddedStore().open();
  });
  after(() => store.close());

  it("a body dripped a byte at a time is answered 408 and dropped at the request timeout", async () => {
    const { app, port } = await listening(store, { KG_REQUEST_TIMEOUT_MS: "1000" });
    try {
      const raw = await rawConnection(port);
      raw.socket.write("POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 200\r\n\r\n");
      drip(raw.socket, JSON.stringify({ query: `{ counts { evidence } } # ${"x".repeat(200)}` }), 100);
      const ms = await within(raw.closed, 5000, "dropping a slow body");
      assert.match(raw.received(), /^HTTP\/1\.1 408/);
      assert.ok(ms < 4000, `held for ${ms} ms`);
    } finally {
      await app.close();
    }
  });

  it("headers dripped a byte at a time are dropped at the header timeout", async () => {
    const { app, port } = await listening(store, { KG_HEADERS_TIMEOUT_MS: "500" });
    try {
      const raw = await rawConnection(port);
      drip(raw.socket, `GET /healthz HTTP/1.1\r\nhost: x\r\nx-padding: ${"y".repeat(200)}\r\n\r\n`, 100);
      await within(raw.closed, 5000, "dropping slow headers");
    } finally {
      await app.close();
    }
  });

  it("connections past the cap are refused, and served again once others close", async () => {
    const { app, port, base } = await listening(store, { KG_MAX_CONNECTIONS: "3" });
    try {
      const held = await Promise.all([1, 2, 3].map(() => rawConnection(port)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const extra = await rawConnection(port);
      extra.socket.write("GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n");
      await within(extra.closed, 3000, "refusing a connection past the cap");
      assert.equal(extra.received(), "");
      for (const h of held) h.socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal((await fetch(`${base}/healthz`, { headers: { connection: "close" } })).status, 200);
    } finally {
      await app.close();
    }
  });

  it("shutdown closes idle connections at once, and those still sending after a second's grace", async () => {
    const { app, port } = await listening(store, {});
    const idle = await rawConnection(port);
    idle.socket.write("GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const slow = await rawConnection(port);
    slow.socket.write("POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closing = app.close();
    await within(idle.closed, 500, "closing the idle connection");
    await within(closing, 3000, "shutdown");
    await within(slow.closed, 500, "closing the slow connection");
  });
});

describe("a store that is away", () => {
  // A real driver and a port where nothing listens: every call fails as the driver fails when Neo4j is down.
  const down = new Neo4jStore({ uri: "bolt://127.0.0.1:1", username: "neo4j", password: "unused", database: "neo4j", queryTimeoutMs: 2000 });
  const lines: string[] = [];
  let served: { app: App; base: string };
  before(async () => {
    served = await listening(down, { KG_API_KEYS: `alice:${KEY}` }, lines);
  });
  after(async () => {
    await served.app.close();
    await down.close();
  });

  it("/export answers 503 with the store's code, and the log says 503", async () => {
    const response = await fetch(`${served.base}/export?format=graphml`);
    assert.equal(response.status, 503);
    assert.equal(((await response.json()) as { code: string }).code, "STORE_UNAVAILABLE");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "export");
    assert.deepEqual(logged.map((l) => l.status), [503]);
  });

  it("/readyz tells an anonymous client 'unavailable' and nothing more; a curator why", async () => {
    const anonymous = await fetch(`${served.base}/readyz`);
    assert.equal(anonymous.status, 503);
    assert.deepEqual(await anonymous.json(), { status: "unavailable" });
    const curator = await fetch(`${served.base}/readyz`, { headers: { authorization: `Bearer ${KEY}` } });
    assert.equal(curator.status, 503);
    assert.match(((await curator.json()) as { reason: string }).reason, /127\.0\.0\.1/);
  });
});

describe("production defaults", () => {
  let api: RunningApi;
  before(async () => {
    api = await startApi(embeddedStore(), testConfig({ NODE_ENV: "production" }));
  });
  after(() => api.close());

  it("introspection is off unless KG_INTROSPECTION turns it on", async () => {
    const result = await api.query("{ __schema { types { name } } }");
    assert.match(result.errors?.[0]?.message ?? "", /introspection/i);
  });
});
