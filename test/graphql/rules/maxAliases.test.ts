/**
 * maxAliasesRule refuses operations with more aliased fields than its limit,
 * counting a fragment's aliases once for every place it is spread.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { maxAliasesRule } from "../../../src/graphql/rules/index.js";
import { CYCLIC, errorsOf } from "./schema.js";

const TWO_ALIASES = `{ a: node(id: "1") { id } b: node(id: "2") { id } }`;

describe("maxAliasesRule", () => {
  it("passes a document within the limit", () => {
    assert.deepEqual(errorsOf(TWO_ALIASES, maxAliasesRule(2)), []);
  });

  it("refuses a document over the limit with the limit and the actual count", () => {
    const errors = errorsOf(TWO_ALIASES, maxAliasesRule(1));
    assert.equal(errors.length, 1);
    assert.deepEqual(errors[0].extensions, { code: "TOO_MANY_ALIASES", limit: 1, actual: 2 });
    assert.match(errors[0].message, /The anonymous operation uses 2 aliases; at most 1 are allowed/);
  });

  it("counts a named fragment's aliases at every spread, and inline fragments' too", () => {
    const document = `
      { node(id: "1") { ...F friends { edges { node { ...F ... on Node { z: id } } } } } }
      fragment F on Node { x: id y: name }
    `;
    assert.deepEqual(errorsOf(document, maxAliasesRule(5)), []);
    assert.deepEqual(errorsOf(document, maxAliasesRule(4))[0].extensions, { code: "TOO_MANY_ALIASES", limit: 4, actual: 5 });
  });

  it("counts each operation on its own", () => {
    assert.deepEqual(errorsOf(`query A ${TWO_ALIASES} query B ${TWO_ALIASES}`, maxAliasesRule(2)), []);
  });

  it("terminates on a fragment cycle", () => {
    assert.deepEqual(errorsOf(CYCLIC, maxAliasesRule(2)), []);
    assert.deepEqual(errorsOf(CYCLIC, maxAliasesRule(1))[0].extensions, { code: "TOO_MANY_ALIASES", limit: 1, actual: 2 });
  });
});
