import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { CypherQueries } from "../../src/store/cypher.js";
import { schemaCommands } from "../../src/store/neo4j/neo4jStore.js";
import { NODE_KINDS, RELATIONSHIP_TYPES } from "../../src/domain/ontology.js";

describe("the Neo4j schema's commands", () => {
  const queries = CypherQueries.load("neo4j");
  const groups = schemaCommands(queries);
  const groupOf = (name: string) => groups.findIndex((g) => g.some((c) => c.includes(` ${name} `)));

  it("are every command of the schema, each once", () => {
    assert.equal(groups.flat().length, queries.statements("schema").length + NODE_KINDS.length + RELATIONSHIP_TYPES.length);
    assert.equal(new Set(groups.flat()).size, groups.flat().length);
  });

  it("run one after another on one label: those on Entity, on Evidence, share a group, in the file's order", () => {
    const entity = groups[groupOf("entity_id")];
    assert.deepEqual(entity.map((c) => /INDEX (\w+)|CONSTRAINT (\w+)/.exec(c)!.slice(1).find(Boolean)), ["entity_id", "entity_kind", "entity_search"]);
    assert.equal(groupOf("evidence_subject"), groupOf("evidence_id"));
    assert.notEqual(groupOf("evidence_id"), groupOf("entity_id"));
  });

  it("name one label or type in each group, a different one from every other group", () => {
    const tokens = groups.map((g) => new Set(g.map((c) => /FOR \(\w*:(\w+)\)|FOR \(\)-\[\w*:(\w+)\]/.exec(c)!.slice(1).find(Boolean))));
    assert.ok(tokens.every((t) => t.size === 1), JSON.stringify(tokens.map((t) => [...t])));
    assert.equal(new Set(tokens.map((t) => [...t][0])).size, groups.length);
  });
});
