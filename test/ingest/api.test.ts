/**
 * Ingest over HTTP on every store: curators only, bad input refused with
 * nothing written, accepted proposals become facts with their sentence as
 * evidence (with the signing date ingest read), rejected ones never appear,
 * and proposals stay out of answers.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { storesUnderTest } from "../support/stores.js";
import { data, startApi, testConfig, type RunningApi } from "../support/server.js";
import { ARTICLE } from "./fixtures.js";

const KEY = "ingest-curator-key-0123456789";
const AUTH = { authorization: `Bearer ${KEY}` };
const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article { id name } language languageDetected
    mentions { entity start end surface }
    candidates { id kind name }
    proposals { id type from to quote state method confidence }
  }
}`;
const ACCEPT = `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { proposal { id state change reviewedBy } relationship { id type } change { id action actor } } }`;
const REJECT = `mutation($input: RejectFindingInput!) { rejectProposal(input: $input) { proposal { id state } } }`;
const WITNESSES = `{ witnessedBy(of: "person:dao-hong-lan") { edges { node { id } } } }`;
const STATE = `{ counts { evidence nodes { name count } relationships { name count } } proposals(first: 100) { totalCount edges { node { id } } } candidates(first: 100) { totalCount edges { node { id } } } }`;

for (const sut of storesUnderTest()) {
  describe(`ingest API on ${sut.name}`, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut, testConfig({ KG_API_KEYS: `ingester:${KEY}` }));
    });
    after(() => api.close());

    const mutate = async (query: string, input: Record<string, unknown>) => {
      const result = await api.query(query, { input }, AUTH);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      return result.data;
    };

    it("refuses ingest without an API key, and writes nothing", async () => {
      const before = await data(api, STATE);
      const result = await api.query(INGEST, { input: { text: ARTICLE } });
      assert.equal(result.errors?.[0]?.extensions?.code, "FORBIDDEN");
      assert.deepEqual(await data(api, STATE), before);
    });

    it("refuses bad input with a message naming the field, and writes nothing", async () => {
      const before = await data(api, STATE);
      const bad: Array<[Record<string, unknown>, RegExp]> = [
        [{ text: ARTICLE, language: "fr" }, /language must be one of vi, en, id, no/],
        [{ text: "   " }, /text: is empty/],
        [{ text: ARTICLE, published: "2025-13-01" }, /published: .*2025-13-01.* is not a date/],
        [{ text: ARTICLE, url: "ftp://example.org" }, /url must be an http\(s\) URL/],
        [{ text: "2025 — 12/09" }, /language: cannot tell the language/],
      ];
      for (const [input, message] of bad) {
        const result = await api.query(INGEST, { input }, AUTH);
        assert.equal(result.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", JSON.stringify(input));
        assert.match(JSON.stringify(result.errors), message);
      }
      assert.deepEqual(await data(api, STATE), before);
    });

    it("ingests: links mentions, proposes for review, and the same article again changes nothing", async () => {
      const first = (await mutate(INGEST, { text: ARTICLE, publisher: "Example" })).ingestArticle;
      assert.deepEqual([first.language, first.languageDetected], ["en", true]);
      assert.ok(first.mentions.some((m: any) => m.entity === "person:dao-hong-lan" && ARTICLE.slice(m.start, m.end) === m.surface));
      assert.ok(first.proposals.every((p: any) => p.state === "proposed" && p.method === "machine"));
      const after = await data(api, STATE);
      const again = (await mutate(INGEST, { text: ARTICLE, publisher: "Example" })).ingestArticle;
      assert.deepEqual(again, first);
      assert.deepEqual(await data(api, STATE), after);
      const listed = await data(api, `query($a: String) { proposals(article: $a, state: proposed, first: 100) { totalCount edges { node { id } } } }`, { a: first.article.id });
      assert.deepEqual([listed.proposals.totalCount, listed.proposals.edges.length], [first.proposals.length, first.proposals.length]);
    });

    it("a second report of a known signing is evidence on the existing agreement; a rejected proposal never appears", async () => {
      const { proposals } = (await mutate(INGEST, { text: ARTICLE })).ingestArticle;
      const known = "agreement:vnvc-medsintez-tech-transfer";
      const witnessed = proposals.filter((p: any) => p.type === "WITNESSED" && p.from === "person:dao-hong-lan");
      assert.deepEqual(witnessed.map((p: any) => p.to), [known], "the signers are the known agreement's parties");
      assert.ok(!proposals.some((p: any) => p.type === "SIGNED" && p.to.startsWith("candidate:")), "no second agreement is proposed");
      const attended = proposals.find((p: any) => p.type === "ATTENDED");
      const unresolved = await api.query(ACCEPT, { input: { id: attended.id } }, AUTH);
      assert.equal(unresolved.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
      assert.match(unresolved.errors![0].message, /still a candidate: accept it first/);
      const before = (await data(api, WITNESSES)).witnessedBy.edges.map((e: any) => e.node.id);

      const accepted = (await mutate(ACCEPT, { id: witnessed[0].id, clientMutationId: "accept-1" })).acceptProposal;
      assert.deepEqual([accepted.proposal.state, accepted.proposal.reviewedBy, accepted.change.action, accepted.change.actor], ["accepted", "ingester", "acceptProposal", "ingester"]);
      assert.equal(accepted.proposal.change, accepted.change.id);
      const retried = (await mutate(ACCEPT, { id: witnessed[0].id, clientMutationId: "accept-1" })).acceptProposal;
      assert.equal(retried.change.id, accepted.change.id);
      assert.deepEqual((await data(api, WITNESSES)).witnessedBy.edges.map((e: any) => e.node.id), before, "no new edge: the same statement");
      const sources = await data(api, `{ node(id: "${known}") { ... on Agreement { witnesses { edges { node { id } sources { quote } } } } } }`);
      const edge = sources.node.witnesses.edges.find((e: any) => e.node.id === "person:dao-hong-lan");
      assert.ok(edge.sources.length >= 2 && edge.sources.some((s: any) => s.quote === witnessed[0].quote), "the seed's quote and the new one");
      const evidence = await api.store.evidenceFor([accepted.relationship.id]);
      assert.ok(evidence[0].some((e) => e.quote === witnessed[0].quote && e.method === "machine" && e.reviewState === "accepted"));
      assert.ok(evidence[0].some((e) => e.article === "article:baolangson-vnvc-medsintez"));

      const signed = proposals.find((p: any) => p.type === "SIGNED" && p.from === "organization:vnvc");
      const rejected = (await mutate(REJECT, { id: signed.id })).rejectProposal;
      assert.equal(rejected.proposal.state, "rejected");
      const afterReject = await api.query(ACCEPT, { input: { id: signed.id } }, AUTH);
      assert.equal(afterReject.errors?.[0]?.extensions?.code, "CONFLICT");
      const signedBy = await data(api, `{ signedBy(of: "organization:vnvc") { edges { node { id } } } }`);
      assert.ok(!signedBy.signedBy.edges.some((e: any) => e.node.id.startsWith("candidate:")));
      const stillProposed = await data(api, `{ proposals(state: rejected, first: 100) { edges { node { id } } } }`);
      assert.deepEqual(stillProposed.proposals.edges.map((e: any) => e.node.id), [signed.id]);
      const reRead = (await mutate(INGEST, { text: ARTICLE })).ingestArticle.proposals.find((p: any) => p.id === signed.id);
      assert.equal(reRead.state, "rejected");
    });

    it("a signing date read from the article is stored with the accepted statement and is its date, the year marked inferred", async () => {
      const text = "On September 12, Perusahaan Farmasi Medsintez signed a supply agreement with Perusahaan Vaksin VNVC in the presence of Dr. Sofia Lind.";
      const { proposals, candidates } = (await mutate(INGEST, { text, url: "https://example.org/dated", published: "2025-09-15" })).ingestArticle;
      const witnessed = proposals.find((p: any) => p.type === "WITNESSED");
      assert.equal(candidates.find((c: any) => c.id === witnessed.from)?.name, "Sofia Lind");
      const person = (await mutate(`mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entity { id } } }`, { id: witnessed.from })).acceptCandidate.entity.id;
      await mutate(ACCEPT, { id: witnessed.id });
      const read = await data(api, `{ node(id: "${person}") { ... on Person { relationships(types: [WITNESSED]) { edges { node { id } date { text yearInferred } properties { name value } } } } } }`);
      const [edge] = read.node.relationships.edges;
      assert.deepEqual(edge.date, { text: "2025-09-12", yearInferred: true });
      assert.deepEqual(new Map(edge.properties.map((p: any) => [p.name, p.value])), new Map([["date", "2025-09-12"], ["dateYearInferred", "true"]]));
    });

    it("accepting a candidate makes it an entity a proposal can then be accepted onto", async () => {
      const { proposals, candidates } = (await mutate(INGEST, { text: ARTICLE })).ingestArticle;
      const attended = proposals.find((p: any) => p.type === "ATTENDED");
      const person = candidates.find((c: any) => c.id === attended.from);
      const event = candidates.find((c: any) => c.id === attended.to);
      assert.deepEqual([person.kind, person.name, event.kind], ["Person", "Anna Petrova", "Event"]);
      const made = (await mutate(`mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entity { id name } candidate { state entity } } }`, { id: person.id })).acceptCandidate;
      assert.deepEqual([made.entity.id, made.candidate.state, made.candidate.entity], ["person:anna-petrova", "accepted", "person:anna-petrova"]);
      await mutate(`mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entity { id } } }`, { id: event.id, name: "Medsintez supply conference" });
      const accepted = (await mutate(ACCEPT, { id: attended.id })).acceptProposal;
      assert.equal(accepted.proposal.state, "accepted");
      const attendedBy = await data(api, `{ node(id: "person:anna-petrova") { ... on Person { relationships(types: [ATTENDED]) { edges { node { id } } } } } }`);
      assert.equal(attendedBy.node.relationships.edges[0].node.id, "event:medsintez-supply-conference");
    });
  });
}
