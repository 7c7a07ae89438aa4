/**
 * The embedded store's probes run off the event loop, so a large batch lets
 * it take turns: other requests and health checks go on meanwhile.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { embeddedStore } from "../support/stores.js";

describe("embedded store probes", () => {
  it("answers a batch of 5,000 ids while other work keeps running", async () => {
    const store = await embeddedStore().open();
    try {
      const ids = Array.from({ length: 5000 }, (_, i) => `person:nobody-${i}`);
      // A first read loads what the store keeps in memory, which awaits Kùzu and lets the loop turn anyway.
      await store.entitiesById(ids.slice(0, 1));
      let turns = 0;
      let ticking = true;
      const tick = () => {
        turns += 1;
        if (ticking) setImmediate(tick);
      };
      setImmediate(tick);
      const started = performance.now();
      const found = await store.entitiesById(ids);
      const elapsed = performance.now() - started;
      ticking = false;
      assert.equal(found.length, 5000);
      assert.ok(found.every((entity) => entity === null));
      // Without turns the ticker would not run at all until the batch ended.
      assert.ok(turns >= Math.floor(elapsed / 50), `${turns} turns in ${elapsed.toFixed(0)} ms`);
      assert.ok(turns > 0);
    } finally {
      await store.close();
    }
  });
});
