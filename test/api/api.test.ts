/**
 * Every root query over HTTP on the seed graph, on every store: answers come
 * with their sources, and bad ids and arguments are GraphQL errors with codes.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { storesUnderTest } from "../support/stores.js";
import { data, startApi, type RunningApi } from "../support/server.js";

const AGREEMENT = "agreement:vnvc-medsintez-tech-transfer";
const SOURCE_FIELDS = "sources { quote gloss title publisher url language published { text } article { id } }";

for (const sut of storesUnderTest()) {
  describe(`the API over HTTP on ${sut.name}`, () => {
    let api: RunningApi;
    before(async () => {
      api = await startApi(sut);
    });
    after(() => api.close());

    it("a name without diacritics, another language's form and an alias each find the same single node", async () => {
      const exact = async (text: string) => {
        const edges = (await data(api, `query($t: String!) { search(text: $t) { edges { match node { id } } } }`, { t: text })).search.edges;
        return { first: edges[0]?.node.id, exact: edges.filter((e: any) => e.match === "EXACT").map((e: any) => e.node.id) };
      };
      const russia = { first: "country:russian-federation", exact: ["country:russian-federation"] };
      assert.deepEqual(await exact("Lien bang Nga"), russia);
      assert.deepEqual(await exact("Federasi Rusia"), russia);
      assert.deepEqual(await exact("Russia"), russia);
      const ministry = { first: "organization:bo-y-te", exact: ["organization:bo-y-te"] };
      for (const text of ["Bo Y te", "BỘ Y TẾ", "Helsedepartementet"]) assert.deepEqual(await exact(text), ministry, text);
      assert.deepEqual((await exact("TS.BS Nguyễn Ngô Quang")).exact, ["person:nguyen-ngo-quang"]);
    });

    it("search ranks exact above prefix above partial, filters kinds and pages with cursors", async () => {
      const first = (await data(api, `{ search(text: "vnvc", kinds: [Organization], first: 2) { edges { cursor match node { id kind } } pageInfo { hasNextPage endCursor } } }`)).search;
      assert.equal(first.edges[0].node.id, "organization:vnvc");
      assert.equal(first.edges[0].match, "EXACT");
      assert.ok(first.edges.every((e: any) => e.node.kind === "Organization"));
      assert.equal(first.pageInfo.hasNextPage, true);
      const next = (await data(api, `query($a: String) { search(text: "vnvc", kinds: [Organization], first: 2, after: $a) { edges { match node { id } } } }`, { a: first.pageInfo.endCursor })).search;
      const seen = new Set(first.edges.map((e: any) => e.node.id));
      assert.ok(next.edges.length > 0 && next.edges.every((e: any) => !seen.has(e.node.id)));
      const tiers = ["EXACT", "QUALIFIED", "PREFIX", "PARTIAL"];
      const all = [...first.edges, ...next.edges].map((e: any) => tiers.indexOf(e.match));
      assert.deepEqual(all, [...all].sort());
    });

    it("node and nodes resolve ids, null where none, in the order asked", async () => {
      const d = await data(api, `{ node(id: "person:dao-hong-lan") { id ... on Person { name } } nodes(ids: ["country:viet-nam", "person:nobody", "drug:triazavirin"]) { id } }`);
      assert.deepEqual(d.node, { id: "person:dao-hong-lan", name: "Dao Hong Lan" });
      assert.deepEqual(d.nodes, [{ id: "country:viet-nam" }, null, { id: "drug:triazavirin" }]);
    });

    it("who signed, for whom, who witnessed, what is transferred and under which resolutions — with sources", async () => {
      const d = await data(api, `{ node(id: "${AGREEMENT}") { ... on Agreement {
        date { text partial }
        signatories { edges { node { id } onBehalfOf { id } ${SOURCE_FIELDS} } }
        witnesses { edges { node { id } ${SOURCE_FIELDS} } }
        transfers { totalCount edges { node { id } } }
        cites { edges { node { id ... on Resolution { number } } } }
      } } }`);
      const a = d.node;
      assert.deepEqual(a.date, { text: "2025-09-12", partial: false });
      assert.deepEqual(a.signatories.edges.map((e: any) => [e.node.id, e.onBehalfOf?.id ?? null]).sort(), [
        ["organization:medsintez", null],
        ["organization:pabrik-vaksin-dan-biologi-vnvc", null],
        ["person:konstantin-gorodnitsky", "organization:medsintez"],
        ["person:tran-thi-hong-thuy", "organization:pabrik-vaksin-dan-biologi-vnvc"],
      ]);
      assert.deepEqual(a.witnesses.edges.map((e: any) => e.node.id).sort(), ["person:dao-hong-lan", "person:mikhail-murashko"]);
      const source = a.witnesses.edges[0].sources[0];
      assert.match(source.quote, /di bawah pengawasan Menteri Kesehatan/);
      assert.ok(source.gloss && source.title && source.url && source.language === "id" && source.published.text === "2025-09-13", JSON.stringify(source));
      assert.ok(a.transfers.totalCount >= 8);
      assert.ok(a.cites.edges.some((e: any) => e.node.number === "57-NQ/TW"), JSON.stringify(a.cites));
    });

    it("signatories, witnesses, signedBy and witnessedBy as root queries, with dates", async () => {
      const d = await data(api, `{
        signatories(of: "${AGREEMENT}") { totalCount }
        witnesses(of: "${AGREEMENT}") { totalCount }
        signedBy(of: "person:tran-thi-hong-thuy") { edges { node { id } date { text } sources { quote } } }
        witnessedBy(of: "person:dao-hong-lan") { edges { node { id kind } date { text } } }
      }`);
      assert.equal(d.signatories.totalCount, 4);
      assert.equal(d.witnesses.totalCount, 2);
      assert.deepEqual(d.signedBy.edges.map((e: any) => [e.node.id, e.date.text]), [[AGREEMENT, "2025-09-12"]]);
      assert.ok(d.signedBy.edges[0].sources.length > 0);
      assert.ok(d.witnessedBy.edges.some((e: any) => e.node.id === AGREEMENT));
    });

    it("transfers filter by provider, recipient, product, country and dates", async () => {
      const count = async (filter: string) => (await data(api, `{ transfers(${filter}) { totalCount edges { node { from { id } to { id } providers { id } recipients { id } sources { quote } } } } }`)).transfers;
      const all = await count("first: 100");
      assert.ok(all.totalCount >= 10);
      assert.ok(all.edges.every((e: any) => e.node.sources.length > 0));
      const fromRussia = await count(`providerCountry: "country:russian-federation", first: 100`);
      assert.ok(fromRussia.totalCount > 0 && fromRussia.totalCount < all.totalCount);
      const toVietnam = await count(`recipientCountry: "country:viet-nam", first: 100`);
      assert.ok(toVietnam.edges.length > 0);
      const liraglutide = await count(`product: "drug:liraglutide"`);
      assert.deepEqual(liraglutide.edges.map((e: any) => [e.node.from.id, e.node.providers.map((p: any) => p.id)]), [[AGREEMENT, ["organization:medsintez"]]]);
      const byMedsintez = await count(`provider: "organization:medsintez", first: 100`);
      assert.ok(byMedsintez.edges.every((e: any) => e.node.from.id === AGREEMENT));
      const toMescells = await count(`recipient: "organization:mescells"`);
      assert.deepEqual(toMescells.edges.map((e: any) => e.node.from.id), ["agreement:mescells-mt-gx-fuji-tech-transfer"]);
      assert.equal((await count(`since: "2030"`)).totalCount, 0);
      const in2025 = await count(`since: "2025-01", until: "2025-12-31", first: 100`);
      assert.ok(in2025.edges.length > 0 && in2025.edges.every((e: any) => e.node.from.id === AGREEMENT), "a year inferred from the article's date counts");
      const written2025 = await count(`since: "2025-01", until: "2025-12-31", inferredYears: false, first: 100`);
      assert.equal(written2025.totalCount, 0, "an agreement whose year is only inferred is left out when asked");
    });

    it("path finds the shortest connection and says when there is none", async () => {
      const d = await data(api, `{
        p: path(from: "person:konstantin-gorodnitsky", to: "person:dao-hong-lan") { found length nodes { id } relationships { type from { id } to { id } sources { quote } } }
        none: path(from: "person:konstantin-gorodnitsky", to: "person:dao-hong-lan", maxLength: 1) { found length nodes { id } }
        same: path(from: "person:dao-hong-lan", to: "person:dao-hong-lan") { found length }
        several: paths(from: "person:konstantin-gorodnitsky", to: "person:dao-hong-lan", first: 3) { length nodes { id } }
      }`);
      assert.equal(d.p.found, true);
      assert.equal(d.p.length, 2);
      assert.deepEqual([d.p.nodes[0].id, d.p.nodes[2].id], ["person:konstantin-gorodnitsky", "person:dao-hong-lan"]);
      assert.ok(d.p.relationships.every((r: any) => r.sources.length > 0));
      assert.deepEqual(d.none, { found: false, length: 0, nodes: [] });
      assert.deepEqual(d.same, { found: true, length: 0 });
      assert.ok(d.several.length >= 1 && d.several.every((p: any) => p.length === 2));
    });

    it("neighbourhood is a subgraph ready to draw, flagged when the limit cut it", async () => {
      const d = await data(api, `{
        full: neighbourhood(id: "person:dao-hong-lan", depth: 1) { center truncated nodes { id label kind distance } edges { id source target type } }
        cut: neighbourhood(id: "person:dao-hong-lan", depth: 2, limit: 5) { truncated nodes { id } }
      }`);
      const ids = new Set(d.full.nodes.map((n: any) => n.id));
      assert.equal(d.full.truncated, false);
      assert.ok(d.full.nodes.some((n: any) => n.id === "person:dao-hong-lan" && n.distance === 0));
      assert.ok(d.full.edges.length > 0 && d.full.edges.every((e: any) => ids.has(e.source) && ids.has(e.target)));
      assert.ok(d.full.nodes.every((n: any) => n.label && n.kind));
      assert.deepEqual([d.cut.truncated, d.cut.nodes.length], [true, 5]);
    });

    it("resolution chains follow implements, amends and cites", async () => {
      const d = await data(api, `{ resolutionChain(id: "resolution:57-nq-tw", depth: 3) { resolution { id } links { type depth direction from { id } to { id } } } }`);
      const links = d.resolutionChain.links.map((l: any) => `${l.from.id} ${l.type} ${l.to.id}`);
      assert.ok(links.includes("resolution:03-nq-cp IMPLEMENTS resolution:57-nq-tw"), links.join("\n"));
      assert.ok(links.includes("resolution:71-nq-cp AMENDS resolution:03-nq-cp"), links.join("\n"));
      assert.ok(links.some((l: string) => l.startsWith("agreement:") && l.includes(" CITES resolution:57-nq-tw")));
    });

    it("timelines order dated entities, partial dates marked and yearless ones last", async () => {
      const d = await data(api, `{ timeline(id: "resolution:57-nq-tw") { entity { id } date { text start } partial } }`);
      const dates = d.timeline.map((e: any) => e.date);
      const dated = dates.filter((x: any) => x.start).map((x: any) => x.start);
      assert.deepEqual(dated, [...dated].sort());
      const firstYearless = dates.findIndex((x: any) => !x.start);
      assert.ok(firstYearless === -1 || dates.slice(firstYearless).every((x: any) => !x.start));
      assert.ok(d.timeline.some((e: any) => e.entity.id === "resolution:57-nq-tw" && e.partial === false));
    });

    it("counts per kind and relationship type", async () => {
      const d = await data(api, `{ counts { nodes { name count } relationships { name count } evidence relationshipsWithoutEvidence } }`);
      const byName = Object.fromEntries([...d.counts.nodes, ...d.counts.relationships].map((c: any) => [c.name, c.count]));
      assert.ok(byName.Person >= 19 && byName.SIGNED > 0 && byName.WITNESSED > 0 && byName.TRANSFERS > 0);
      assert.equal(d.counts.relationshipsWithoutEvidence, 0);
    });

    it("a flagged date is visible, and an entity's own attributes have sources", async () => {
      const d = await data(api, `{ node(id: "resolution:2121-kh-byt") { ... on Resolution { number date { text } dateQuality sources { quote } } } }`);
      assert.equal(d.node.number, "2121/KH-BYT");
      assert.equal(d.node.date.text, "2026-06-26");
      assert.ok(d.node.sources.length > 0);
    });

    it("unknown ids and bad arguments are errors with codes, not crashes", async () => {
      const cases: Array<[string, string]> = [
        [`{ path(from: "person:nobody", to: "person:dao-hong-lan") { found } }`, "NOT_FOUND"],
        [`{ neighbourhood(id: "person:nobody") { truncated } }`, "NOT_FOUND"],
        [`{ timeline(id: "person:nobody") { partial } }`, "NOT_FOUND"],
        [`{ signatories(of: "agreement:nothing") { totalCount } }`, "NOT_FOUND"],
        [`{ path(from: "x' OR 1=1", to: "person:dao-hong-lan") { found } }`, "BAD_USER_INPUT"],
        [`{ search(text: "x", first: 0) { edges { cursor } } }`, "BAD_USER_INPUT"],
        [`{ search(text: "x", first: 100000) { edges { cursor } } }`, "QUERY_TOO_COSTLY"],
        [`{ search(text: "lan", after: "not-a-cursor") { edges { cursor } } }`, "BAD_USER_INPUT"],
        [`{ transfers(since: "2025-13") { totalCount } }`, "BAD_USER_INPUT"],
        [`{ transfers(recipientCountry: "country:viet-nam", product: "drug:nothing") { totalCount } }`, "NOT_FOUND"],
        [`{ transfers(provider: "organization:nobody", last: 2) { totalCount } }`, "NOT_FOUND"],
        [`{ neighbourhood(id: "person:dao-hong-lan", depth: 9) { truncated } }`, "BAD_USER_INPUT"],
      ];
      for (const [query, code] of cases) {
        const result = await api.query(query);
        assert.ok(result.status < 500, `${query}: status ${result.status}`);
        assert.equal(result.errors?.[0]?.extensions?.code, code, `${query}: ${JSON.stringify(result.errors)}`);
      }
    });
  });
}
