/** A server loads the seed when its store lacks it and again only when seed/ changed. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_SEED_DIR } from "../../src/seed/index.js";
import { ensureSeedLoaded } from "../../src/seed/load.js";
import { storesUnderTest } from "../support/stores.js";

for (const sut of storesUnderTest()) {
  describe(`seed freshness on ${sut.name}`, () => {
    it("loads into an empty store, skips an unchanged seed, reloads a changed one", async () => {
      const seed = mkdtempSync(join(tmpdir(), "kg-seed-"));
      cpSync(DEFAULT_SEED_DIR, seed, { recursive: true });
      const store = await sut.open();
      try {
        assert.equal(await ensureSeedLoaded(store, seed), true);
        const counts = await store.counts();
        assert.ok(counts.nodes.Person > 0);
        assert.equal(await ensureSeedLoaded(store, seed), false);
        appendFileSync(join(seed, "README.md"), "\nA curator's note.\n");
        assert.equal(await ensureSeedLoaded(store, seed), true);
        assert.deepEqual(await store.counts(), counts);
      } finally {
        await store.close();
        rmSync(seed, { recursive: true, force: true });
      }
    });
  });
}
