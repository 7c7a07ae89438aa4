import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { entityId, evidenceId, kindOfId, slugify, statementId } from "../../src/domain/ids.js";
import { NodeKind, RelationshipType } from "../../src/domain/ontology.js";

describe("ids", () => {
  it("slugs fold diacritics and punctuation", () => {
    assert.equal(slugify("Đào Hồng Lan"), "dao-hong-lan");
    assert.equal(entityId(NodeKind.Resolution, slugify("57-NQ/TW")), "resolution:57-nq-tw");
  });

  it("the prefix names the kind", () => {
    assert.equal(kindOfId("person:dao-hong-lan"), NodeKind.Person);
    assert.equal(kindOfId("organization:bo-y-te"), NodeKind.Organization);
    assert.equal(kindOfId("article:vov-2021"), NodeKind.Article);
  });

  for (const bad of ["dao-hong-lan", "people:x", "person:", "person:Dao", "person:a--b", "person:a b"]) {
    it(`${JSON.stringify(bad)} is not an entity id`, () => assert.equal(kindOfId(bad), null));
  }

  it("statement ids are stable and tell identity properties apart", () => {
    const a = statementId(RelationshipType.HOLDS_POSITION, "person:a", "organization:b", ["Director"]);
    assert.equal(a, statementId(RelationshipType.HOLDS_POSITION, "person:a", "organization:b", ["Director"]));
    assert.notEqual(a, statementId(RelationshipType.HOLDS_POSITION, "person:a", "organization:b", ["Deputy"]));
    assert.notEqual(a, statementId(RelationshipType.PART_OF, "person:a", "organization:b", ["Director"]));
    assert.match(a, /^stmt:[0-9a-f]{16}$/);
  });

  it("evidence ids depend on statement, article and quote", () => {
    const e = evidenceId("stmt:1", "article:a", "q");
    assert.equal(e, evidenceId("stmt:1", "article:a", "q"));
    assert.notEqual(e, evidenceId("stmt:1", "article:b", "q"));
  });
});
