/**
 * A careless or hostile client: malformed bodies, oversized documents, deep
 * and wide queries, fragment cycles, unknown ids, invalid dates and enums, and
 * Cypher-injection strings in every string argument. Each is answered with a
 * 4xx or a GraphQL error — never a 5xx — the server stays up, and the graph is
 * unchanged afterwards.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import type { GraphStore } from "../../src/store/port.js";
import { storesUnderTest } from "../support/stores.js";
import { startApi, type RunningApi } from "../support/server.js";

const INJECTIONS = [
  `x' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  "person:a`) DETACH DELETE n; //",
  `') CALL dbms.components() YIELD name RETURN name //`,
  "\u0000\u202e\ud83d\ude00 ${{relationshipTypes}} {{label}}",
];

/** Counts plus a digest of every entity and every relationship: any write shows. */
async function fingerprint(store: GraphStore): Promise<string> {
  const ids = await store.listEntities({ kinds: [], limit: 100_000, offset: 0 });
  const entities = await store.entitiesById(ids);
  const relationships = await store.relationshipsOf(ids.map((entityId) => ({ entityId, types: [], direction: "OUT" as const })));
  return createHash("sha256").update(JSON.stringify([await store.counts(), entities, relationships])).digest("hex");
}

async function post(url: string, body: string, contentType = "application/json"): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": contentType }, body });
}

for (const sut of storesUnderTest()) {
  describe(`bad input on ${sut.name}`, () => {
    let api: RunningApi;
    let before_: string;
    before(async () => {
      api = await startApi(sut);
      before_ = await fingerprint(api.store);
    });
    after(() => api.close());

    const expectRefused = async (response: Response, status: number | null, code?: string) => {
      const text = await response.text();
      assert.ok(response.status < 500, `status ${response.status}: ${text.slice(0, 300)}`);
      if (status !== null) assert.equal(response.status, status, text.slice(0, 300));
      if (code) assert.equal(JSON.parse(text).errors?.[0]?.extensions?.code, code, text.slice(0, 300));
    };

    it("malformed JSON is a 400", async () => expectRefused(await post(api.url, "{ not json"), 400, "BAD_REQUEST"));

    it("a wrong content type is refused", async () => expectRefused(await post(api.url, "{ counts { evidence } }", "text/plain"), 400));

    it("an oversized body is a 413 and is not read to the end", async () =>
      expectRefused(await post(api.url, JSON.stringify({ query: `{ counts { evidence } } # ${"x".repeat(200_000)}` })), 413, "PAYLOAD_TOO_LARGE"));

    it("a depth-40 query is refused", async () => {
      const deep = `{ node(id: "person:dao-hong-lan") { ...on Person { ${"relationships { edges { node { ...on Entity { ".repeat(13)} id ${"} } } }".repeat(13)} } } }`;
      await expectRefused(await post(api.url, JSON.stringify({ query: deep })), 400, "QUERY_TOO_DEEP");
    });

    it("a 5,000-alias query is refused before it is parsed", async () => {
      const wide = `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
      await expectRefused(await post(api.url, JSON.stringify({ query: wide })), 400, "TOO_MANY_TOKENS");
    });

    it("a few dozen aliases are refused by the alias limit", async () => {
      const wide = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: node(id: "country:viet-nam") { id }`).join(" ")} }`;
      await expectRefused(await post(api.url, JSON.stringify({ query: wide })), 400, "TOO_MANY_ALIASES");
    });

    it("an expensive query is refused by the cost limit", async () => {
      const costly = `{ search(text: "a", first: 100) { edges { node { ...on Entity { relationships(first: 100) { edges { node { ...on Entity { relationships(first: 100) { totalCount } } } } } } } } } }`;
      await expectRefused(await post(api.url, JSON.stringify({ query: costly })), 400, "QUERY_TOO_COSTLY");
    });

    it("fragment cycles are refused", async () => {
      const cyclic = "query { node(id: \"person:dao-hong-lan\") { ...A } } fragment A on Node { id ...B } fragment B on Node { id ...A }";
      await expectRefused(await post(api.url, JSON.stringify({ query: cyclic })), 400, "GRAPHQL_VALIDATION_FAILED");
    });

    it("unknown ids, invalid dates and invalid enums are GraphQL errors with codes", async () => {
      const cases: Array<[string, string | null]> = [
        [`{ timeline(id: "person:nobody") { partial } }`, "NOT_FOUND"],
        [`{ transfers(since: "2025-02-30") { totalCount } }`, "BAD_USER_INPUT"],
        [`{ search(text: "lan", kinds: [Spaceship]) { edges { cursor } } }`, "GRAPHQL_VALIDATION_FAILED"],
        [`{ neighbourhood(id: "person:dao-hong-lan", relationshipTypes: [LOVES]) { truncated } }`, "GRAPHQL_VALIDATION_FAILED"],
      ];
      for (const [query, code] of cases) {
        const result = await api.query(query);
        assert.ok(result.status < 500, `${query}: ${result.status}`);
        assert.equal(result.errors?.[0]?.extensions?.code, code, `${query}: ${JSON.stringify(result.errors)}`);
      }
    });

    it("Cypher-injection strings in every string argument are only text", async () => {
      const queries = [
        `query($s: String!) { search(text: $s) { edges { node { id } } } }`,
        `query($s: ID!) { node(id: $s) { id } }`,
        `query($s: ID!) { nodes(ids: [$s]) { id } }`,
        `query($s: ID!) { path(from: $s, to: "person:dao-hong-lan") { found } }`,
        `query($s: ID!) { neighbourhood(id: $s) { truncated } }`,
        `query($s: ID!) { timeline(id: $s) { partial } }`,
        `query($s: ID!) { signatories(of: $s) { totalCount } }`,
        `query($s: ID!) { transfers(provider: $s) { totalCount } }`,
        `query($s: String!) { transfers(since: $s) { totalCount } }`,
        `query($s: ID!) { resolutionChain(id: $s) { links { id } } }`,
        `query($s: String!) { changes(subject: $s) { edges { cursor } } }`,
        `query($s: String!) { search(text: "lan", after: $s) { edges { cursor } } }`,
      ];
      for (const query of queries) {
        for (const s of INJECTIONS) {
          const result = await api.query(query, { s });
          assert.ok(result.status < 500, `${query} with ${JSON.stringify(s)}: ${result.status} ${JSON.stringify(result.errors)}`);
        }
      }
    });

    it("the server is still up and the graph unchanged", async () => {
      const health = await fetch(new URL("/healthz", api.url));
      assert.equal(health.status, 200);
      assert.equal(await fingerprint(api.store), before_);
    });
  });
}
