/**
 * Curation conformance: each row starts from a fresh store holding the fixture
 * as the seed, applies its `given` changes, then asks. Every GraphStore
 * adapter must pass every row.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { SEED_ORIGIN } from "../../src/seed/load.js";
import type { StoreUnderTest } from "../support/stores.js";
import { seedBatch } from "./curationFixture.js";
import { CHANGE_ROWS } from "./curationRows.js";
import { HISTORY_ROWS } from "./curationHistoryRows.js";
import { CONCURRENCY_ROWS } from "./curationConcurrencyRows.js";

export function defineCurationConformance(sut: StoreUnderTest): void {
  describe(`GraphStore curation: ${sut.name}`, () => {
    for (const row of [...CHANGE_ROWS, ...HISTORY_ROWS, ...CONCURRENCY_ROWS]) {
      it(row.name, async () => {
        const store = await sut.open();
        try {
          await store.replaceOrigin(SEED_ORIGIN, seedBatch());
          for (const change of row.given ?? []) await store.curate(change);
          const actual = await row.call(store);
          if ("expect" in row) assert.deepEqual(actual, row.expect);
        } finally {
          await store.close();
        }
      });
    }
  });
}
