/**
 * Relay conventions beyond entities, on both stores: a relationship is a Node
 * under its statement id; proposals, candidates and changes are cursor
 * connections cut from either end with their totalCount; search, transfers and
 * the journalists' lists take last/before too; JSON values are JSON, not text;
 * a cursor this API never handed out is BAD_USER_INPUT wherever it is sent.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { storesUnderTest } from "../support/stores.js";
import { data, startApi, testConfig, type RunningApi } from "../support/server.js";
import { ARTICLE } from "../ingest/fixtures.js";

const KEY = "relay-curator-key-0123456789";
const AUTH = { authorization: `Bearer ${KEY}` };
const AGREEMENT = "agreement:vnvc-medsintez-tech-transfer";
const STATEMENT_FIELDS = "id type from { id } to { id } properties { name value } sources { quote }";
const FORGED = Buffer.from("cursor:-1").toString("base64url");
/** A second article, so that candidates are enough to page through. */
const SECOND_ARTICLE = [
  "Medsintez opens an office in Hanoi",
  "Dr. Ivan Sokolov and Dr. Olga Smirnova of Medsintez met Dao Hong Lan in Hanoi.",
  "Dr. Pavel Orlov, head of VNVC, attended the meeting.",
].join("\n");

interface Connection {
  totalCount?: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

for (const sut of storesUnderTest()) {
  describe(`relationships as nodes on ${sut.name}`, { timeout: 120_000 }, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut, testConfig({ KG_API_KEYS: `curator:${KEY}` }));
    });
    after(() => api.close());

    it("node(id:) of a statement id is that relationship, with its ends, properties and sources, and its id round-trips", async () => {
      const { signatories } = await data(api, `{ signatories(of: "${AGREEMENT}") { edges { ${STATEMENT_FIELDS} } } }`);
      assert.ok(signatories.edges.length >= 2);
      for (const edge of signatories.edges) {
        const { node } = await data(api, `query($id: ID!) { node(id: $id) { __typename id ... on Relationship { ${STATEMENT_FIELDS} } } }`, { id: edge.id });
        assert.deepEqual(node, { __typename: "Relationship", ...edge });
        assert.match(node.id, /^stmt:[0-9a-f]{16}$/);
        assert.ok(node.sources.length > 0, `${node.id} has its quotes`);
      }
    });

    it("nodes(ids:) mixes relationships and entities in the order asked, null for an unknown statement", async () => {
      const { signatories } = await data(api, `{ signatories(of: "${AGREEMENT}") { edges { id type } } }`);
      const [first, second] = signatories.edges;
      const ids = [second.id, "person:dao-hong-lan", "stmt:0000000000000000", first.id];
      const { nodes } = await data(api, `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Relationship { type } ... on Person { name } } }`, { ids });
      assert.deepEqual(nodes.map((n: { id: string } | null) => n?.id ?? null), [second.id, "person:dao-hong-lan", null, first.id]);
      assert.deepEqual([nodes[0].type, nodes[3].type], [second.type, first.type]);
      assert.equal(nodes[1].name, (await data(api, `{ node(id: "person:dao-hong-lan") { ... on Person { name } } }`)).node.name);
    });

    it("a retracted relationship is no node", async () => {
      const { witnesses } = await data(api, `{ witnesses(of: "${AGREEMENT}") { edges { id } } }`);
      const id = witnesses.edges[0].id;
      const retracted = await api.query(`mutation($id: ID!) { retractRelationship(input: { id: $id, reason: "relay test" }) { change { id } } }`, { id }, AUTH);
      assert.equal(retracted.errors, undefined, JSON.stringify(retracted.errors));
      assert.equal((await data(api, `query($id: ID!) { node(id: $id) { id } }`, { id })).node, null);
    });
  });

  describe(`proposals, candidates and changes as connections on ${sut.name}`, { timeout: 120_000 }, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut, testConfig({ KG_API_KEYS: `curator:${KEY}` }));
      for (const text of [ARTICLE, SECOND_ARTICLE]) {
        const ingested = await api.query(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`, { input: { text } }, AUTH);
        assert.equal(ingested.errors, undefined, JSON.stringify(ingested.errors));
      }
      for (const alias of ["Relay alias one", "Relay alias two", "Relay alias three", "Relay alias four"]) {
        const added = await api.query(`mutation($alias: String!) { addAlias(input: { id: "person:dao-hong-lan", alias: $alias }) { change { id } } }`, { alias }, AUTH);
        assert.equal(added.errors, undefined, JSON.stringify(added.errors));
      }
    });
    after(() => api.close());

    const page = async (field: string, args: string): Promise<Connection & { roundTrips: number }> => {
      const answer = await api.query(`{ ${field}(${args}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
      assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
      return { ...answer.data[field], roundTrips: answer.extensions!.roundTrips! };
    };
    const ids = (connection: Connection) => connection.edges.map((e) => e.node.id);

    for (const field of ["proposals", "candidates", "changes"]) {
      it(`${field}: forwards with first/after and backwards with last/before cut the same list, with its totalCount`, async () => {
        const all = await page(field, "first: 100");
        const everything = ids(all);
        assert.ok(everything.length >= 4, `only ${everything.length} ${field}`);
        assert.equal(all.totalCount, everything.length);
        assert.equal(new Set(everything).size, everything.length);

        const forwards: string[] = [];
        let after: string | null = null;
        do {
          const next: Connection = await page(field, `first: 3${after ? `, after: "${after}"` : ""}`);
          assert.equal(next.totalCount, everything.length);
          assert.equal(next.pageInfo.hasPreviousPage, after !== null);
          forwards.push(...ids(next));
          after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
        } while (after);
        assert.deepEqual(forwards, everything);

        const backwards: string[] = [];
        let before: string | null = null;
        do {
          const previous: Connection = await page(field, `last: 3${before ? `, before: "${before}"` : ""}`);
          assert.equal(previous.totalCount, everything.length);
          assert.equal(previous.pageInfo.hasNextPage, before !== null);
          backwards.unshift(...ids(previous));
          before = previous.pageInfo.hasPreviousPage ? previous.pageInfo.startCursor : null;
        } while (before);
        assert.deepEqual(backwards, everything);

        const between = await page(field, `first: 10, after: "${all.edges[0].cursor}", before: "${all.edges[3].cursor}"`);
        assert.deepEqual(ids(between), everything.slice(1, 3));
      });

      it(`${field}: the count is read only when totalCount is asked for, or last has no before`, async () => {
        const answer = await api.query(`{ ${field}(first: 2) { edges { cursor } pageInfo { hasNextPage } } }`);
        assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
        assert.equal(answer.data[field].pageInfo.hasNextPage, true);
        assert.equal(answer.extensions!.roundTrips, 1);
        assert.equal((await page(field, "first: 2")).roundTrips, 2);
        const lastOnly = await api.query(`{ ${field}(last: 2) { edges { cursor } } }`);
        assert.equal(lastOnly.extensions!.roundTrips, 2);
      });

      it(`${field}: a cursor this API never handed out is BAD_USER_INPUT, after or before`, async () => {
        for (const args of [`after: "${FORGED}"`, `before: "${FORGED}"`, `last: 2, before: "not a cursor"`]) {
          const answer = await api.query(`{ ${field}(${args}) { edges { cursor } } }`);
          assert.deepEqual([answer.status, answer.errors?.[0].extensions?.code], [200, "BAD_USER_INPUT"], args);
        }
      });
    }

    it("filters count too: proposals of one state and article, candidates of one article", async () => {
      const all = await data(api, `{ proposals(first: 100) { edges { node { id state article } } } candidates(first: 100) { edges { node { article } } } }`);
      const article = all.proposals.edges[0].node.article;
      const proposed = all.proposals.edges.filter((e: any) => e.node.state === "proposed" && e.node.article === article).length;
      const filtered = await data(api, `query($a: String) { proposals(state: proposed, article: $a, first: 1) { totalCount } candidates(article: $a) { totalCount } none: proposals(state: rejected) { totalCount edges { cursor } } }`, { a: article });
      assert.equal(filtered.proposals.totalCount, proposed);
      assert.equal(filtered.candidates.totalCount, all.candidates.edges.filter((e: any) => e.node.article === article).length);
      assert.deepEqual(filtered.none, { totalCount: 0, edges: [] });
    });

    it("Proposal.properties and Change.summary are JSON values, as the store keeps them", async () => {
      const { proposals } = await data(api, `{ proposals(first: 100) { edges { node { id properties } } } }`);
      const stored = await api.store.proposals({ limit: 100, offset: 0 });
      assert.deepEqual(proposals.edges.map((e: any) => [e.node.id, e.node.properties]), stored.map((p) => [p.id, p.properties]));
      assert.ok(proposals.edges.some((e: any) => Object.keys(e.node.properties).length > 0), "some proposal has a property");
      const { changes } = await data(api, `{ changes(first: 1) { edges { node { action summary } } } }`);
      assert.equal(changes.edges[0].node.action, "addAlias");
      assert.equal(typeof changes.edges[0].node.summary, "object");
      assert.match(JSON.stringify(changes.edges[0].node.summary), /Relay alias four/);
    });
  });

  describe(`last and before on search, transfers and the journalists' lists on ${sut.name}`, { timeout: 120_000 }, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut);
    });
    after(() => api.close());

    const cases: Array<[string, string, string]> = [
      ["search", `text: "health"`, "node { id }"],
      ["transfers", "", "node { id }"],
      ["witnessedBy", `of: "person:dao-hong-lan"`, "id"],
      ["signatories", `of: "${AGREEMENT}"`, "id"],
    ];
    for (const [field, filter, item] of cases) {
      const page = async (args: string) => {
        const answer = await api.query(`{ ${field}(${[filter, args].filter(Boolean).join(", ")}) { totalCount edges { cursor ${item} } pageInfo { hasNextPage hasPreviousPage } } }`);
        assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
        const connection = answer.data[field];
        return { ...connection, ids: connection.edges.map((e: any) => e.node?.id ?? e.id) as string[] };
      };

      it(`${field}: last, and last before a cursor, end where first and after would`, async () => {
        const all = await page("first: 100");
        assert.ok(all.ids.length >= 3, `only ${all.ids.length}`);
        const tail = await page("last: 2");
        assert.deepEqual([tail.ids, tail.totalCount, tail.pageInfo.hasNextPage, tail.pageInfo.hasPreviousPage], [all.ids.slice(-2), all.ids.length, false, true]);
        const beforeTail = await page(`last: 1, before: "${tail.edges[0].cursor}"`);
        assert.deepEqual(beforeTail.ids, all.ids.slice(-3, -2));
        const forged = await api.query(`{ ${field}(${[filter, `last: 1, before: "${FORGED}"`].filter(Boolean).join(", ")}) { totalCount } }`);
        assert.deepEqual([forged.status, forged.errors?.[0].extensions?.code], [200, "BAD_USER_INPUT"]);
      });
    }
  });
}
