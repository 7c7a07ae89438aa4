/**
 * Curation over HTTP: refused without a key, recorded with the key's name,
 * safe to retry, and visible in answers at once — on every store.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { storesUnderTest } from "../support/stores.js";
import { data, startApi, testConfig, type RunningApi } from "../support/server.js";

const KEY = "alice-curator-key-0123456789";
const AUTH = { authorization: `Bearer ${KEY}` };
const ARTICLE = "article:baolangson-vnvc-medsintez";
const QUOTE = "Bapak Ngo Chi Dung, Ketua Dewan Direksi dan Direktur Jenderal Pabrik Vaksin dan Biologi VNVC, menyampaikan:";

const ADD = `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id type } change { id actor action subject } } }`;
const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id name aliases } change { id actor action } } }`;
const MERGE = `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { entity { id aliases } change { id action } } }`;

for (const sut of storesUnderTest()) {
  describe(`curation on ${sut.name}`, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut, testConfig({ KG_API_KEYS: `alice:${KEY}` }));
    });
    after(() => api.close());

    const mutate = async (query: string, input: Record<string, unknown>) => {
      const result = await api.query(query, { input }, AUTH);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      return result.data;
    };

    it("refuses a mutation without a key, and changes nothing", async () => {
      const before = await data(api, `{ counts { evidence nodes { name count } } }`);
      const result = await api.query(CREATE, { input: { kind: "Person", name: "Nobody Without A Key" } });
      assert.equal(result.errors?.[0]?.extensions?.code, "FORBIDDEN");
      assert.deepEqual(await data(api, `{ counts { evidence nodes { name count } } }`), before);
    });

    it("creates an entity, finds it by name and alias, and records who did it", async () => {
      const created = await mutate(CREATE, { kind: "Person", name: "Lê Văn Thử", aliases: ["Thu Le"], clientMutationId: "create-1" });
      assert.equal(created.createEntity.entity.id, "person:le-van-thu");
      assert.deepEqual([created.createEntity.change.actor, created.createEntity.change.action], ["alice", "createEntity"]);
      await mutate(`mutation($input: AddAliasInput!) { addAlias(input: $input) { entity { aliases } } }`, { id: "person:le-van-thu", alias: "Dr. Thử" });
      for (const text of ["le van thu", "Thu Le"]) {
        const hits = (await data(api, `query($t: String!) { search(text: $t) { edges { match node { id } } } }`, { t: text })).search.edges;
        assert.equal(hits[0]?.node.id, "person:le-van-thu", text);
      }
      const changes = (await data(api, `{ changes(subject: "person:le-van-thu") { edges { node { actor action } } } }`)).changes.edges;
      assert.equal(changes.length, 2);
      assert.ok(changes.every((e: any) => e.node.actor === "alice"));
    });

    it("a retried mutation with the same clientMutationId applies once", async () => {
      const first = await mutate(CREATE, { kind: "Person", name: "Retry Person", clientMutationId: "retry-1" });
      const again = await mutate(CREATE, { kind: "Person", name: "Retry Person", clientMutationId: "retry-1" });
      assert.equal(again.createEntity.change.id, first.createEntity.change.id);
      const changes = (await data(api, `{ changes(subject: "person:retry-person") { edges { node { id } } } }`)).changes.edges;
      assert.equal(changes.length, 1);
    });

    it("adds a relationship with its source, refuses a quote the article does not hold", async () => {
      const input = { type: "WITNESSED", from: "person:ngo-chi-dung", to: "event:vnvc-medsintez-signing", evidence: [{ article: ARTICLE, quote: QUOTE, gloss: "Mr Ngo Chi Dung said:" }] };
      const bad = await api.query(ADD, { input: { ...input, evidence: [{ article: ARTICLE, quote: "He was not there." }] } }, AUTH);
      assert.equal(bad.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
      const added = await mutate(ADD, input);
      const witnesses = (await data(api, `{ witnesses(of: "event:vnvc-medsintez-signing") { edges { node { id } sources { quote } } } }`)).witnesses.edges;
      const edge = witnesses.find((e: any) => e.node.id === "person:ngo-chi-dung");
      assert.ok(edge, JSON.stringify(witnesses));
      assert.equal(edge.sources[0].quote, QUOTE);
      assert.equal(added.addRelationship.change.subject, added.addRelationship.relationship.id);
    });

    it("retracts a relationship: gone from answers, kept in the change record", async () => {
      const [edge] = (await data(api, `{ signatories(of: "agreement:vnvc-medsintez-tech-transfer") { edges { id node { id } } } }`)).signatories.edges
        .filter((e: any) => e.node.id === "person:tran-thi-hong-thuy");
      await mutate(`mutation($input: RetractRelationshipInput!) { retractRelationship(input: $input) { change { action subject } } }`, { id: edge.id, reason: "test: signed by someone else" });
      const after = (await data(api, `{ signatories(of: "agreement:vnvc-medsintez-tech-transfer") { edges { id } } }`)).signatories.edges;
      assert.ok(!after.some((e: any) => e.id === edge.id));
      const changes = (await data(api, `query($s: String) { changes(subject: $s) { edges { node { action summary } } } }`, { s: edge.id })).changes.edges;
      assert.equal(changes[0].node.action, "retractRelationship");
      assert.equal(changes[0].node.summary.reason, "test: signed by someone else");
    });

    it("merges two entities: relationships and sources kept, old id resolves, merging twice is refused", async () => {
      const duplicate = "person:dao-hong-lan-duplicate";
      await mutate(CREATE, { kind: "Person", id: duplicate, name: "Dao Hong Lan (duplicate)", names: [{ language: "vi", name: "Đào Hồng Lan" }] });
      await mutate(ADD, { type: "WITNESSED", from: duplicate, to: "event:vnvc-medsintez-signing", evidence: [{ article: ARTICLE, quote: "Menteri Kesehatan Vietnam Dao Hong Lan" }] });
      const witnessed = async (id: string) =>
        (await data(api, `query($id: ID!) { node(id: $id) { id ... on Person { witnessed { edges { node { id } sources { quote } } } } } }`, { id })).node;
      const before = (await witnessed("person:dao-hong-lan")).witnessed.edges.length;
      const once = await mutate(MERGE, { survivor: "person:dao-hong-lan", merged: duplicate });
      assert.ok(once.mergeEntities.entity.aliases.includes("Đào Hồng Lan"));
      const after = await witnessed("person:dao-hong-lan");
      assert.equal(after.witnessed.edges.length, before + 1);
      assert.ok(after.witnessed.edges.some((e: any) => e.node.id === "event:vnvc-medsintez-signing" && e.sources[0]?.quote === "Menteri Kesehatan Vietnam Dao Hong Lan"));
      const again = await api.query(MERGE, { input: { survivor: "person:dao-hong-lan", merged: duplicate } }, AUTH);
      assert.equal(again.errors?.[0]?.extensions?.code, "CONFLICT");
      assert.match(again.errors[0].message, /already merged into person:dao-hong-lan/);
      assert.equal((await witnessed("person:dao-hong-lan")).witnessed.edges.length, before + 1);
      assert.equal((await witnessed(duplicate)).id, "person:dao-hong-lan");
    });
  });
}
