/**
 * A curator's edits while reviewing, over HTTP on every store: a proposal
 * accepted under another type or with another end, a candidate linked to an
 * entity the graph holds instead of becoming a new one; each edit checked
 * against the ontology and refused whole when it does not fit.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { storesUnderTest } from "../support/stores.js";
import { data, startApi, testConfig, type RunningApi } from "../support/server.js";
import { ARTICLE } from "./fixtures.js";

const KEY = "review-curator-key-0123456789";
const AUTH = { authorization: `Bearer ${KEY}` };
const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { candidates { id kind name } proposals { id type from to } }
}`;
const ACCEPT = `mutation($input: AcceptProposalInput!) {
  acceptProposal(input: $input) { proposal { state } relationship { id type from { id } to { id } properties { name value } } change { summary } }
}`;
const LINK = `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { candidate { state entity } entity { id } change { summary } } }`;
const PROPOSAL_STATE = `query($a: String) { proposals(article: $a, first: 100) { edges { node { id state } } } }`;
const COUNTS = `{ counts { nodes { name count } relationships { name count } } }`;
const CONFERENCE = "event:moscow-hanoi-health-pharma-conference";

for (const sut of storesUnderTest()) {
  describe(`reviewing with edits on ${sut.name}`, () => {
    let api: RunningApi;
    let ingested: { candidates: Array<{ id: string; kind: string; name: string }>; proposals: Array<{ id: string; type: string; from: string; to: string }> };
    before(async () => {
      api = await startApi(sut, testConfig({ KG_API_KEYS: `reviewer:${KEY}` }));
      const result = await api.query(INGEST, { input: { text: ARTICLE } }, AUTH);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      ingested = result.data.ingestArticle;
    });
    after(() => api.close());

    const mutate = async (query: string, input: Record<string, unknown>) => {
      const result = await api.query(query, { input }, AUTH);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      return result.data;
    };
    const refused = async (query: string, input: Record<string, unknown>, code: string, message: RegExp) => {
      const result = await api.query(query, { input }, AUTH);
      assert.equal(result.errors?.[0]?.extensions?.code, code, JSON.stringify(result));
      // Input rules report in the error's extensions, store rules in its message.
      assert.match(JSON.stringify(result.errors), message);
    };
    const stateOf = async (id: string) => (await data(api, PROPOSAL_STATE)).proposals.edges.find((e: any) => e.node.id === id)?.node.state;

    it("accepts a proposal under another type, records what was proposed, and refuses a type its ends cannot have", async () => {
      const witnessed = ingested.proposals.find((p) => p.type === "WITNESSED" && p.from === "person:mikhail-murashko")!;
      const before = await data(api, COUNTS);
      await refused(ACCEPT, { id: witnessed.id, type: "HOLDS_POSITION" }, "BAD_USER_INPUT", /HOLDS_POSITION cannot go from Person person:mikhail-murashko to Agreement/);
      await refused(ACCEPT, { id: witnessed.id, type: "NOT_A_TYPE" }, "BAD_USER_INPUT", /NOT_A_TYPE/);
      assert.deepEqual(await data(api, COUNTS), before, "a refused edit writes nothing");
      assert.equal(await stateOf(witnessed.id), "proposed");

      const accepted = (await mutate(ACCEPT, { id: witnessed.id, type: "SIGNED" })).acceptProposal;
      assert.deepEqual([accepted.relationship.type, accepted.relationship.from.id, accepted.relationship.to.id], ["SIGNED", witnessed.from, witnessed.to]);
      assert.deepEqual(accepted.change.summary.proposed, { type: "WITNESSED", from: witnessed.from, to: witnessed.to });
      const signers = await data(api, `query($id: ID!) { node(id: $id) { ... on Agreement { signatories { edges { node { id } } } witnesses { edges { node { id } } } } } }`, { id: witnessed.to });
      assert.ok(signers.node.signatories.edges.some((e: any) => e.node.id === witnessed.from));
    });

    it("drops the properties a retyped proposal's new type lacks", async () => {
      const position = ingested.proposals.find((p) => p.type === "HOLDS_POSITION" && p.to === "organization:medsintez")!;
      const accepted = (await mutate(ACCEPT, { id: position.id, type: "COOPERATES_WITH", from: "person:konstantin-gorodnitsky" })).acceptProposal;
      assert.deepEqual([accepted.relationship.type, accepted.relationship.from.id, accepted.relationship.properties], ["COOPERATES_WITH", "person:konstantin-gorodnitsky", []]);
      assert.equal(accepted.change.summary.proposed.type, "HOLDS_POSITION");
    });

    it("links a candidate to an entity the graph holds, creating nothing, after refusing a link that is unclear or to nothing", async () => {
      const attended = ingested.proposals.find((p) => p.type === "ATTENDED")!;
      const conference = ingested.candidates.find((c) => c.id === attended.to)!;
      assert.equal(conference.kind, "Event");
      const before = await data(api, COUNTS);
      await refused(LINK, { id: conference.id, entity: CONFERENCE, name: "The conference" }, "BAD_USER_INPUT", /give entity .* or kind and name .* not both/);
      await refused(LINK, { id: conference.id, entity: "event:nowhere" }, "NOT_FOUND", /no entity event:nowhere/);
      await refused(LINK, { id: conference.id, entity: "not an id" }, "BAD_USER_INPUT", /entity must be an entity id/);
      assert.deepEqual(await data(api, COUNTS), before);

      const linked = (await mutate(LINK, { id: conference.id, entity: CONFERENCE })).acceptCandidate;
      assert.deepEqual([linked.candidate.state, linked.candidate.entity, linked.entity.id], ["accepted", CONFERENCE, CONFERENCE]);
      assert.equal(linked.change.summary.linked, true);
      assert.deepEqual(await data(api, COUNTS), before, "no entity is created");

      // The proposal's end that was the candidate now ends on the linked entity; its other end is replaced by the curator.
      const accepted = (await mutate(ACCEPT, { id: attended.id, from: "person:ngo-chi-dung" })).acceptProposal;
      assert.deepEqual([accepted.relationship.type, accepted.relationship.from.id, accepted.relationship.to.id], ["ATTENDED", "person:ngo-chi-dung", CONFERENCE]);
    });
  });
}
