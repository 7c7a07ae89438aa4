/**
 * Ingest on every store: the same article twice duplicates nothing, a known
 * URL is the same article, findings read back as written (and counted), fact
 * queries never see a finding a curator has not accepted, a rejected one never
 * returns, a second report of a known signing is evidence on the known
 * agreement, and a confidence threshold promotes only through the audit trail.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { ReviewState } from "../../src/domain/records.js";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { promoter } from "../../src/ingest/promote.js";
import { statementOf } from "../../src/ingest/settled.js";
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
      assert.deepEqual(
        [await store.proposalCount({ article }), await store.candidateCount({ article }), await store.proposalCount({ article, state: ReviewState.rejected })],
        [findings.proposals.length, findings.candidates.length, 0],
      );
      // The headline and the body each state the signing.
      const signed = stored.proposals.filter((p) => p.type === "SIGNED").map((p) => p.from).sort();
      assert.deepEqual(signed, ["organization:medsintez", "organization:medsintez", "organization:vnvc", "organization:vnvc"]);
      assert.ok(stored.proposals.every((p) => p.state === "proposed" && p.method === "machine" && ARTICLE.slice(p.start, p.end) === p.quote));
      for (const m of stored.mentions) assert.equal(ARTICLE.slice(m.start, m.end), m.surface);
    });

    it("keeps every finding, MENTIONS included, out of fact queries until accepted", async () => {
      const witnessed = () => store.relationshipsOf([{ entityId: "person:dao-hong-lan", types: ["WITNESSED" as never], direction: "OUT" }]);
      const before = await witnessed();
      const evidenceBefore = await store.evidenceFor(before[0].map((r) => r.id));
      const { article, findings } = await ingestArticle(store, { text: ARTICLE, url: "https://example.org/findings-only" }, "curator:test");
      assert.ok(findings.proposals.some((p) => p.type === "MENTIONS" && p.to === "person:dao-hong-lan"));
      assert.ok(findings.proposals.some((p) => p.type === "WITNESSED" && p.from === "person:dao-hong-lan"));
      assert.deepEqual(await witnessed(), before);
      assert.deepEqual(await store.evidenceFor(before[0].map((r) => r.id)), evidenceBefore);
      const mentionedIn = (await store.relationshipsOf([{ entityId: "person:dao-hong-lan", types: ["MENTIONS" as never], direction: "IN" }]))[0];
      assert.ok(!mentionedIn.some((r) => r.from === article));
      assert.deepEqual((await store.relationshipsOf([{ entityId: article, types: [], direction: "BOTH" }]))[0], []);
      assert.deepEqual((await store.counts()).relationships, seeded.relationships);
    });

    it("takes a known URL for the same article: its title and text stay, and nothing is added", async () => {
      const url = "https://example.org/news/medsintez-and-vnvc-sign-a-new-deal";
      const first = await ingestArticle(store, { text: ARTICLE, url }, "curator:test");
      const once = await everything(store, first.article);
      assert.equal(once.article?.name, "Medsintez and VNVC sign a new deal");
      const banner = `Example News - All the news about health\n${ARTICLE}\nRead more`;
      const again = await ingestArticle(store, { text: banner, url: "http://www.example.org/news/medsintez-and-vnvc-sign-a-new-deal/" }, "curator:test");
      assert.deepEqual([again.article, again.known], [first.article, true]);
      assert.deepEqual(await everything(store, first.article), once);

      const [seedArticle] = await store.entitiesById(["article:baolangson-vnvc-medsintez"]);
      const before = await store.counts();
      const reread = await ingestArticle(store, { text: `Site banner\n${String(seedArticle!.attributes.text)}`, url: String(seedArticle!.attributes.url) }, "curator:test");
      assert.deepEqual([reread.article, reread.known], [seedArticle!.id, true]);
      const recorded = (await store.relationshipsOf([{ entityId: seedArticle!.id, types: ["MENTIONS" as never], direction: "OUT" }]))[0].map((r) => r.to);
      const mentions = reread.findings.proposals.filter((p) => p.type === "MENTIONS");
      assert.ok(recorded.length > 0 && mentions.every((p) => !recorded.includes(p.to)), "what the seed records is not proposed again");
      assert.deepEqual(await store.counts(), before);
      assert.deepEqual((await store.entitiesById([seedArticle!.id]))[0], seedArticle);
    });

    it("never brings back a rejected proposal, from any sentence that states it again", async () => {
      const url = "https://example.org/rejected";
      const { article, findings } = await ingestArticle(store, { text: ARTICLE, url }, "curator:test");
      const signed = findings.proposals.filter((p) => p.type === "SIGNED" && p.from === "organization:medsintez");
      assert.equal(signed.length, 2, "the headline and the body both state it");
      await store.curate({ id: "change:reject-signed", actor: "curator", at: "2026-01-01T00:00:00Z", operation: { kind: "rejectProposal", proposal: signed[0].id } });
      const again = await ingestArticle(store, { text: ARTICLE, url }, "curator:test");
      assert.ok(!again.findings.proposals.some((p) => p.type === "SIGNED" && p.from === "organization:medsintez"));
      const stored = (await store.proposals({ article, limit: 500, offset: 0 })).filter((p) => p.type === "SIGNED" && p.from === "organization:medsintez");
      assert.deepEqual(stored.map((p) => [p.id, p.state]), [[signed[0].id, "rejected"]]);
    });

    it("takes a second report of a known signing for evidence on the known agreement, not a new one", async () => {
      const text = "Nhà máy Vắc xin và Sinh phẩm VNVC và Công ty Dược phẩm Medsintez đã ký thỏa thuận hợp tác chuyển giao công nghệ tại Hà Nội.";
      const { article, findings } = await ingestArticle(store, { text, url: "https://example.org/vi/second-report", language: "vi" }, "curator:test");
      assert.deepEqual(findings.candidates.filter((c) => c.kind === "Agreement" || c.kind === "Event"), []);
      const signed = findings.proposals.filter((p) => p.type === "SIGNED").map((p) => [p.from, p.to]).sort();
      assert.deepEqual(signed, [
        ["organization:medsintez", "agreement:vnvc-medsintez-tech-transfer"],
        ["organization:pabrik-vaksin-dan-biologi-vnvc", "agreement:vnvc-medsintez-tech-transfer"],
      ]);
      const proposal = findings.proposals.find((p) => p.type === "SIGNED" && p.from === "organization:medsintez")!;
      const statement = statementOf(proposal);
      const [evidenceBefore] = await store.evidenceFor([statement]);
      assert.ok(evidenceBefore.length > 0 && !evidenceBefore.some((e) => e.article === article), "the seed already states this signing");
      const relationshipsBefore = (await store.counts()).relationships;
      await store.curate({ id: "change:accept-second-report", actor: "curator", at: "2026-01-01T00:00:00Z", operation: { kind: "acceptProposal", proposal: proposal.id } });
      const [evidenceAfter] = await store.evidenceFor([statement]);
      assert.deepEqual(evidenceAfter.filter((e) => e.article !== article).map((e) => e.id).sort(), evidenceBefore.map((e) => e.id).sort());
      assert.deepEqual(evidenceAfter.filter((e) => e.article === article).map((e) => e.quote), [proposal.quote]);
      assert.deepEqual((await store.counts()).relationships, relationshipsBefore, "no new statement, only its evidence");
    });

    it("promotes proposals at the threshold to facts, recorded under the threshold's name, once", async () => {
      const url = "https://example.org/promoted";
      const threshold = 0.95;
      const { article, promoted } = await ingestArticle(store, { text: ARTICLE, url }, "curator:test", { autoAccept: threshold });
      assert.ok(promoted.length > 0);
      assert.ok(promoted.every((c) => c.actor === promoter(threshold) && c.action === "acceptProposal"));
      const proposals = await store.proposals({ article, limit: 500, offset: 0 });
      const accepted = proposals.filter((p) => p.state === ReviewState.accepted);
      assert.equal(accepted.length, promoted.length);
      assert.ok(accepted.every((p) => p.confidence >= threshold && p.reviewedBy === promoter(threshold)));
      const confidentBetweenEntities = (p: (typeof proposals)[number]) => p.confidence >= threshold && !`${p.from} ${p.to}`.includes("candidate:");
      assert.ok(!proposals.some((p) => p.state === ReviewState.proposed && confidentBetweenEntities(p)));
      const mentionedIn = (await store.relationshipsOf([{ entityId: article, types: ["MENTIONS" as never], direction: "OUT" }]))[0];
      assert.ok(mentionedIn.some((r) => r.to === "person:dao-hong-lan"));
      const counts = await store.counts();
      const again = await ingestArticle(store, { text: ARTICLE, url }, "curator:test", { autoAccept: threshold });
      assert.deepEqual(again.promoted, []);
      assert.deepEqual(await store.counts(), counts);
    });
  });
}
