/**
 * The seed as a reader who does not speak the articles' languages meets it,
 * on every store: each entity of the kinds a reader looks for is found by its
 * English label with and without diacritics, every date reads in plain words,
 * and transfers filter by the year an article implies.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { NodeKind, RelationshipType } from "../../src/domain/ontology.js";
import { labelIn } from "../../src/domain/labels.js";
import { entityDate, yearBasisOf } from "../../src/domain/indexing.js";
import { plainDate } from "../../src/domain/dates.js";
import { foldText } from "../../src/domain/names.js";
import type { GraphBatch } from "../../src/domain/records.js";
import { readSeedGraph } from "../../src/seed/index.js";
import { SEED_ORIGIN } from "../../src/seed/load.js";
import { MatchTier, type GraphStore } from "../../src/store/port.js";
import { storesUnderTest } from "../support/stores.js";

const SOUGHT = [
  NodeKind.Country, NodeKind.Organization, NodeKind.Person, NodeKind.Drug, NodeKind.Disease, NodeKind.Resolution,
];

/** The label with its letters stripped of diacritics (đ and ø included), as a reader without them types it. */
const withoutDiacritics = (text: string) => text.replace(/[đĐ]/g, "d").normalize("NFD").replace(/\p{M}/gu, "");

let seed: GraphBatch;
before(async () => {
  seed = await readSeedGraph();
});

describe("the seed's labels", () => {
  it("give every entity but the articles an English label, as written or translated", () => {
    const missing = seed.entities.filter((e) => e.kind !== NodeKind.Article && !e.labels.some((l) => l.lang === "en"));
    assert.deepEqual(missing.map((e) => e.id), []);
  });

  it("mark each label as the article's words, with its article, or as a translation without one", () => {
    const articles = new Set(seed.entities.filter((e) => e.kind === NodeKind.Article).map((e) => e.id));
    for (const entity of seed.entities) {
      for (const label of entity.labels) {
        assert.equal(label.asWritten, label.source !== null, `${entity.id} ${label.lang}`);
        if (label.source) assert.ok(articles.has(label.source), `${entity.id}: ${label.source}`);
      }
    }
    assert.equal(labelIn(seed.entities.find((e) => e.id === "person:putin")!, "en")!.text, "Putin");
  });

  it("render every date in plain words, saying when its year is inferred and why", () => {
    const plain = seed.entities.flatMap((e) => {
      const date = entityDate(e);
      return date ? [[e.id, plainDate(date, yearBasisOf(e))] as const] : [];
    });
    assert.ok(plain.length >= 20);
    for (const [id, words] of plain) assert.doesNotMatch(words, /--|\d{4}-\d{2}/, id);
    const of = new Map(plain);
    assert.equal(of.get("agreement:vnvc-medsintez-tech-transfer"),
      "12 September 2025 (year inferred: the article is dated 13/09/2025 and places the signing five months after May 2025)");
    assert.equal(of.get("event:moscow-hanoi-health-pharma-conference"), "21 October, year not stated");
    assert.equal(of.get("resolution:57-nq-tw"), "22 December 2024");
    assert.equal(of.get("agreement:vnvc-rdif-comprehensive-cooperation"), "May 2025");
  });
});

describe("the seed's facts", () => {
  it("credit photographers without making them attendees", () => {
    const credited = new Set(seed.relationships.filter((r) => r.type === RelationshipType.CREDITED).map((r) => r.from));
    assert.deepEqual([...credited].sort(), ["person:hai-nam", "person:hoang-thong-nhat", "person:pham-giang"]);
    const attended = seed.relationships.filter((r) => r.type === RelationshipType.ATTENDED && credited.has(r.from));
    assert.deepEqual(attended, []);
  });

  it("say whom Medsintez and VNVC cooperate with on research, clinical research and distribution", () => {
    const on = seed.relationships
      .filter((r) => r.type === RelationshipType.COOPERATES_WITH && r.from === "organization:medsintez" && r.to === "organization:vnvc")
      .map((r) => String(r.properties.on));
    assert.ok(["research and development", "clinical research", "distribution"].every((field) => on.some((o) => o.startsWith(field))), on.join(" | "));
  });
});

