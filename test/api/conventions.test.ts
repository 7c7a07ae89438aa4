/**
 * HTTP conventions the README documents, on both stores: a GET query (with
 * the CSRF header Apollo asks for), automatic persisted queries, and the
 * kg-bookmark header a mutation answers with on Neo4j and a later request
 * sends back, to this or another instance.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { storesUnderTest } from "../support/stores.js";
import { startApi, testConfig, type RunningApi } from "../support/server.js";

const SECRET = "conventions-curator-key-0123";
const COUNT_QUERY = "{ counts { evidence } }";

for (const sut of storesUnderTest()) {
  describe(`HTTP conventions on ${sut.name}`, { timeout: 120_000 }, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut, testConfig({ KG_API_KEYS: `alice:${SECRET}` }));
    });
    after(() => api.close());

    it("GET /graphql?query= answers a query when it carries apollo-require-preflight, and is refused without it", async () => {
      const url = `${api.url}?query=${encodeURIComponent(COUNT_QUERY)}`;
      const answered = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
      assert.equal(answered.status, 200);
      assert.ok(((await answered.json()) as any).data.counts.evidence > 0);
      const refused = await fetch(url);
      assert.equal(refused.status, 400);
      assert.match(await refused.text(), /Cross-Site Request Forgery \(CSRF\)[^"]*apollo-require-preflight/);
      const named = await fetch(url, { headers: { "x-apollo-operation-name": "Counts" } });
      assert.equal(named.status, 200);
    });

    it("a mutation over GET is refused", async () => {
      const url = `${api.url}?query=${encodeURIComponent('mutation { addAlias(input: { id: "organization:bo-y-te", alias: "x" }) { entity { id } } }')}`;
      const refused = await fetch(url, { headers: { "apollo-require-preflight": "true", authorization: `Bearer ${SECRET}` } });
      assert.equal(refused.status, 405);
    });

    it("automatic persisted queries: a hash alone is unknown until the query has been sent once with it", async () => {
      const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(COUNT_QUERY).digest("hex") };
      const send = (body: object) => fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
      const unknown = await send({ extensions: { persistedQuery } });
      assert.equal(unknown.errors[0].extensions.code, "PERSISTED_QUERY_NOT_FOUND");
      assert.ok((await send({ query: COUNT_QUERY, extensions: { persistedQuery } })).data.counts.evidence > 0);
      assert.ok((await send({ extensions: { persistedQuery } })).data.counts.evidence > 0);
      const byGet = await fetch(`${api.url}?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery }))}`, { headers: { "apollo-require-preflight": "true" } });
      assert.ok(((await byGet.json()) as any).data.counts.evidence > 0);
    });

    it(sut.name === "neo4j" ? "a mutation answers with kg-bookmark, and a query sending it back reads the write" : "the embedded store answers with no kg-bookmark", async () => {
      const response = await fetch(api.url, {
        method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${SECRET}` },
        body: JSON.stringify({ query: `mutation { addAlias(input: { id: "organization:bo-y-te", alias: "Ministry of Health (bookmark test)" }) { entity { id } } }` }),
      });
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as any).errors, undefined);
      const bookmark = response.headers.get("kg-bookmark");
      if (sut.name === "kuzu") {
        assert.equal(bookmark, null);
        return;
      }
      assert.match(bookmark ?? "", /^\S+$/);
      const read = await api.query(`{ node(id: "organization:bo-y-te") { ... on Organization { aliases } } }`, undefined, { "kg-bookmark": bookmark! });
      assert.ok(read.data.node.aliases.includes("Ministry of Health (bookmark test)"));
    });

    it("a kg-bookmark that is not one is a 400 BAD_BOOKMARK", async () => {
      const answer = await api.query(COUNT_QUERY, undefined, { "kg-bookmark": "not a bookmark; drop table" });
      assert.deepEqual([answer.status, answer.errors?.[0].extensions?.code], [400, "BAD_BOOKMARK"]);
    });
  });
}

for (const sut of storesUnderTest()) {
  describe(`relationship connections from either end on ${sut.name}`, { timeout: 120_000 }, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut);
    });
    after(() => api.close());

    const page = async (args: string) => {
      const answer = await api.query(`{ node(id: "person:dao-hong-lan") { ... on Person { relationships(${args}) { totalCount edges { cursor id } pageInfo { hasNextPage hasPreviousPage } } } } }`);
      assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
      return answer.data.node.relationships as { totalCount: number; edges: Array<{ cursor: string; id: string }>; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean } };
    };

    it("last, last with before, and first with before cut the same list as first and after", async () => {
      const all = await page("first: 100");
      const ids = all.edges.map((e) => e.id);
      assert.ok(ids.length >= 4 && ids.length === all.totalCount, `only ${ids.length} relationships`);
      const tail = await page("last: 2");
      assert.deepEqual(tail.edges.map((e) => e.id), ids.slice(-2));
      assert.deepEqual([tail.totalCount, tail.pageInfo.hasNextPage, tail.pageInfo.hasPreviousPage], [ids.length, false, true]);
      const beforeTail = await page(`last: 2, before: "${tail.edges[0].cursor}"`);
      assert.deepEqual(beforeTail.edges.map((e) => e.id), ids.slice(-4, -2));
      const head = await page(`first: 5, before: "${all.edges[2].cursor}"`);
      assert.deepEqual(head.edges.map((e) => e.id), ids.slice(0, 2));
      const between = await page(`last: 10, after: "${all.edges[0].cursor}", before: "${all.edges[3].cursor}"`);
      assert.deepEqual(between.edges.map((e) => e.id), ids.slice(1, 3));
    });
  });
}
