/** The curated seed on every store: it loads, reloads without change, and holds what the articles state. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readSeedGraph } from "../../src/seed/index.js";
import { SEED_ORIGIN } from "../../src/seed/load.js";
import type { GraphStore } from "../../src/store/port.js";
import type { GraphCounts } from "../../src/domain/records.js";
import { storesUnderTest } from "../support/stores.js";

for (const sut of storesUnderTest()) {
  describe(`the seed on ${sut.name}`, () => {
    let store: GraphStore;
    let first: GraphCounts;
    before(async () => {
      store = await sut.open();
      await store.replaceOrigin(SEED_ORIGIN, await readSeedGraph());
      first = await store.counts();
    });
    after(() => store.close());

    it("loading it again changes nothing", async () => {
      await store.replaceOrigin(SEED_ORIGIN, await readSeedGraph());
      assert.deepEqual(await store.counts(), first);
    });

    it("every relationship has evidence", () => assert.equal(first.relationshipsWithoutEvidence, 0));

    it("holds at least what the five articles state", () => {
      const n = first.nodes;
      const minimums: Array<[string, number, number]> = [
        ["people", n.Person, 19], ["organisations", n.Organization, 20], ["countries", n.Country, 6],
        ["drugs and products", n.Drug + n.Technology, 8], ["resolutions, decisions and plans", n.Resolution, 10],
        ["agreements", n.Agreement, 5], ["events", n.Event, 6], ["articles", n.Article, 5],
      ];
      for (const [what, count, minimum] of minimums) assert.ok(count >= minimum, `${count} ${what}, expected at least ${minimum}`);
      for (const type of ["SIGNED", "WITNESSED", "TRANSFERS"] as const) assert.ok(first.relationships[type] > 0, `no ${type}`);
    });
  });
}
