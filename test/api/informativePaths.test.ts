/** Paths that explain: of equally short connections, the one through signings and posts, not through "based in" or a country. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { genericSteps } from "../../src/domain/pathRanking.js";
import { storesUnderTest } from "../support/stores.js";
import { data, startApi, type RunningApi } from "../support/server.js";

const FROM = "person:bui-thanh-son";
const TO = "person:mikhail-murashko";

for (const sut of storesUnderTest()) {
  describe(`informative paths on ${sut.name}`, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut);
    });
    after(() => api.close());

    it("prefers a path through a witnessed signing to one through two countries and a 'based in'", async () => {
      const stored = await api.store.shortestPaths({ from: FROM, to: TO, maxLength: 6, types: [], limit: 25 });
      const first = stored[0]!;
      assert.ok(genericSteps(first) > 0, "the store's first shortest path is a generic one");
      const { path } = await data(api, `{ path(from: "${FROM}", to: "${TO}") { length nodes { id kind } relationships { type } } }`);
      assert.equal(path.length, first.relationships.length, "no longer than the shortest");
      const chosen = { entities: path.nodes, relationships: path.relationships };
      assert.ok(genericSteps(chosen) < genericSteps(first), JSON.stringify(path));
      assert.ok(path.relationships.some((r: { type: string }) => ["SIGNED", "WITNESSED"].includes(r.type)), JSON.stringify(path.relationships));
      assert.ok(!path.relationships.some((r: { type: string }) => r.type === "BASED_IN"), JSON.stringify(path.relationships));
    });

    it("keeps the caller's relationship types as asked", async () => {
      const { path } = await data(api, `{ path(from: "${FROM}", to: "${TO}", relationshipTypes: [HOLDS_POSITION, COOPERATES_WITH, BASED_IN]) { found relationships { type } } }`);
      assert.equal(path.found, true);
      assert.ok(path.relationships.every((r: { type: string }) => ["HOLDS_POSITION", "COOPERATES_WITH", "BASED_IN"].includes(r.type)));
    });
  });
}
