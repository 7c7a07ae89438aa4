/**
 * What production settings change for a client: no field suggestions, no
 * introspection when switched off, CORS only for configured origins, and
 * Apollo's CSRF prevention kept on.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { embeddedStore } from "../support/stores.js";
import { startApi, testConfig, type RunningApi } from "../support/server.js";

describe("production settings", () => {
  let api: RunningApi;
  before(async () => {
    api = await startApi(embeddedStore(), testConfig({ NODE_ENV: "production", KG_INTROSPECTION: "false", KG_CORS_ORIGINS: "https://explorer.example" }));
  });
  after(() => api.close());

  it("hides field suggestions", async () => {
    const result = await api.query("{ countz { evidence } }");
    assert.ok(result.errors?.length);
    assert.ok(!/Did you mean/i.test(result.errors![0].message), result.errors![0].message);
  });

  it("refuses introspection when it is switched off", async () => {
    const result = await api.query("{ __schema { types { name } } }");
    assert.match(result.errors?.[0]?.message ?? "", /introspection/i);
  });

  it("answers CORS preflights for configured origins only", async () => {
    const preflight = (origin: string) => fetch(api.url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
    const allowed = await preflight("https://explorer.example");
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get("access-control-allow-origin"), "https://explorer.example");
    const other = await preflight("https://elsewhere.example");
    assert.equal(other.headers.get("access-control-allow-origin"), null);
  });

  it("keeps CSRF prevention on: a simple GET without a preflight header is refused", async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent("{ counts { evidence } }")}`);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /CSRF|preflight/i);
    const withHeader = await fetch(`${api.url}?query=${encodeURIComponent("{ counts { evidence } }")}`, { headers: { "apollo-require-preflight": "true" } });
    assert.equal(withHeader.status, 200);
  });
});