for (const sut of storesUnderTest()) {
  describe(`a reader in English on ${sut.name}`, () => {
    let store: GraphStore;
    before(async () => {
      store = await sut.open();
      await store.replaceOrigin(SEED_ORIGIN, seed);
    });
    after(() => store.close());

    it("finds each country, ministry, organisation, person, drug, disease and resolution by its English label, with and without diacritics", async () => {
      const missed: string[] = [];
      for (const entity of seed.entities.filter((e) => SOUGHT.includes(e.kind))) {
        const english = labelIn(entity, "en")!.text;
        for (const text of new Set([english, withoutDiacritics(english), foldText(english)])) {
          const { hits } = await store.search({ text, kinds: [], limit: 5, offset: 0 });
          if (!hits.some((h) => h.id === entity.id)) missed.push(`${entity.id} by "${text}"`);
        }
      }
      assert.deepEqual(missed, []);
    });

    it("lists Vietnam's and Russia's ministries of health for \"Ministry of Health\", Vietnam's (whose label it is) first", async () => {
      const { total, hits } = await store.search({ text: "Ministry of Health", kinds: [NodeKind.Organization], limit: 10, offset: 0 });
      const ids = hits.map((h) => h.id);
      assert.deepEqual(ids.slice(0, 2), ["organization:bo-y-te", "organization:ministry-of-health-of-russia"]);
      assert.equal(total, hits.length);
    });

    it("ranks the ministries of health (\"… of Vietnam\", \"… of Russia\") before an event whose label merely starts with \"Ministry of Health\"", async () => {
      const { hits } = await store.search({ text: "Ministry of Health", kinds: [], limit: 10, offset: 0 });
      const ids = hits.map((h) => h.id);
      assert.deepEqual(ids.slice(0, 2), ["organization:bo-y-te", "organization:ministry-of-health-of-russia"]);
      assert.deepEqual(hits.slice(0, 2).map((h) => h.tier), [MatchTier.QUALIFIED, MatchTier.QUALIFIED]);
      const workshop = hits.find((h) => h.id === "event:moh-science-technology-workshop");
      assert.equal(workshop?.tier, MatchTier.PREFIX);
    });

    it("finds what a new user asked for and did not find", async () => {
      const first = async (text: string) => (await store.search({ text, kinds: [], limit: 1, offset: 0 })).hits[0]?.id;
      assert.equal(await first("Japan"), "country:nhat-ban");
      assert.equal(await first("Germany"), "country:tyskland");
      assert.equal(await first("France"), "country:prancis");
      assert.equal(await first("Politburo"), "organization:politbiro");
      assert.equal(await first("dengue"), "disease:demam-berdarah");
      assert.equal(await first("Russian Direct Investment Fund"), "organization:rdif");
      assert.equal(await first("medsintez agreement"), "agreement:vnvc-medsintez-tech-transfer");
      assert.equal(await first("Vladimir Putin"), "person:putin");
      const stemCell = await store.search({ text: "stem cell", kinds: [], limit: 10, offset: 0 });
      assert.ok(stemCell.hits.some((h) => h.id === "technology:cong-nghe-san-xuat-te-bao-goc-va-te-bao-mien-dich"));
    });

    it("filters transfers by year, counting a year inferred from the article's date unless told not to", async () => {
      const in2025 = (inferredYears: boolean) => store.transfers({
        provider: null, recipient: null, product: null, providerCountry: null, recipientCountry: null,
        dates: { from: "2025-01-01", to: "2025-12-31", inferredYears }, offset: 0, limit: 50, include: { ends: "whole", parties: "whole" },
      });
      const counted = await in2025(true);
      const agreements = new Set(counted.transfers.map((t) => t.transfer.from));
      assert.deepEqual([...agreements], ["agreement:vnvc-medsintez-tech-transfer"]);
      assert.ok(counted.total >= 10, `${counted.total}`);
      assert.equal((await in2025(false)).total, 0);
    });
  });
}
