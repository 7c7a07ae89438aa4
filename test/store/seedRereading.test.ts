/**
 * Facts the sentence-by-sentence re-reading of the five articles added
 * (docs/seed-coverage.md), read back from every store with their quotes: what
 * events and a decision were about, the Vietnam–Russia cooperation fields the
 * articles name, Medsintez's office in Vietnam, and inferred facts saying so.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { RelationshipType as T } from "../../src/domain/ontology.js";
import type { Direction, GraphBatch, Relationship } from "../../src/domain/records.js";
import { readSeedGraph } from "../../src/seed/index.js";
import { SEED_ORIGIN } from "../../src/seed/load.js";
import type { GraphStore } from "../../src/store/port.js";
import { storesUnderTest } from "../support/stores.js";

let seed: GraphBatch;
before(async () => {
  seed = await readSeedGraph();
});

for (const sut of storesUnderTest()) {
  describe(`the re-read articles' facts on ${sut.name}`, () => {
    let store: GraphStore;
    before(async () => {
      store = await sut.open();
      await store.replaceOrigin(SEED_ORIGIN, seed);
    });
    after(() => store.close());

    const outOf = async (entityId: string, type: T, direction: Direction = "OUT"): Promise<Relationship[]> =>
      (await store.relationshipsOf([{ entityId, types: [type], direction }]))[0];
    const targets = async (entityId: string, type: T) => (await outOf(entityId, type)).map((r) => r.to).sort();

    it("say what an event or a decision was about", async () => {
      assert.deepEqual(await targets("event:vnvc-plant-groundbreaking", T.CONCERNS), ["organization:pabrik-vaksin-dan-biologi-vnvc"]);
      assert.deepEqual(await targets("event:bui-thanh-son-chernyshenko-meeting", T.CONCERNS), [
        "agreement:covid-19-vaccine-production-tech-transfer",
        "agreement:russia-biological-products-transfer",
        "agreement:russia-covid-19-vaccine-supply",
        "agreement:vietnam-eaeu-fta",
        "organization:intergovernmental-committee-economic-scientific-technical-cooperation",
      ]);
      assert.deepEqual(await targets("resolution:1131-qd-ttg", T.CONCERNS), ["technology:lieu-phap-te-bao"]);
    });

    it("place Gorodnitsky's post at Medsintez's representative office in Vietnam, part of Medsintez", async () => {
      const posts = await outOf("person:konstantin-gorodnitsky", T.HOLDS_POSITION);
      assert.deepEqual(posts.map((r) => [r.to, r.properties.title]), [["organization:kantor-perwakilan-medsintez-di-vietnam", "Head"]]);
      assert.deepEqual(await targets("organization:kantor-perwakilan-medsintez-di-vietnam", T.PART_OF), ["organization:medsintez"]);
      assert.deepEqual(await targets("organization:kantor-perwakilan-medsintez-di-vietnam", T.BASED_IN), ["country:viet-nam"]);
    });

    it("name each field Vietnam and Russia cooperate on, one relationship each, the partnership quoted from two articles", async () => {
      const fields = await outOf("country:viet-nam", T.COOPERATES_WITH);
      const withRussia = fields.filter((r) => r.to === "country:russian-federation");
      const on = withRussia.map((r) => String(r.properties.on));
      for (const field of ["health", "comprehensive strategic partnership", "economy and trade", "disease control"]) {
        assert.equal(on.filter((o) => o === field).length, 1, `${field} in ${on.join(" | ")}`);
      }
      const partnership = withRussia.find((r) => r.properties.on === "comprehensive strategic partnership")!;
      const [evidence] = await store.evidenceFor([partnership.id]);
      assert.deepEqual([...new Set(evidence.map((e) => e.article))].sort(),
        ["article:moscow-hanoi-health-pharma-conference", "article:vov-vaccine-tech-transfer-russia"]);
      assert.ok(evidence.some((e) => e.quote.includes("đối tác chiến lược toàn diện duy nhất của Liên bang Nga")));
    });

    it("keep a fact inferred from the text marked inferred, with its basis, in its gloss", async () => {
      const [spoke] = (await outOf("person:ngo-chi-dung", T.ATTENDED)).filter((r) => r.to === "event:vnvc-medsintez-signing");
      const [evidence] = await store.evidenceFor([spoke.id]);
      assert.match(evidence[0].gloss ?? "", /\(Inferred: .*does not say where he spoke/);
      const [stated] = await outOf("technology:personlig-3d-printing", T.TREATS);
      assert.deepEqual([stated.to, stated.properties.status], ["disease:traume", "IN_TRIAL"]);
      const [statedEvidence] = await store.evidenceFor([stated.id]);
      assert.doesNotMatch(statedEvidence[0].gloss ?? "", /Inferred/);
    });
  });
}
