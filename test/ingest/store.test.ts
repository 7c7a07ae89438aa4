/**
 * Ingest on every store: the same article twice duplicates nothing, findings
 * read back as written, and fact queries never see a proposal.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { DEFAULT_SEED_DIR } from "../../src/seed/index.js";
import { loadSeed } from "../../src/seed/load.js";
import type { GraphStore } from "../../src/store/port.js";
import { storesUnderTest } from "../support/stores.js";
import { ARTICLE } from "./fixtures.js";

async function everything(store: GraphStore, article: string) {
  const page = { article, limit: 500, offset: 0 };
  return {
    counts: await store.counts(),
    mentions: await store.mentionsIn(article),
    candidates: await store.candidates(page),
    proposals: await store.proposals(page),
    article: (await store.entitiesById([article]))[0],
  };
}

for (const sut of storesUnderTest()) {
  describe(`ingest on ${sut.name}`, () => {
    let store: GraphStore;
    let seeded: Awaited<ReturnType<GraphStore["counts"]>>;
    before(async () => {
      store = await sut.open();
      await loadSeed(store, DEFAULT_SEED_DIR);
      seeded = await store.counts();
    });
    after(() => store.close());

    it("ingests an article twice without duplicating anything", async () => {
      const first = await ingestArticle(store, { text: ARTICLE, url: "https://example.org/deal", publisher: "Example", published: "2025-09-13" }, "curator:test");
      const once = await everything(store, first.article);
      const second = await ingestArticle(store, { text: ARTICLE, url: "https://example.org/deal", publisher: "Example", published: "2025-09-13" }, "curator:test");
      assert.equal(second.article, first.article);
      assert.deepEqual(await everything(store, first.article), once);
      assert.equal(once.counts.nodes.Article, seeded.nodes.Article + 1);
      assert.ok(once.mentions.length >= 5 && once.proposals.length >= 4 && once.candidates.length >= 1);
    });

    it("stores the article as a source and reads every finding back as written", async () => {
      const { article, language, languageDetected, findings } = await ingestArticle(store, { text: ARTICLE }, "curator:test");
      assert.deepEqual([language, languageDetected], ["en", true]);
      const stored = await everything(store, article);
      assert.equal(stored.article?.attributes.text, ARTICLE);
      const byStart = <T extends { start: number; id: string }>(a: T, b: T) => a.start - b.start || (a.id < b.id ? -1 : 1);
      assert.deepEqual(stored.mentions.map((m) => ({ ...m })).sort(byStart), [...findings.mentions].sort(byStart));
      assert.deepEqual(new Set(stored.proposals.map((p) => p.id)), new Set(findings.proposals.map((p) => p.id)));
      // The headline and the body each state the signing.
      const signed = stored.proposals.filter((p) => p.type === "SIGNED").map((p) => p.from).sort();
      assert.deepEqual(signed, ["organization:medsintez", "organization:medsintez", "organization:vnvc", "organization:vnvc"]);
      assert.ok(stored.proposals.every((p) => p.state === "proposed" && p.method === "machine" && ARTICLE.slice(p.start, p.end) === p.quote));
      for (const m of stored.mentions) assert.equal(ARTICLE.slice(m.start, m.end), m.surface);
    });

    it("keeps proposals out of every fact query", async () => {
      const { findings } = await ingestArticle(store, { text: ARTICLE }, "curator:test");
      const witnesses = (await store.relationshipsOf([{ entityId: "person:dao-hong-lan", types: ["WITNESSED" as never], direction: "OUT" }]))[0];
      assert.ok(!witnesses.some((r) => findings.proposals.some((p) => p.to === r.to)));
      const counts = await store.counts();
      for (const type of ["SIGNED", "WITNESSED", "ATTENDED", "HOLDS_POSITION", "TRANSFERS"] as const) {
        assert.equal(counts.relationships[type], seeded.relationships[type], type);
      }
      assert.ok(counts.relationships.MENTIONS > seeded.relationships.MENTIONS);
    });
  });
}
