/**
 * Plain fields are read off their object by graphql-js's own resolver, with no
 * type-graphql wrapper; fields with a resolver of ours keep it (see schema.ts).
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { assertObjectType } from "graphql";
import { graphSchema } from "../../src/graphql/schema.js";

describe("the schema's field resolvers", () => {
  it("leave plain fields to graphql-js, on object types and through interfaces", async () => {
    const schema = await graphSchema();
    const fields = (type: string) => assertObjectType(schema.getType(type)).getFields();
    for (const [type, field] of [["GraphNode", "label"], ["GraphEdge", "source"], ["GraphEdge", "id"], ["Person", "name"], ["PageInfo", "hasNextPage"]]) {
      assert.equal(fields(type)[field].resolve, undefined, `${type}.${field}`);
    }
  });

  it("keep our own resolvers", async () => {
    const schema = await graphSchema();
    const fields = (type: string) => assertObjectType(schema.getType(type)).getFields();
    for (const [type, field] of [["GraphNode", "entity"], ["GraphEdge", "sources"], ["Person", "relationships"], ["Query", "neighbourhood"]]) {
      assert.equal(typeof fields(type)[field].resolve, "function", `${type}.${field}`);
    }
  });
});
