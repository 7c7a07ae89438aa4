/**
 * A hostile client, case by case, on both stores: documents that do not lex,
 * forged cursors on every paged field, subscriptions, persisted-query hashes
 * that lie, lookup lists priced as ten items, and timelines that cost a round
 * trip each. Every answer is a 4xx or a GraphQL error with a code — never a
 * 5xx — and the access log records the status the client was sent.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { NodeKind } from "../../src/domain/ontology.js";
import { graphSchema } from "../../src/graphql/schema.js";
import { createApp, type App } from "../../src/server/app.js";
import { writeBulkFolder } from "../../src/store/bulk/writeFolder.js";
import type { GraphStore } from "../../src/store/port.js";
import { createLogger } from "../../src/server/log.js";
import { embeddedStore, storesUnderTest } from "../support/stores.js";
import { startApi, testConfig, type RunningApi } from "../support/server.js";

const PERSON = "person:dao-hong-lan";
const AGREEMENT = "agreement:vnvc-medsintez-tech-transfer";

/** Pages go 10,000 items deep at most (the README's "Limits"). */
const DEEPEST = 10_000;

/** Cursors this API never handed out but that a lax parser reads as positions. */
const FORGED_CURSORS = ["cursor:1e300", `cursor:${2 ** 53 + 1}`, `cursor:${2 ** 32}`, "cursor:0x10", `cursor:${DEEPEST}`]
  .map((text) => Buffer.from(text).toString("base64url"));

/** Every paged field, each taking the cursor as $c: after it, and (with last) before it. */
const PAGED_FIELDS = [
  `query($c: String) { search(text: "lan", after: $c) { edges { cursor } } }`,
  `query($c: String) { node(id: "${PERSON}") { ... on Entity { relationships(after: $c) { totalCount } } } }`,
  `query($c: String) { node(id: "${PERSON}") { ... on Entity { mentionedIn(after: $c) { totalCount } } } }`,
  `query($c: String) { signatories(of: "${AGREEMENT}", after: $c) { totalCount } }`,
  `query($c: String) { witnesses(of: "${AGREEMENT}", after: $c) { totalCount } }`,
  `query($c: String) { signedBy(of: "${PERSON}", after: $c) { totalCount } }`,
  `query($c: String) { witnessedBy(of: "${PERSON}", after: $c) { totalCount } }`,
  `query($c: String) { transfers(after: $c) { totalCount } }`,
  `query($c: String) { changes(after: $c) { edges { cursor } } }`,
  `query($c: String) { proposals(after: $c) { edges { cursor } } }`,
  `query($c: String) { candidates(after: $c) { edges { cursor } } }`,
].flatMap((query) => [query, query.replace("after: $c", "last: 1, before: $c")]);

