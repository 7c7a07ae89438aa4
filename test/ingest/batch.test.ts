/**
 * Many articles at once, on every store: a folder of development-set
 * articles (one of them a second copy under the same URL) ingested in one
 * batch leaves the store exactly as ingesting them one at a time, in the same
 * order, does — the same articles, findings, mentions and counts.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { NodeKind } from "../../src/domain/ontology.js";
import { DEFAULT_SEED_DIR } from "../../src/seed/index.js";
import { loadSeed } from "../../src/seed/load.js";
import type { GraphStore } from "../../src/store/port.js";
import { articleFiles } from "../../src/cli/articleFiles.js";
import { ingestFiles } from "../../src/cli/commands/ingest.js";
import { storesUnderTest, type StoreUnderTest } from "../support/stores.js";
import { articleFolder, FOLDER_ARTICLES } from "./fixtures.js";

/** Everything ingest writes, in an order that does not depend on how it was written. */
async function everythingIngestWrote(store: GraphStore) {
  const byId = <T extends { id: string }>(items: T[]) => items.sort((a, b) => a.id.localeCompare(b.id));
  const articles = byId((await store.entitiesById(await store.listEntities({ kinds: [NodeKind.Article], limit: 1000, offset: 0 }))).map((a) => a!));
  return {
    counts: await store.counts(),
    articles,
    proposals: byId(await store.proposals({ limit: 10_000, offset: 0 })),
    candidates: byId(await store.candidates({ limit: 10_000, offset: 0 })),
    mentions: await Promise.all(articles.map(async (a) => byId(await store.mentionsIn(a.id)))),
  };
}

async function ingestedInto(sut: StoreUnderTest, batches: string[][]) {
  const store = await sut.open();
  try {
    await loadSeed(store, DEFAULT_SEED_DIR);
    for (const paths of batches) {
      const outcomes = await ingestFiles(store, await articleFiles(paths, {}), "test", null);
      assert.ok(outcomes.every((o) => "report" in o), JSON.stringify(outcomes.filter((o) => "problem" in o)));
    }
    return await everythingIngestWrote(store);
  } finally {
    await store.close();
  }
}

for (const sut of storesUnderTest()) {
  describe(`many articles at once on ${sut.name}`, { timeout: 300_000 }, () => {
    it("a folder in one batch leaves the store as its files one at a time do", async () => {
      const dir = articleFolder();
      try {
        const files = (await articleFiles([dir], {})).map((a) => a.path);
        assert.equal(files.length, FOLDER_ARTICLES.length + 1);
        const urls = new Set(files.map((file) => JSON.parse(readFileSync(file.replace(/\.txt$/, ".json"), "utf8")).url));
        const together = await ingestedInto(sut, [[dir]]);
        const oneByOne = await ingestedInto(sut, files.map((file) => [file]));
        assert.equal(together.articles.filter((a) => urls.has(a.attributes.url)).length, FOLDER_ARTICLES.length, "the copy under a known URL adds no article");
        assert.ok(together.proposals.length > 0 && together.candidates.length > 0);
        assert.deepEqual(together, oneByOne);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
