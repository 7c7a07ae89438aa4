/**
 * The schema's interfaces name a value's type at once: GraphQL then completes a
 * batch of nodes without waiting a promise per node (see schema.ts).
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { assertInterfaceType, type GraphQLResolveInfo } from "graphql";
import { graphSchema } from "../../src/graphql/schema.js";

describe("interface type resolvers", () => {
  it("answer a type name, not a promise of one", async () => {
    const schema = await graphSchema();
    const resolve = (name: string, value: object) =>
      assertInterfaceType(schema.getType(name)).resolveType!(value, {}, {} as GraphQLResolveInfo, assertInterfaceType(schema.getType(name)));
    assert.equal(resolve("Entity", { id: "person:dao-hong-lan", kind: "Person" }), "Person");
    assert.equal(resolve("Node", { id: "country:vietnam", kind: "Country" }), "Country");
    assert.equal(resolve("Node", { id: "stmt:603c87c33711258f", type: "SIGNED" }), "Relationship");
  });
});
