/**
 * Store faults under load: the store fails mid-load and then returns. While it
 * is away, answers are GraphQL errors with a code (never a 5xx) and /readyz
 * says 503; once it is back, answers come again without a restart. Also: a
 * store timeout has its own code, and an unexpected error is masked in
 * production. The store fails through a switch in front of a real store.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { runLoad, serverErrors } from "../../bench/load.js";
import { StoreError, type StoreErrorCode } from "../../src/store/errors.js";
import type { GraphStore } from "../../src/store/port.js";
import type { RequestScope } from "../../src/store/requestScope.js";
import { storesUnderTest, type StoreUnderTest } from "../support/stores.js";
import { startApi, testConfig, type RunningApi } from "../support/server.js";

/** A store whose every call fails while `fault` is set, as a store that went away would. */
function switchable(sut: StoreUnderTest): { sut: StoreUnderTest; set(fault: StoreErrorCode | "BUG" | null): void } {
  let fault: StoreErrorCode | "BUG" | null = null;
  const wrap = (store: GraphStore): GraphStore => new Proxy(store, {
    get(target, property, receiver) {
      // A request's view of the store reaches no database: it cannot fail as a store does, but the calls made through it can.
      if (property === "within") return (scope: RequestScope) => wrap(target.within(scope));
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || property === "close") return value;
      return (...args: unknown[]) => {
        if (fault === "BUG") return Promise.reject(new TypeError("a bug in the store adapter"));
        if (fault) return Promise.reject(new StoreError(fault, `injected ${fault}`));
        return value.apply(target, args);
      };
    },
  });
  return { sut: { name: sut.name, open: async () => wrap(await sut.open()) }, set: (f) => void (fault = f) };
}

for (const base of storesUnderTest()) {
  describe(`store faults on ${base.name}`, { timeout: 120_000 }, () => {
    const store = switchable(base);
    let api: RunningApi;
    before(async () => {
      api = await startApi(store.sut, testConfig({ NODE_ENV: "production" }));
    });
    after(() => api.close());

    it("the store fails mid-load and returns: coded errors, no 5xx, recovery without restart", async (t) => {
      const load = runLoad(api.url, 6, 6);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      store.set("STORE_UNAVAILABLE");
      const ready = await fetch(new URL("/readyz", api.url));
      const healthy = await fetch(new URL("/healthz", api.url));
      await new Promise((resolve) => setTimeout(resolve, 2000));
      store.set(null);
      const result = await load;
      t.diagnostic(`${result.requests} requests, statuses ${JSON.stringify(result.statuses)}, error codes ${JSON.stringify(result.errorCodes)}`);
      t.diagnostic(`per second ok/failed: ${result.timeline.map((s) => `${s.ok}/${s.failed}`).join(" ")}`);
      assert.equal(serverErrors(result), 0);
      assert.deepEqual(Object.keys(result.errorCodes), ["STORE_UNAVAILABLE"]);
      assert.deepEqual([ready.status, healthy.status], [503, 200]);
      const last = result.timeline[result.timeline.length - 1];
      assert.ok(last.ok > 0 && last.failed === 0, `no recovery: ${JSON.stringify(last)}`);
      assert.equal((await fetch(new URL("/readyz", api.url))).status, 200);
    });

    it("a store timeout has its own code", async () => {
      store.set("STORE_TIMEOUT");
      const result = await api.query(`{ path(from: "person:dao-hong-lan", to: "person:konstantin-gorodnitsky") { found } }`);
      store.set(null);
      assert.equal(result.status, 200);
      assert.equal(result.errors?.[0]?.extensions?.code, "STORE_TIMEOUT");
      assert.match(result.errors![0].message, /took too long/);
    });

    it("an unexpected error is masked in production: a code, no stack, no internals", async () => {
      store.set("BUG");
      const result = await api.query(`{ counts { evidence } }`);
      store.set(null);
      assert.ok(result.status < 500);
      assert.deepEqual(result.errors, [{ message: "Internal server error", path: ["counts"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
    });
  });
}
