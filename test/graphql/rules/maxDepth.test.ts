/**
 * maxDepthRule refuses operations that nest fields more deeply than its limit,
 * following fragments, terminating on fragment cycles and letting GraphiQL's
 * introspection query through.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { getIntrospectionQuery } from "graphql";
import { maxDepthRule } from "../../../src/graphql/rules/index.js";
import { CYCLIC, errorsOf } from "./schema.js";

const DEPTH_4 = `{ search(text: "a") { edges { node { id } } } }`;

/** `fields` nested one inside the next, ending in `leaf`. */
function nested(fields: string[], leaf: string): string {
  return fields.reduceRight((inner, field) => `${field} { ${inner} }`, leaf);
}

describe("maxDepthRule", () => {
  it("passes a document within the limit", () => {
    assert.deepEqual(errorsOf(DEPTH_4, maxDepthRule(4)), []);
  });

  it("refuses a document over the limit with the limit and the actual depth", () => {
    const errors = errorsOf(`query Deep ${DEPTH_4}`, maxDepthRule(3));
    assert.equal(errors.length, 1);
    assert.deepEqual(errors[0].extensions, { code: "QUERY_TOO_DEEP", limit: 3, actual: 4 });
    assert.match(errors[0].message, /Operation "Deep" nests fields 4 levels deep; the maximum depth is 3/);
  });

  it("follows named and inline fragments", () => {
    const document = `
      { node(id: "1") { ...F } }
      fragment F on Node { ... on Node { friends { edges { node { id } } } } }
    `;
    assert.deepEqual(errorsOf(document, maxDepthRule(5)), []);
    assert.deepEqual(errorsOf(document, maxDepthRule(4))[0].extensions, { code: "QUERY_TOO_DEEP", limit: 4, actual: 5 });
  });

  it("reports each operation that is too deep", () => {
    const errors = errorsOf(`query A ${DEPTH_4} query B { node(id: "1") { id } } query C ${DEPTH_4}`, maxDepthRule(2));
    assert.deepEqual(errors.map((error) => error.message.slice(0, 13)), ['Operation "A"', 'Operation "C"']);
  });

  it("terminates on a fragment cycle", () => {
    assert.deepEqual(errorsOf(CYCLIC, maxDepthRule(100)), []);
    assert.equal(errorsOf(CYCLIC, maxDepthRule(2)).length, 1);
    assert.deepEqual(errorsOf(`{ node(id: "1") { ...A } } fragment A on Node { ...A }`, maxDepthRule(1)), []);
  });

  it("lets the introspection query through at depth 12", () => {
    assert.deepEqual(errorsOf(getIntrospectionQuery(), maxDepthRule(12)), []);
  });

  it("refuses a depth-40 document at a maximum depth of 12", () => {
    const triples = Array.from({ length: 12 }, () => ["friends", "edges", "node"]).flat();
    const document = `{ ${nested(["node(id: \"1\")", ...triples, "friends", "edges"], "__typename")} }`;
    const errors = errorsOf(document, maxDepthRule(12));
    assert.deepEqual(errors[0].extensions, { code: "QUERY_TOO_DEEP", limit: 12, actual: 40 });
  });
});
