/**
 * Curation input a careless or hostile curator might send, over HTTP on every
 * store: each is refused as BAD_USER_INPUT naming the field, and nothing is
 * written; names are stored in one form whatever Unicode form they came in.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { storesUnderTest } from "../support/stores.js";
import { data, startApi, testConfig, type RunningApi } from "../support/server.js";

const KEY = "carol-curator-key-0123456789";
const AUTH = { authorization: `Bearer ${KEY}` };
const ARTICLE = "article:baolangson-vnvc-medsintez";
const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id name } } }`;
const UPDATE = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id } } }`;
const ALIAS = `mutation($input: AddAliasInput!) { addAlias(input: $input) { entity { aliases } } }`;
const ADD = `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id } } }`;
const STATE = `{ counts { evidence nodes { name count } relationships { name count } } changes(first: 100) { edges { node { id } } } }`;

for (const sut of storesUnderTest()) {
  describe(`curation input rules on ${sut.name}`, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut, testConfig({ KG_API_KEYS: `carol:${KEY}` }));
    });
    after(() => api.close());

    const refused = async (query: string, input: Record<string, unknown>, message: RegExp) => {
      const result = await api.query(query, { input }, AUTH);
      assert.equal(result.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", JSON.stringify(result));
      assert.match(result.errors![0].message, message);
    };

    it("refuses inherited property names, short quotes, names with nothing to fold and blank aliases, and writes nothing", async () => {
      const before = await data(api, STATE);
      const witness = { type: "WITNESSED", from: "person:ngo-chi-dung", to: "event:vnvc-medsintez-signing" };
      await refused(ADD, { ...witness, properties: [{ name: "constructor", value: "x" }], evidence: [{ article: ARTICLE, quote: "Bapak Ngo Chi Dung, Ketua Dewan Direksi" }] }, /properties\.constructor is not allowed here/);
      await refused(UPDATE, { id: "organization:vnvc", attributes: [{ name: "toString", value: "x" }] }, /attributes\.toString is not allowed here/);
      await refused(ADD, { ...witness, evidence: [{ article: ARTICLE, quote: "a" }] }, /evidence\[0\]\.quote is too short/);
      await refused(ADD, { ...witness, evidence: [{ article: ARTICLE, quote: "Vietnam" }] }, /evidence\[0\]\.quote is too short/);
      await refused(CREATE, { kind: "Drug", name: "—!?" }, /name "—!\?" has no letter or digit/);
      await refused(ALIAS, { id: "organization:vnvc", alias: "   \t " }, /alias .* has no letter or digit/);
      await refused(UPDATE, { id: "organization:vnvc", aliases: ["VNVC plant", "  "] }, /aliases\[1\] .* has no letter or digit/);
      assert.deepEqual(await data(api, STATE), before);
    });

    it("a full-width name is stored in its plain form and makes the same id as the plain one", async () => {
      const created = await api.query(CREATE, { input: { kind: "Organization", name: "ＡＣＭＥ　Ｐｈａｒｍａ" } }, AUTH);
      assert.equal(created.errors, undefined, JSON.stringify(created.errors));
      assert.deepEqual(created.data.createEntity.entity, { id: "organization:acme-pharma", name: "ACME Pharma" });
      const again = await api.query(CREATE, { input: { kind: "Organization", name: "ACME Pharma" } }, AUTH);
      assert.equal(again.errors, undefined, JSON.stringify(again.errors));
      // Search lets one query word miss, so "pharma" alone brings other entities after it: one ACME entity, first.
      const hits = (await data(api, `{ search(text: "acme pharma") { edges { matchedWords node { id } } } }`)).search.edges;
      assert.deepEqual(hits.filter((e: any) => e.matchedWords === 2).map((e: any) => e.node.id), ["organization:acme-pharma"]);
      assert.equal(hits[0].node.id, "organization:acme-pharma");
    });
  });
}
