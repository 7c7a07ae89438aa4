/**
 * estimateCost multiplies each field's cost by the list sizes above it, reading
 * last, else first/limit, from literals, variables and schema defaults; maxCostRule refuses
 * operations whose estimate, with variables at their defaults, is over its limit.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { getIntrospectionQuery, parse } from "graphql";
import { estimateCost, maxCostRule } from "../../../src/graphql/rules/index.js";
import { CYCLIC, errorsOf, schema } from "./schema.js";

function cost(document: string, variables: Record<string, unknown> = {}, operationName?: string): number {
  return estimateCost(schema, parse(document), variables, operationName);
}

const SEARCH_50 = `{ search(text: "a", first: 50) { edges { node { id } } } }`;
const SEARCH_N = `query Search($n: Int) { search(text: "a", first: $n) { edges { node { id } } } }`;

describe("estimateCost", () => {
  it("multiplies a connection's fields by its first argument, counting its edges list once", () => {
    assert.equal(cost(SEARCH_50), 1 + 50 * (1 + 1 + 1));
  });

  it("uses the schema's default for first when the document gives none", () => {
    assert.equal(cost(`{ search(text: "a") { edges { node { id } } } }`), 1 + 10 * 3);
  });

  it("counts a page cut by last by its last, which replaces first; a null last leaves first", () => {
    assert.equal(cost(`{ search(text: "a", last: 50) { edges { node { id } } } }`), 1 + 50 * 3);
    assert.equal(cost(`query($n: Int) { search(text: "a", first: 2, last: $n) { edges { node { id } } } }`, { n: 50 }), 1 + 50 * 3);
    assert.equal(cost(`query($n: Int) { search(text: "a", first: 2, last: $n) { edges { node { id } } } }`, { n: null }), 1 + 2 * 3);
  });

  it("multiplies nested connections", () => {
    const document = `{ search(text: "a", first: 5) { edges { node { friends { edges { node { id } } } } } } }`;
    assert.equal(cost(document), 1 + 5 * (1 + 1 + (1 + 20 * 3)));
  });

  it("reads limit, and assumes defaultListSize items for a list with no size", () => {
    assert.equal(cost(`{ recent(limit: 3) { id name } }`), 1 + 3 * 2);
    assert.equal(cost(`{ recent { id } }`), 1 + 10 * 1);
    assert.equal(estimateCost(schema, parse(`{ recent { id } }`), {}, undefined, { defaultListSize: 100 }), 1 + 100 * 1);
  });

  it("resolves variables, then the operation's default, then the schema's", () => {
    assert.equal(cost(SEARCH_N, { n: 50 }), 151);
    assert.equal(cost(SEARCH_N, { n: 1 }), 4);
    assert.equal(cost(SEARCH_N), 31);
    assert.equal(cost(SEARCH_N.replace("$n: Int", "$n: Int = 3")), 10);
    assert.equal(cost(`query($n: Int) { recent(limit: $n) { id } }`), 1 + 10 * 1);
  });

  it("costs the operation operationName selects, else the costliest", () => {
    const document = `query Small { node(id: "1") { id } } ${SEARCH_N}`;
    assert.equal(cost(document, { n: 50 }, "Small"), 2);
    assert.equal(cost(document, { n: 50 }, "Search"), 151);
    assert.equal(cost(document, { n: 50 }), 151);
  });

  it("follows named and inline fragments as if written in place", () => {
    const document = `
      { search(text: "a", first: 50) { ...E } }
      fragment E on Conn { edges { ... on Edge { node { id } } } }
    `;
    assert.equal(cost(document), cost(SEARCH_50));
  });

  it("terminates on a fragment cycle", () => {
    assert.ok(Number.isFinite(cost(CYCLIC)));
  });

  it("gives the introspection query a finite cost", () => {
    const introspection = cost(getIntrospectionQuery());
    assert.ok(Number.isFinite(introspection) && introspection > 0);
  });
});

describe("maxCostRule", () => {
  it("passes a document within the limit", () => {
    assert.deepEqual(errorsOf(SEARCH_50, maxCostRule(151)), []);
  });

  it("refuses a document over the limit with the limit and the estimate", () => {
    const errors = errorsOf(SEARCH_50, maxCostRule(150));
    assert.equal(errors.length, 1);
    assert.deepEqual(errors[0].extensions, { code: "QUERY_TOO_COSTLY", limit: 150, actual: 151 });
    assert.match(errors[0].message, /estimated cost of 151; the maximum is 150/);
  });

  it("estimates variables at their defaults, which estimateCost then overrides", () => {
    assert.deepEqual(errorsOf(SEARCH_N, maxCostRule(100)), []);
    assert.ok(estimateCost(schema, parse(SEARCH_N), { n: 50 }) > 100);
  });

  it("follows fragments and terminates on a fragment cycle", () => {
    const document = `{ search(text: "a", first: 50) { ...E } } fragment E on Conn { edges { node { id } } }`;
    assert.deepEqual(errorsOf(document, maxCostRule(150))[0].extensions, { code: "QUERY_TOO_COSTLY", limit: 150, actual: 151 });
    assert.deepEqual(errorsOf(CYCLIC, maxCostRule(1000)), []);
  });

  it("takes defaultListSize", () => {
    assert.deepEqual(errorsOf(`{ recent { id } }`, maxCostRule(11)), []);
    assert.equal(errorsOf(`{ recent { id } }`, maxCostRule(11, { defaultListSize: 11 })).length, 1);
  });
});
