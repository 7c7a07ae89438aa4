/** Every GraphQL example in the README runs as written, in order, on every store, and answers something. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { storesUnderTest } from "../support/stores.js";
import { startApi, testConfig, type RunningApi } from "../support/server.js";

/** The README's mutations run as a curator would send them. */
const KEY = "readme-curator-key-0123456789";

const README = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8");
const EXAMPLES = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

/** True when some leaf of the answer holds a value: an example that finds nothing teaches nothing. */
function holdsSomething(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsSomething);
  if (value && typeof value === "object") return Object.values(value).some(holdsSomething);
  return value !== null && value !== undefined && value !== false && value !== 0;
}

describe("README examples", () => {
  it("there are examples to run", () => assert.ok(EXAMPLES.length >= 10, `found ${EXAMPLES.length}`));

  for (const sut of storesUnderTest()) {
    describe(`on ${sut.name}`, () => {
      let api: RunningApi;
      before(async () => {
        api = await startApi(sut, testConfig({ KG_API_KEYS: `readme:${KEY}` }));
      });
      after(() => api.close());

      EXAMPLES.forEach((example, i) => {
        it(`example ${i + 1}: ${example.split("\n")[1]?.trim().slice(0, 60)}`, async () => {
          const auth: Record<string, string> = example.trimStart().startsWith("mutation") ? { authorization: `Bearer ${KEY}` } : {};
          const result = await api.query(example, undefined, auth);
          assert.equal(result.status, 200);
          assert.equal(result.errors, undefined, JSON.stringify(result.errors));
          assert.ok(holdsSomething(result.data), JSON.stringify(result.data));
        });
      });
    });
  }
});
