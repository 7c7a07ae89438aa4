/**
 * The API over real HTTP on a store under test, with the seed loaded: what a
 * client on the network sees.
 */
import type { AddressInfo } from "node:net";
import { DEFAULT_SEED_DIR } from "../../src/seed/index.js";
import { loadSeed } from "../../src/seed/load.js";
import { graphSchema } from "../../src/graphql/schema.js";
import { createApp, type AppConfig } from "../../src/server/app.js";
import { serverConfigFrom } from "../../src/server/config.js";
import { createLogger, type Logger } from "../../src/server/log.js";
import type { GraphStore } from "../../src/store/port.js";
import type { StoreUnderTest } from "./stores.js";

export interface GraphQLResponse {
  readonly status: number;
  readonly data?: any;
  readonly errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  readonly extensions?: { roundTrips?: number };
}

export interface RunningApi {
  readonly url: string;
  readonly store: GraphStore;
  query(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/** The server's configuration with nothing set, as on a fresh machine, plus what a test sets. */
export function testConfig(env: NodeJS.ProcessEnv = {}): AppConfig {
  return serverConfigFrom(env);
}

export async function startApi(sut: StoreUnderTest, config: AppConfig = testConfig(), logger: Logger = createLogger("silent")): Promise<RunningApi> {
  const store = await sut.open();
  await loadSeed(store, DEFAULT_SEED_DIR);
  const app = await createApp(await graphSchema(), store, config, logger);
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    store,
    async query(query, variables, headers = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** The data of a query that must succeed; its errors fail the test with their messages. */
export async function data(api: RunningApi, query: string, variables?: Record<string, unknown>): Promise<any> {
  const result = await api.query(query, variables);
  if (result.errors?.length || result.status !== 200) {
    throw new Error(`query failed (${result.status}): ${JSON.stringify(result.errors)}\n${query}`);
  }
  return result.data;
}
