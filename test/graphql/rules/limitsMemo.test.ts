/**
 * The limits' memo: the depth and alias verdict is worked out once per parsed
 * document; the cost once per document, operation and variables shape — and
 * it is the cost estimateCost gives for those variables, whichever variables
 * of that shape came first. Bounded per document.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { GraphQLError, parse } from "graphql";
import { estimateCost } from "../../../src/graphql/rules/index.js";
import { LimitsMemo, variablesShape } from "../../../src/graphql/limitsMemo.js";
import { schema } from "./schema.js";

const SEARCH = parse(`query Search($n: Int, $t: String!) { search(text: $t, first: $n) { edges { node { id } } } }`);

describe("LimitsMemo", () => {
  it("checks a document's rules once, and remembers a broken rule as well as a clean one", () => {
    const memo = new LimitsMemo();
    let checks = 0;
    const broken = new GraphQLError("too deep");
    const other = parse("{ __typename }");
    for (let i = 0; i < 3; i++) assert.equal(memo.broken(SEARCH, () => (checks++, null)), null);
    for (let i = 0; i < 3; i++) assert.equal(memo.broken(other, () => (checks++, broken)), broken);
    assert.equal(checks, 2);
  });

  it("shares a cost between variables that differ only in text, and works out a new one when a size changes", () => {
    const memo = new LimitsMemo();
    memo.broken(SEARCH, () => null);
    let estimates = 0;
    const cost = (variables: Record<string, unknown>) => memo.cost(SEARCH, "Search", variables, () => (estimates++, estimateCost(schema, SEARCH, variables, "Search")));
    assert.equal(cost({ n: 5, t: "hanoi" }), estimateCost(schema, SEARCH, { n: 5, t: "x" }, "Search"));
    assert.equal(cost({ n: 5, t: "oslo" }), cost({ n: 5, t: "jakarta" }));
    assert.equal(estimates, 1);
    assert.equal(cost({ n: 50, t: "oslo" }), estimateCost(schema, SEARCH, { n: 50, t: "x" }, "Search"));
    assert.notEqual(cost({ n: 50, t: "oslo" }), cost({ n: 5, t: "oslo" }));
    // A variable left out takes the operation's default; one sent as null overrides it: two shapes.
    assert.notEqual(variablesShape({ t: "a" }), variablesShape({ t: "a", n: null }));
    assert.equal(estimates, 2);
  });

  it("tells lists apart by length, not by what they hold", () => {
    assert.equal(variablesShape({ ids: ["a", "b"] }), variablesShape({ ids: ["c", "d"] }));
    assert.notEqual(variablesShape({ ids: ["a", "b"] }), variablesShape({ ids: ["a", "b", "c"] }));
  });

  it("keeps at most 64 costs per document, dropping the least recently used", () => {
    const memo = new LimitsMemo();
    memo.broken(SEARCH, () => null);
    let estimates = 0;
    const cost = (n: number) => memo.cost(SEARCH, "Search", { n, t: "a" }, () => (estimates++, n));
    for (let n = 1; n <= 64; n++) cost(n);
    cost(1);
    cost(65);
    assert.equal(estimates, 65);
    cost(1);
    assert.equal(estimates, 65, "the shape used last is kept");
    cost(2);
    assert.equal(estimates, 66, "the least recently used shape was dropped");
  });
});
