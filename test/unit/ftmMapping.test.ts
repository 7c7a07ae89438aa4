/**
 * The FollowTheMoney mapping where the seed does not reach: a country that
 * signs, a signatory for a country, a post with a title in another script,
 * dates without a year, kinds FtM has no schema for, and provenance merged
 * from sources of different origin. The seed's own export is judged by
 * followthemoney itself in test/export/ftm.test.ts.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { NodeKind, RelationshipType } from "../../src/domain/ontology.js";
import { indexEntity } from "../../src/domain/indexing.js";
import { ExtractionMethod, ReviewState, type Entity, type Relationship } from "../../src/domain/records.js";
import { entityThings, relationshipThings, type CountryLookup } from "../../src/export/ftm/mapping.js";
import { statementKey } from "../../src/export/ftm/sink.js";
import type { ExportEdge, ExportSource } from "../../src/export/scope.js";

/** FtM's entity id rule (followthemoney/types/entity.py). */
const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;

const countries: CountryLookup = (id) => (id === "country:viet-nam" ? { code: "vn", name: "Viet Nam" } : null);

function source(article: string, published: string | null, method = ExtractionMethod.curated, reviewState = ReviewState.accepted): ExportSource {
  return {
    evidence: { id: `evidence:${article}`, subject: "stmt:x", article, quote: `words of ${article}`, gloss: `gloss of ${article}`, method, confidence: 1, reviewState },
    url: `https://example.org/${article}`, publisher: "Example", published, title: article, language: "vi",
  };
}

function edge(type: RelationshipType, from: string, to: string, properties: Relationship["properties"] = {}, sources = [source("article:a", "2025-09-13")]): ExportEdge {
  return { relationship: { id: "stmt:0123456789abcdef", type, from, to, properties }, sources };
}

const entity = (e: Partial<Entity> & Pick<Entity, "id" | "kind" | "name">) => indexEntity({ names: {}, aliases: [], labels: [], attributes: {}, ...e }, []);

describe("FollowTheMoney mapping", () => {
  it("a country that signs: the article documents the agreement, naming the country in the role", () => {
    const [doc, ...rest] = relationshipThings(edge(RelationshipType.SIGNED, "country:viet-nam", "agreement:deal"), countries);
    assert.equal(rest.length, 0);
    assert.deepEqual(doc!.toJson().properties, {
      description: ["words of article:a"], summary: ["gloss of article:a"], proof: ["article.a"], sourceUrl: ["https://example.org/article:a"],
      publisher: ["Example"], recordId: ["stmt:0123456789abcdef"], entity: ["agreement.deal"], role: ["signatory: Viet Nam"], document: ["article.a"],
    });
    assert.equal(doc!.schema, "Documentation");
  });

  it("a signatory for a country: one link that names the country, no Representation (its client must be a legal entity)", () => {
    const things = relationshipThings(edge(RelationshipType.SIGNED, "person:lan", "agreement:deal", { onBehalfOf: "country:viet-nam" }), countries);
    assert.deepEqual(things.map((t) => [t.schema, t.toJson().properties.role]), [["UnknownLink", ["signatory for Viet Nam"]]]);
  });

  it("a relationship with a country at one end and no source has nothing to document", () => {
    assert.deepEqual(relationshipThings(edge(RelationshipType.BASED_IN, "organization:x", "country:viet-nam", {}, []), countries), []);
  });

  it("kinds FtM has no schema for, and the relationships that reach them, are left out", () => {
    assert.deepEqual(relationshipThings(edge(RelationshipType.TREATS, "drug:x", "disease:y"), countries), []);
    assert.deepEqual(entityThings(entity({ id: "disease:y", kind: NodeKind.Disease, name: "Y" }), [], []), []);
  });

  it("a post with a title in another script still gets an FtM id, and a former post is ended", () => {
    const [position, occupancy] = relationshipThings(edge(RelationshipType.HOLDS_POSITION, "person:p", "country:viet-nam", { title: "Министр", current: false }), countries);
    assert.match(position!.id, FTM_ID);
    assert.deepEqual(position!.toJson().properties, { name: ["Министр"], country: ["vn"] });
    assert.deepEqual([occupancy!.toJson().properties.post, occupancy!.toJson().properties.status], [[position!.id], ["ended"]]);
  });

  it("keeps a date's precision and leaves out a date with no year", () => {
    const dated = (date: string) => entityThings(entity({ id: "agreement:deal", kind: NodeKind.Agreement, name: "Deal", attributes: { date } }), [], [])[0]!.toJson();
    assert.deepEqual(dated("2025-05").properties.contractDate, ["2025-05"]);
    assert.equal(dated("--09-12").properties.contractDate, undefined);
  });

  it("a value stated by several sources takes the strongest origin and the span of their days", () => {
    const sources = [source("article:a", "2025-09-13", ExtractionMethod.machine, ReviewState.proposed), source("article:b", "2024-01-02"), source("article:c", "2026-02")];
    const [link] = relationshipThings(edge(RelationshipType.WITNESSED, "person:p", "event:e", {}, sources), countries);
    const [, values] = link!.properties().find(([p]) => p === "subject")!;
    assert.deepEqual(values[0]!.provenance, { origin: "curated:accepted", firstSeen: "2024-01-02T00:00:00", lastSeen: "2025-09-13T00:00:00" });
    const quotes = link!.properties().find(([p]) => p === "description")![1];
    assert.deepEqual(quotes.map((q) => [q.value, q.lang, q.provenance.origin]), [
      ["words of article:a", "vie", "machine:proposed"], ["words of article:b", "vie", "curated:accepted"], ["words of article:c", "vie", "curated:accepted"],
    ]);
  });

  it("statement ids are FtM's own (Statement.make_key, checked against followthemoney)", () => {
    assert.equal(statementKey("stmt.06dc2aa4be641add", "id", "stmt.06dc2aa4be641add", null), "562202201d6c64e8236a5d477b3a1802e7f45b1a");
  });
});