for (const sut of storesUnderTest()) {
  describe(`hostile input on ${sut.name}`, () => {
    let api: RunningApi;
    const logged: Array<Record<string, unknown>> = [];
    before(async () => {
      api = await startApi(sut, testConfig(), createLogger("info", (line) => logged.push(JSON.parse(line))));
    });
    after(() => api.close());

    const post = (body: unknown) => fetch(api.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": randomId() }, body: JSON.stringify(body) });

    /** The status the log recorded for the request with this id, once its line is written. */
    async function loggedStatus(requestId: string): Promise<unknown> {
      for (let i = 0; i < 50; i++) {
        const line = logged.find((l) => l.msg === "request" && l.requestId === requestId);
        if (line) return line.status;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return undefined;
    }

    async function expectCode(response: Response, status: number, code: string) {
      const text = await response.text();
      assert.equal(response.status, status, text.slice(0, 300));
      assert.equal(JSON.parse(text).errors?.[0]?.extensions?.code, code, text.slice(0, 300));
      assert.equal(await loggedStatus(response.headers.get("x-request-id")!), status, "the log records the status sent");
    }

    it("a document that does not lex is a 400 GRAPHQL_PARSE_FAILED, logged as 400", async () => {
      await expectCode(await post({ query: `{ search(text: "unterminated) { edges { cursor } } }` }), 400, "GRAPHQL_PARSE_FAILED");
      await expectCode(await post({ query: "{ counts \u0001 { evidence } }" }), 400, "GRAPHQL_PARSE_FAILED");
      const get = await fetch(`${api.url}?query=${encodeURIComponent(`{ "abc`)}`, {
        headers: { accept: "application/json", "apollo-require-preflight": "true", "x-request-id": randomId() },
      });
      await expectCode(get, 400, "GRAPHQL_PARSE_FAILED");
    });

    it("a forged cursor is BAD_USER_INPUT on every paged field", async () => {
      for (const query of PAGED_FIELDS) {
        for (const c of FORGED_CURSORS) {
          const result = await api.query(query, { c });
          assert.equal(result.status, 200, `${query} with ${c}`);
          assert.equal(result.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", `${query} with ${Buffer.from(c, "base64url")}: ${JSON.stringify(result)}`);
        }
      }
    });

    it("a cursor the API handed out still pages", async () => {
      const first = await api.query(`{ node(id: "${PERSON}") { ... on Entity { relationships(first: 1) { edges { cursor } } } } }`);
      const cursor = first.data.node.relationships.edges[0].cursor;
      const next = await api.query(`query($c: String) { node(id: "${PERSON}") { ... on Entity { relationships(first: 1, after: $c) { pageInfo { hasPreviousPage } } } } }`, { c: cursor });
      assert.equal(next.data.node.relationships.pageInfo.hasPreviousPage, true, JSON.stringify(next));
    });

    it("a subscription is a 400 OPERATION_NOT_SUPPORTED", async () => {
      await expectCode(await post({ query: "subscription { counts { evidence } }" }), 400, "OPERATION_NOT_SUPPORTED");
    });

    it("a persisted-query hash that is not the query's is a 400; the right one is served", async () => {
      const query = "{ counts { evidence } }";
      const persistedQuery = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
      await expectCode(await post({ query, extensions: persistedQuery("0".repeat(64)) }), 400, "PERSISTED_QUERY_HASH_MISMATCH");
      const right = await post({ query, extensions: persistedQuery(createHash("sha256").update(query).digest("hex")) });
      assert.equal(right.status, 200);
      assert.ok(((await right.json()) as { data: { counts: { evidence: number } } }).data.counts.evidence > 0);
    });

    it("a lookup list costs its length: 200 ids with a page each are over the cost limit", async () => {
      const ids = Array.from({ length: 200 }, (_, i) => `person:visitor-${i}`);
      const result = await api.query(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { relationships(first: 100) { totalCount } } } }`, { ids });
      assert.equal(result.status, 400, JSON.stringify(result.errors));
      assert.equal(result.errors?.[0]?.extensions?.code, "QUERY_TOO_COSTLY");
      assert.ok(Number(result.errors?.[0]?.extensions?.actual) > 200 * 100, JSON.stringify(result.errors));
    });

    it("the timelines of many entities cost three round trips, with the same answers as one by one", async () => {
      const ids = ["person:dao-hong-lan", AGREEMENT, "organization:medsintez", "organization:vnvc", "resolution:57-nq-tw", "drug:triazavirin", "country:viet-nam", "person:konstantin-gorodnitsky"];
      const result = await api.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { timeline { entity { id } partial } } } }`, { ids });
      assert.deepEqual(result.errors, undefined);
      assert.ok(result.extensions!.roundTrips! <= 4, `round trips: ${result.extensions!.roundTrips}`);
      for (const node of result.data.nodes) {
        const alone = await api.query(`query($id: ID!) { timeline(id: $id) { entity { id } partial } }`, { id: node.id });
        assert.deepEqual(node.timeline, alone.data.timeline, node.id);
      }
    });

    it("a forged search offset of 2^32 is refused at once", async () => {
      const started = performance.now();
      const result = await api.query(`query($c: String) { search(text: "a", after: $c) { edges { cursor } } }`, { c: Buffer.from(`cursor:${2 ** 32}`).toString("base64url") });
      assert.equal(result.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
      assert.ok(performance.now() - started < 1000);
    });
  });
}

describe("a transfer question without an anchor on a big embedded graph", { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-hostile-"));
  let store: GraphStore;
  let app: App;
  let url: string;
  before(async () => {
    // About 150 agreements: past the 100 the embedded store reads one by one.
    await writeBulkFolder(dir, { entities: 1500, seed: 7 });
    store = await embeddedStore().open();
    await store.bulkImport(dir);
    app = await createApp(await graphSchema(), store, testConfig(), createLogger("silent"));
    await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  });
  after(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ask = async (query: string) => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    return { status: response.status, ...((await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> }) };
  };

  it("is refused as too costly, at once", async () => {
    const started = performance.now();
    const result = await ask("{ transfers(first: 1) { totalCount } }");
    assert.equal(result.status, 200);
    assert.equal(result.errors?.[0]?.extensions?.code, "QUERY_TOO_COSTLY", JSON.stringify(result));
    assert.ok(performance.now() - started < 1000, `took ${performance.now() - started} ms`);
  });

  it("one that names a product still answers", async () => {
    const [product] = await store.listEntities({ kinds: [NodeKind.Drug], limit: 1, offset: 0 });
    const result = await ask(`{ transfers(product: "${product}") { totalCount } }`);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  });
});

function randomId(): string {
  return `hostile-${Math.random().toString(36).slice(2)}`;
}
