/**
 * Several curators at once over HTTP, on every store: concurrent changes to
 * one entity, relationship or finding either all apply or all but one get a
 * CONFLICT, each change is recorded once, and every ingest and review is in
 * the change record. Bounded: at most ten requests at once.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { storesUnderTest } from "../support/stores.js";
import { data, startApi, testConfig, type RunningApi } from "../support/server.js";
import { ARTICLE } from "../ingest/fixtures.js";

const KEYS = { alice: "alice-curator-key-0123456789", bob: "bob-curator-key-01234567890" };
const as = (who: keyof typeof KEYS) => ({ authorization: `Bearer ${KEYS[who]}` });
const ALIAS = `mutation($input: AddAliasInput!) { addAlias(input: $input) { entity { aliases } } }`;
const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } change { id } } }`;
const MERGE = `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { change { id } } }`;
const RETRACT = `mutation($input: RetractRelationshipInput!) { retractRelationship(input: $input) { change { id } } }`;
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } proposals { id type from } } }`;
const ACCEPT = `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { proposal { state } } }`;
const REJECT = `mutation($input: RejectFindingInput!) { rejectProposal(input: $input) { proposal { state } } }`;
const CHANGES = `query($s: String) { changes(subject: $s, first: 100) { edges { node { id action actor subject } } } }`;

type Sent = { errors?: Array<{ message: string; extensions?: { code?: string } }>; data?: any };

function outcome(results: readonly Sent[]): { applied: number; codes: string[] } {
  return {
    applied: results.filter((r) => !r.errors).length,
    codes: results.flatMap((r) => (r.errors ?? []).map((e) => String(e.extensions?.code))),
  };
}

for (const sut of storesUnderTest()) {
  describe(`curators at once on ${sut.name}`, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut, testConfig({ KG_API_KEYS: `alice:${KEYS.alice},bob:${KEYS.bob}` }));
    });
    after(() => api.close());

    const send = (query: string, input: Record<string, unknown>, who: keyof typeof KEYS = "alice"): Promise<Sent> =>
      api.query(query, { input }, as(who));
    const changesOf = async (subject: string) => (await data(api, CHANGES, { s: subject })).changes.edges.map((e: any) => e.node);

    it("ten aliases added to one entity at once are all kept", async () => {
      const id = "person:ngo-chi-dung";
      const aliases = Array.from({ length: 10 }, (_, i) => `Concurrent alias ${i}`);
      const results = await Promise.all(aliases.map((alias, i) => send(ALIAS, { id, alias }, i % 2 ? "bob" : "alice")));
      assert.deepEqual(outcome(results), { applied: 10, codes: [] });
      const { node } = await data(api, `query($id: ID!) { node(id: $id) { ... on Person { aliases } } }`, { id });
      assert.deepEqual(aliases.filter((a) => !node.aliases.includes(a)), []);
      assert.equal((await changesOf(id)).filter((c: any) => c.action === "addAlias").length, 10);
    });

    it("opposite merges at once: one applies, the other is a CONFLICT, both ids resolve to the survivor", async () => {
      const [x, z] = ["person:merge-race-x", "person:merge-race-z"];
      for (const [id, name] of [[x, "Merge Race X"], [z, "Merge Race Z"]]) assert.equal((await send(CREATE, { kind: "Person", id, name })).errors, undefined);
      const results = await Promise.all([send(MERGE, { survivor: x, merged: z }), send(MERGE, { survivor: z, merged: x }, "bob")]);
      assert.deepEqual(outcome(results), { applied: 1, codes: ["CONFLICT"] });
      const { nodes } = await data(api, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [x, z] });
      assert.ok(nodes[0] && nodes[1], JSON.stringify(nodes));
      assert.equal(nodes[0].id, nodes[1].id);
    });

    it("five retractions of one relationship at once: one is recorded, four are CONFLICTs", async () => {
      const { edges } = (await data(api, `{ witnesses(of: "event:vnvc-medsintez-signing") { edges { id } } }`)).witnesses;
      const id = edges[0].id;
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) => send(RETRACT, { id, reason: `race ${i}` }, i % 2 ? "bob" : "alice")));
      assert.deepEqual(outcome(results), { applied: 1, codes: ["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"] });
      assert.equal((await changesOf(id)).length, 1);
    });

    it("accepting and rejecting one proposal at once: one decision stands, and ingest and both reviews' outcome are recorded", async () => {
      const ingested = await send(INGEST, { text: ARTICLE, url: "https://example.org/concurrency" });
      assert.equal(ingested.errors, undefined, JSON.stringify(ingested.errors));
      const { article, proposals } = ingested.data.ingestArticle;
      // Its object is still a candidate; the acceptance names the agreement in its place.
      const { id } = proposals.find((p: any) => p.type === "WITNESSED" && p.from === "person:dao-hong-lan");
      const to = "agreement:mescells-mt-gx-fuji-tech-transfer";
      const results = await Promise.all([send(ACCEPT, { id, to }), send(REJECT, { id }, "bob")]);
      assert.deepEqual(outcome(results).applied, 1);
      assert.deepEqual(outcome(results).codes, ["CONFLICT"]);
      const winner = results[0].errors ? "rejected" : "accepted";
      const { proposals: after } = await data(api, `query($a: String) { proposals(article: $a, first: 100) { edges { node { id state } } } }`, { a: article.id });
      assert.equal(after.edges.find((e: any) => e.node.id === id).node.state, winner);
      assert.deepEqual((await changesOf(article.id)).map((c: any) => [c.action, c.actor]), [["ingestArticle", "alice"]]);
      assert.deepEqual((await changesOf(id)).map((c: any) => c.action), [winner === "accepted" ? "acceptProposal" : "rejectProposal"]);
    });

    it("a clientMutationId reused for a different change is refused, and the second change is not silently dropped", async () => {
      const first = await send(CREATE, { kind: "Person", name: "Idempotent First", clientMutationId: "reuse-1" });
      assert.equal(first.errors, undefined);
      const retry = await send(CREATE, { kind: "Person", name: "Idempotent First", clientMutationId: "reuse-1" });
      assert.equal(retry.data.createEntity.change.id, first.data.createEntity.change.id);
      const other = await send(CREATE, { kind: "Person", name: "Idempotent Second", clientMutationId: "reuse-1" });
      assert.equal(other.errors?.[0]?.extensions?.code, "CONFLICT");
      assert.match(other.errors![0].message, /clientMutationId "reuse-1" was already used for createEntity of person:idempotent-first/);
    });
  });
}
