/** Every setting is checked at start-up: a bad value names its variable and what it accepts. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ConfigError, serverConfigFrom } from "../../src/server/config.js";
import { DEFAULT_DATA_DIR, SERVER_BUFFER_POOL_MB, StoreConfigError, storeConfigFrom } from "../../src/store/index.js";

const BAD: Array<[Record<string, string>, RegExp]> = [
  [{ PORT: "http" }, /PORT must be a whole number from 0 to 65535/],
  [{ PORT: "70000" }, /PORT must be/],
  [{ NODE_ENV: "prod" }, /NODE_ENV must be one of development, production, test/],
  [{ KG_INTROSPECTION: "maybe" }, /KG_INTROSPECTION must be true or false/],
  [{ KG_CORS_ORIGINS: "example.org" }, /KG_CORS_ORIGINS must list origins/],
  [{ KG_API_KEYS: "alice" }, /KG_API_KEYS entry 1 must be name:secret/],
  [{ KG_API_KEYS: "alice:short" }, /at least 16 characters/],
  [{ KG_API_KEYS: "a:0123456789abcdef,a:fedcba9876543210" }, /names a twice/],
  [{ KG_MAX_DEPTH: "1" }, /KG_MAX_DEPTH must be a whole number from 2 to 100/],
  [{ KG_MAX_COST: "-5" }, /KG_MAX_COST must be/],
  [{ KG_MAX_ALIASES: "lots" }, /KG_MAX_ALIASES must be/],
  [{ KG_MAX_TOKENS: "10" }, /KG_MAX_TOKENS must be/],
  [{ KG_MAX_BODY_BYTES: "1e6" }, /KG_MAX_BODY_BYTES must be/],
  [{ KG_REQUEST_TIMEOUT_MS: "0" }, /KG_REQUEST_TIMEOUT_MS must be/],

  [{ KG_STORE_CONNECT_TIMEOUT_MS: "x" }, /KG_STORE_CONNECT_TIMEOUT_MS must be/],
  [{ KG_LOG_LEVEL: "loud" }, /KG_LOG_LEVEL must be one of debug, info, warn, error, silent/],
  [{ KG_LOAD_SEED: "sometimes" }, /KG_LOAD_SEED must be true or false/],
];

describe("server configuration", () => {
  it("has sensible defaults on a fresh machine", () => {
    const config = serverConfigFrom({});
    assert.equal(config.port, 4000);
    assert.equal(config.production, false);
    assert.deepEqual(config.apiKeys, []);
    assert.equal(config.loadSeed, true);
    assert.equal(config.store.store, "kuzu");
  });

  it("reads keys, origins and limits", () => {
    const config = serverConfigFrom({
      KG_API_KEYS: "alice:0123456789abcdef, bot:fedcba9876543210", KG_CORS_ORIGINS: "https://a.example,http://localhost:3000",
      KG_MAX_DEPTH: "8", NODE_ENV: "production", KG_LOAD_SEED: "false",
    });
    assert.equal(config.loadSeed, false);
    assert.deepEqual(config.apiKeys.map((k) => k.name), ["alice", "bot"]);
    assert.deepEqual(config.corsOrigins, ["https://a.example", "http://localhost:3000"]);
    assert.equal(config.limits.maxDepth, 8);
    assert.equal(config.production, true);
  });

  for (const [env, message] of BAD) {
    it(`refuses ${JSON.stringify(env)}`, () => assert.throws(() => serverConfigFrom(env), (e: unknown) => e instanceof ConfigError && message.test(e.message)));
  }

  it("refuses a store timeout that is not a number of milliseconds", () => {
    assert.throws(() => serverConfigFrom({ KG_STORE_TIMEOUT_MS: "fast" }), (e: unknown) => e instanceof StoreConfigError && /KG_STORE_TIMEOUT_MS must be a whole number/.test(e.message));
  });

  it("refuses an embedded page cache that is not a number of megabytes, or too small to work in", () => {
    for (const value of ["lots", "16"]) {
      assert.throws(() => serverConfigFrom({ KG_KUZU_BUFFER_MB: value }), (e: unknown) => e instanceof StoreConfigError && /KG_KUZU_BUFFER_MB must be a whole number from 64/.test(e.message));
    }
    assert.deepEqual(serverConfigFrom({ KG_KUZU_BUFFER_MB: "2048" }).store, { store: "kuzu", dataDir: DEFAULT_DATA_DIR, queryTimeoutMs: 5000, bufferPoolMb: 2048 });
  });

  it("holds the server's embedded page cache to 512 MB unless told, and leaves a command's to Kùzu", () => {
    assert.equal((serverConfigFrom({}).store as { bufferPoolMb?: number }).bufferPoolMb, SERVER_BUFFER_POOL_MB);
    assert.equal((storeConfigFrom({}) as { bufferPoolMb?: number }).bufferPoolMb, undefined);
    assert.equal((storeConfigFrom({ KG_KUZU_BUFFER_MB: "300" }) as { bufferPoolMb?: number }).bufferPoolMb, 300);
  });

  it("refuses a Neo4j URI of another scheme, and one without a password", () => {
    assert.throws(() => serverConfigFrom({ NEO4J_URI: "http://localhost:7474" }), (e: unknown) => e instanceof StoreConfigError && /NEO4J_URI must be/.test(e.message));
    assert.throws(() => serverConfigFrom({ NEO4J_URI: "neo4j://localhost:7687" }), (e: unknown) => e instanceof StoreConfigError && /NEO4J_PASSWORD/.test(e.message));
  });

  it("documents every variable it reads in .env.example and the README", () => {
    const root = new URL("../../../", import.meta.url);
    const sources = ["src/server/config.ts", "src/store/index.ts"].map((f) => readFileSync(fileURLToPath(new URL(f, root)), "utf8")).join("\n");
    const read = new Set([...sources.matchAll(/(?:env\.|env, ")((?:KG|NEO4J)_[A-Z_]+|PORT|HOST|NODE_ENV)\b/g)].map((m) => m[1]));
    assert.ok(read.size >= 20, `found only ${[...read].join(", ")}`);
    const example = readFileSync(fileURLToPath(new URL(".env.example", root)), "utf8");
    const readme = readFileSync(fileURLToPath(new URL("README.md", root)), "utf8");
    for (const name of read) {
      assert.match(example, new RegExp(`^#? ?${name}=`, "m"), `.env.example lacks ${name}`);
      assert.ok(readme.includes(`\`${name}\``), `README lacks ${name}`);
    }
  });
});
