/**
 * countTokens reads the raw text with graphql's lexer, never its parser, and
 * assertTokenLimit/assertDocumentSize refuse documents over their limits.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { assertDocumentSize, assertTokenLimit, countTokens } from "../../../src/graphql/rules/index.js";
import { CYCLIC } from "./schema.js";

const MANY_ALIASES = `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: id`).join(" ")} }`;

describe("countTokens", () => {
  it("counts punctuators, names and values but not comments", () => {
    assert.equal(countTokens(`{ a(first: 5) }`), 8);
    assert.equal(countTokens(`# a comment\n{ a } # another`), 3);
  });

  it("counts text the parser would reject, since it only lexes", () => {
    assert.equal(countTokens(`{ a: } } } query`), 7);
  });

  it("counts a cyclic document like any other text", () => {
    assert.ok(countTokens(CYCLIC) > 0);
  });
});

describe("assertTokenLimit", () => {
  it("passes a document within the limit", () => {
    assert.doesNotThrow(() => assertTokenLimit(MANY_ALIASES, 15_002));
  });

  it("refuses a 5,000-alias document at a limit of 1,000", () => {
    assert.equal(countTokens(MANY_ALIASES), 2 + 5000 * 3);
    assert.throws(() => assertTokenLimit(MANY_ALIASES, 1000), {
      name: "GraphQLError",
      message: "The document has 15002 tokens; at most 1000 are allowed.",
      extensions: { code: "TOO_MANY_TOKENS", limit: 1000, actual: 15_002 },
    });
  });
});

describe("assertDocumentSize", () => {
  it("passes a document within the limit", () => {
    assert.doesNotThrow(() => assertDocumentSize(`{ id }`, 6));
  });

  it("refuses a document over the limit, counting UTF-8 bytes", () => {
    assert.throws(() => assertDocumentSize(`{ é }`, 5), {
      name: "GraphQLError",
      extensions: { code: "DOCUMENT_TOO_LARGE", limit: 5, actual: 6 },
    });
  });
});
