/**
 * The server's settings, read from the environment once and checked before
 * anything starts: a bad value stops the server with a message naming the
 * variable and what it accepts. `.env.example` and the README list them all.
 */
import { isIPv4 } from "node:net";
import { integerSetting } from "../env.js";
import { storeConfigFrom, type StoreConfig } from "../store/index.js";

export class ConfigError extends Error {}

export interface ApiKey {
  /** Who the key belongs to: recorded with every change, never the secret. */
  readonly name: string;
  readonly secret: string;
}

export interface Limits {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxBodyBytes: number;
  readonly requestTimeoutMs: number;
  /** Store calls one request may have in flight at once. */
  readonly storeCallsPerRequest: number;
  /** Store calls the whole server may have in flight at once, so one request cannot take every Neo4j thread. */
  readonly storeCallsPerServer: number;
  /** Open client connections; more are refused at once rather than exhausting file descriptors. */
  readonly maxConnections: number;
  /** How long a client may take to send a request's headers. */
  readonly headersTimeoutMs: number;
}

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly introspection: boolean;
  /** Origins allowed to call the API from a browser; "*" for any. */
  readonly corsOrigins: readonly string[];
  readonly apiKeys: readonly ApiKey[];
  readonly limits: Limits;
  readonly logLevel: LogLevel;
  /** Whether start-up loads the seed when the store lacks it or seed/ changed. */
  readonly loadSeed: boolean;
  /** Node processes serving behind the one port (KG_WORKERS); above 1 needs Neo4j. */
  readonly workers: number;
  /** Whether GET /metrics answers (Prometheus text format). */
  readonly metrics: boolean;
  /** How long start-up keeps retrying a store that does not answer. */
  readonly storeConnectTimeoutMs: number;
  readonly store: StoreConfig;
}

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Env = NodeJS.ProcessEnv;

const integer = (env: Env, name: string, fallback: number, min: number, max: number) =>
  integerSetting(env, name, fallback, min, max, ConfigError);

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const text = env[name]?.trim().toLowerCase();
  if (!text) return fallback;
  if (["true", "1", "yes", "on"].includes(text)) return true;
  if (["false", "0", "no", "off"].includes(text)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const text = env[name]?.trim();
  if (!text) return fallback;
  if (!(values as readonly string[]).includes(text)) throw new ConfigError(`${name} must be one of ${values.join(", ")}, got "${text}"`);
  return text as T;
}

/** `KG_API_KEYS=alice:<secret>,ingest-bot:<secret>`: names are recorded, secrets at least 16 characters. */
function apiKeys(env: Env): ApiKey[] {
  const text = env.KG_API_KEYS?.trim();
  if (!text) return [];
  const keys = text.split(",").map((entry, i) => {
    const colon = entry.indexOf(":");
    const name = entry.slice(0, colon).trim();
    const secret = entry.slice(colon + 1).trim();
    if (colon < 1 || !/^[\w.-]+$/.test(name) || secret.length < 16) {
      throw new ConfigError(`KG_API_KEYS entry ${i + 1} must be name:secret, the name letters, digits, . _ or -, the secret at least 16 characters`);
    }
    return { name, secret };
  });
  const names = keys.map((k) => k.name);
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated) throw new ConfigError(`KG_API_KEYS names ${repeated} twice; each key needs its own name`);
  return keys;
}

function corsOrigins(env: Env): string[] {
  const text = env.KG_CORS_ORIGINS?.trim();
  if (!text) return [];
  const origins = text.split(",").map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin !== "*" && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`KG_CORS_ORIGINS must list origins such as https://example.org (no path) or *, got "${origin}"`);
    }
  }
  return origins;
}

/** An IPv4-looking HOST must be one (256.1.1.1 is not); a name or IPv6 address is checked when the server listens. */
function host(env: Env): string {
  const text = env.HOST?.trim() || "127.0.0.1";
  if (/^[\d.]+$/.test(text) && !isIPv4(text)) throw new ConfigError(`HOST must be an address such as 127.0.0.1 or 0.0.0.0, got "${text}"`);
  return text;
}

export function serverConfigFrom(env: Env = process.env): ServerConfig {
  const production = oneOf(env, "NODE_ENV", ["development", "production", "test"], "development") === "production";
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: host(env),
    production,
    // A production schema is not published to every visitor unless asked for.
    introspection: boolean(env, "KG_INTROSPECTION", !production),
    corsOrigins: corsOrigins(env),
    apiKeys: apiKeys(env),
    limits: {
      maxDepth: integer(env, "KG_MAX_DEPTH", 12, 2, 100),
      maxCost: integer(env, "KG_MAX_COST", 20000, 10, 10_000_000),
      maxAliases: integer(env, "KG_MAX_ALIASES", 30, 0, 10_000),
      maxTokens: integer(env, "KG_MAX_TOKENS", 4000, 100, 1_000_000),
      maxBodyBytes: integer(env, "KG_MAX_BODY_BYTES", 100_000, 1_000, 100_000_000),
      requestTimeoutMs: integer(env, "KG_REQUEST_TIMEOUT_MS", 15_000, 100, 600_000),
      storeCallsPerRequest: integer(env, "KG_STORE_CALLS_PER_REQUEST", 4, 1, 1000),
      storeCallsPerServer: integer(env, "KG_STORE_CALLS_PER_SERVER", 32, 1, 10_000),
      maxConnections: integer(env, "KG_MAX_CONNECTIONS", 512, 1, 1_000_000),
      headersTimeoutMs: integer(env, "KG_HEADERS_TIMEOUT_MS", 10_000, 100, 600_000),
    },
    logLevel: oneOf(env, "KG_LOG_LEVEL", LOG_LEVELS, "info"),
    loadSeed: boolean(env, "KG_LOAD_SEED", true),
    workers: integer(env, "KG_WORKERS", 1, 1, 256),
    metrics: boolean(env, "KG_METRICS", true),
    storeConnectTimeoutMs: integer(env, "KG_STORE_CONNECT_TIMEOUT_MS", 60_000, 0, 3_600_000),
    store: storeConfigFrom(env, "server"),
  };
}
