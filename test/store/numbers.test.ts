/**
 * Every number reads back as written, whatever list it travels in. Kùzu 0.11
 * typed a list parameter by its first number, so `[1, 0.8]` stored the 0.8 as
 * the integer its bits spell (4605380978949069300) and `[0.8, 1]` the 1 as 5e-324.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { NodeKind, RelationshipType } from "../../src/domain/ontology.js";
import { ExtractionMethod, ReviewState, type Evidence } from "../../src/domain/records.js";
import type { ProposalRecord } from "../../src/store/findings.js";
import type { GraphStore } from "../../src/store/port.js";
import { storesUnderTest } from "../support/stores.js";
import { indexed, relationship } from "./curationFixture.js";

const ARTICLE = "article:numbers";
const person = indexed({ id: "person:numbers", kind: NodeKind.Person, name: "Numbers", names: {}, aliases: [], labels: [], attributes: {} });
const agreement = indexed({ id: "agreement:numbers", kind: NodeKind.Agreement, name: "Numbers Agreement", names: {}, aliases: [], labels: [], attributes: {} });
const signed = relationship(RelationshipType.SIGNED, person.id, agreement.id);

function evidence(subject: string, n: number, confidence: number): Evidence {
  return {
    id: `evidence:${subject}:${n}`, subject, article: ARTICLE, quote: `quote ${n}`, gloss: null,
    method: ExtractionMethod.curated, confidence, reviewState: ReviewState.accepted,
  };
}

function proposal(n: number, confidence: number): ProposalRecord {
  return {
    id: `proposal:numbers-${n}`, article: ARTICLE, type: RelationshipType.SIGNED, from: person.id, to: agreement.id,
    properties: {}, quote: "signed", start: n, end: n + 6,
    method: ExtractionMethod.machine, confidence, change: null, state: ReviewState.proposed, reviewedBy: null, reviewedAt: null,
  };
}

const confidences = (items: readonly { confidence: number }[]) => items.map((e) => e.confidence).sort((a, b) => a - b);

for (const sut of storesUnderTest()) {
  describe(`numbers on ${sut.name}`, () => {
    let store: GraphStore;
    before(async () => {
      store = await sut.open();
    });
    after(() => store.close());

    it("reads back whole and decimal confidences written together, in either order", async () => {
      const batch = {
        entities: [person, agreement],
        relationships: [signed],
        // One subject with a whole number first, one with a decimal first, and the batch as a whole mixed.
        evidence: [evidence(signed.id, 0, 1), evidence(signed.id, 1, 0.8), evidence(person.id, 0, 0.8), evidence(person.id, 1, 1), evidence(agreement.id, 0, 0.35)],
      };
      await store.replaceOrigin("test:numbers", batch);
      const [onSigned, onPerson, onAgreement] = await store.evidenceFor([signed.id, person.id, agreement.id]);
      assert.deepEqual(confidences(onSigned), [0.8, 1]);
      assert.deepEqual(confidences(onPerson), [0.8, 1]);
      assert.deepEqual(confidences(onAgreement), [0.35]);
    });

    it("keeps a decimal confidence added beside whole ones already stored", async () => {
      await store.replaceOrigin("test:numbers-more", { entities: [], relationships: [], evidence: [evidence(signed.id, 2, 0.6)] });
      const [onSigned] = await store.evidenceFor([signed.id]);
      assert.deepEqual(confidences(onSigned), [0.6, 0.8, 1]);
    });

    it("reads back the confidences and offsets of proposals written together", async () => {
      const proposals = [proposal(0, 1), proposal(1, 0.75), proposal(2, 0.5)];
      const findings = { article: ARTICLE, facts: { entities: [], relationships: [], evidence: [] }, mentions: [], candidates: [], proposals };
      await store.curate({ id: "change:numbers-ingest", actor: "test", at: "2025-01-01T00:00:00.000Z", operation: { kind: "ingestArticle", findings } });
      const stored = await store.proposals({ article: ARTICLE, limit: 10, offset: 0 });
      assert.deepEqual(
        stored.map((p) => [p.id, p.confidence, p.start, p.end]).sort(),
        proposals.map((p) => [p.id, p.confidence, p.start, p.end]).sort(),
      );
    });

    it("keeps the confidence of a proposal accepted onto a statement with curated evidence", async () => {
      await store.curate({ id: "change:numbers-accept", actor: "test", at: "2025-01-01T00:00:01.000Z", operation: { kind: "acceptProposal", proposal: "proposal:numbers-1" } });
      const [onSigned] = await store.evidenceFor([signed.id]);
      assert.deepEqual(confidences(onSigned), [0.6, 0.75, 0.8, 1]);
    });
  });
}
