/** The API in the reader's language: labels by `lang` or Accept-Language, names with their provenance, search totals, readable dates. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { storesUnderTest } from "../support/stores.js";
import { data, startApi, type RunningApi } from "../support/server.js";

for (const sut of storesUnderTest()) {
  describe(`the API in the reader's language on ${sut.name}`, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut);
    });
    after(() => api.close());

    it("labels in English by default, in the language asked, and by Accept-Language; names say whose words they are", async () => {
      const query = `{ node(id: "country:nhat-ban") { ... on Entity { name label vi: label(lang: "vi") names { lang text asWritten source } } } }`;
      const d = (await data(api, query)).node;
      assert.equal(d.name, "Nhật Bản");
      assert.equal(d.label, "Japan");
      assert.equal(d.vi, "Nhật Bản");
      assert.deepEqual(d.names, [
        { lang: "vi", text: "Nhật Bản", asWritten: true, source: "article:mescells-mt-gx-fuji-holding" },
        { lang: "en", text: "Japan", asWritten: false, source: null },
      ]);
      const response = await api.query(`{ node(id: "country:nhat-ban") { ... on Entity { label } } }`, {}, { "accept-language": "vi-VN,vi;q=0.9,en;q=0.5" });
      assert.equal((response.data as any).node.label, "Nhật Bản");
    });

    it("counts every search match and finds the 2025 signings with plain-words dates", async () => {
      const search = (await data(api, `{ search(text: "Ministry of Health", kinds: [Organization], first: 1) { totalCount edges { matchedWords node { id } } } }`)).search;
      assert.ok(search.totalCount >= 2);
      assert.deepEqual(search.edges, [{ matchedWords: 3, node: { id: "organization:bo-y-te" } }]);
      const query = (inferred: boolean) => `{ transfers(since: "2025", until: "2025", inferredYears: ${inferred}, first: 50) { totalCount edges { node { from { id ... on Agreement { date { plain yearInferred } } } } } } }`;
      const transfers = (await data(api, query(true))).transfers;
      assert.ok(transfers.totalCount > 0);
      assert.deepEqual(transfers.edges[0].node.from.date, {
        plain: "12 September 2025 (year inferred: the article is dated 13/09/2025 and places the signing five months after May 2025)",
        yearInferred: true,
      });
      assert.equal((await data(api, query(false))).transfers.totalCount, 0);
    });
  });
}
