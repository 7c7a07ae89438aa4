/**
 * The store conformance suite: one table of questions and the answers every
 * GraphStore adapter must give on the fixture graph. A store is done when the
 * table passes.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { NODE_KINDS, NodeKind, RelationshipType } from "../../src/domain/ontology.js";
import { DateQuality } from "../../src/domain/dates.js";
import { MatchTier, type EntitySummary, type GraphStore } from "../../src/store/port.js";
import { timeline } from "../../src/store/traversals.js";
import type { StoreUnderTest } from "../support/stores.js";
import { EVIDENCE, fixtureBatch, relationshipId } from "../support/fixture.js";
import { defineCurationConformance } from "./curationConformance.js";

interface Row {
  readonly name: string;
  readonly call: (store: GraphStore) => Promise<unknown>;
  readonly expect: unknown | ((actual: any) => void);
}

const T = RelationshipType;
/** A search hit as the table compares it: the entity it carries must be the one it names. */
const hit = (id: string, matchedWords: number, tier: MatchTier) => ({ id, matchedWords, tier, entityId: id });
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const agreement = "agreement:vnvc-medsintez";
const NOTHING = { ends: "none", evidence: false, articles: "none", properties: false } as const;
const EVERYTHING = { ends: "whole", evidence: true, articles: "whole", properties: true } as const;
const LEAN = { ends: "summaries", evidence: true, articles: "citations", properties: false } as const;
const sortedById = <E extends { id: string }>(items: readonly (E | null)[]) =>
  items.filter((e): e is E => e !== null).sort((a, b) => (a.id < b.id ? -1 : 1));

const READS: Row[] = [
  {
    name: "entitiesById answers in key order, null for an unknown id",
    call: async (s) => (await s.entitiesById(["country:vn", "person:nobody", "person:dao-hong-lan"])).map((e) => e?.id ?? null),
    expect: ["country:vn", null, "person:dao-hong-lan"],
  },
  {
    name: "entitySummaries answers like entitiesById, with id, kind and name only",
    call: async (s) => s.entitySummaries(["country:vn", "person:nobody", "person:dao-hong-lan"]),
    expect: [
      { id: "country:vn", kind: NodeKind.Country, name: fixtureBatch().entities.find((e) => e.id === "country:vn")!.name },
      null,
      { id: "person:dao-hong-lan", kind: NodeKind.Person, name: fixtureBatch().entities.find((e) => e.id === "person:dao-hong-lan")!.name },
    ],
  },
  {
    name: "an entity comes back as it was written, with its derived fields",
    call: async (s) => (await s.entitiesById(["resolution:57-nq-tw"]))[0],
    expect: fixtureBatch().entities.find((e) => e.id === "resolution:57-nq-tw"),
  },
  {
    name: "names per language and aliases survive",
    call: async (s) => {
      const [e] = await s.entitiesById(["person:nguyen-ngo-quang"]);
      return { names: e!.names, aliases: e!.aliases };
    },
    expect: { names: { vi: "Nguyễn Ngô Quang", no: "Nguyen Ngo Quang" }, aliases: ["TS Quang"] },
  },
  {
    name: "a date after its source is kept and flagged; a day-month date has no range",
    call: async (s) => (await s.entitiesById(["resolution:2121-kh-byt", agreement])).map((e) => [e!.attributes.date, e!.dateQuality, e!.dateStart]),
    expect: [["2026-06-26", DateQuality.AFTER_SOURCE, "2026-06-26"], ["--09-12", DateQuality.OK, null]],
  },
  {
    name: "who signed and who witnessed an agreement (incoming, by type)",
    call: async (s) => (await s.relationshipsOf([
      { entityId: agreement, types: [T.SIGNED], direction: "IN" },
      { entityId: agreement, types: [T.WITNESSED], direction: "IN" },
    ])).map((list) => list.map((r) => [r.type, r.from, r.to, r.properties])),
    expect: [
      [[T.SIGNED, "person:ngo-chi-dung", agreement, { onBehalfOf: "organization:vnvc" }]],
      [[T.WITNESSED, "person:dao-hong-lan", agreement, {}]],
    ],
  },
  {
    name: "what an agreement transfers (outgoing)",
    call: async (s) => (await s.relationshipsOf([{ entityId: agreement, types: [T.TRANSFERS], direction: "OUT" }]))[0].map((r) => r.to),
    expect: ["drug:triazavirin"],
  },
  {
    name: "both directions, every type, ordered by type then id, with true ends",
    call: async (s) => (await s.relationshipsOf([{ entityId: agreement, types: [], direction: "BOTH" }]))[0].map((r) => [r.type, r.from, r.to]),
    expect: [
      [T.CITES, agreement, "resolution:57-nq-tw"],
      [T.PARTY_TO, "organization:vnvc", agreement],
      [T.SIGNED, "person:ngo-chi-dung", agreement],
      [T.TRANSFERS, agreement, "drug:triazavirin"],
      [T.WITNESSED, "person:dao-hong-lan", agreement],
    ],
  },
  {
    name: "relationship properties keep their types",
    call: async (s) => (await s.relationshipsOf([{ entityId: "person:dao-hong-lan", types: [T.HOLDS_POSITION], direction: "OUT" }]))[0][0].properties,
    expect: { title: "Minister of Health", current: true },
  },
  {
    name: "relationshipsById answers whole relationships in key order, null for an unknown statement id",
    call: async (s) => s.relationshipsById([
      relationshipId(T.HOLDS_POSITION, "person:dao-hong-lan", "organization:ministry-of-health"), "stmt:0000000000000000",
      relationshipId(T.SIGNED, "person:ngo-chi-dung", agreement),
    ]),
    expect: [
      {
        id: relationshipId(T.HOLDS_POSITION, "person:dao-hong-lan", "organization:ministry-of-health"), type: T.HOLDS_POSITION,
        from: "person:dao-hong-lan", to: "organization:ministry-of-health", properties: { title: "Minister of Health", current: true },
      },
      null,
      { id: relationshipId(T.SIGNED, "person:ngo-chi-dung", agreement), type: T.SIGNED, from: "person:ngo-chi-dung", to: agreement, properties: { onBehalfOf: "organization:vnvc" } },
    ],
  },
  {
    name: "a batch mixing directions and an unknown id answers each key",
    call: async (s) => (await s.relationshipsOf([
      { entityId: "person:nobody", types: [], direction: "BOTH" },
      { entityId: "organization:ministry-of-health", types: [T.HOLDS_POSITION], direction: "IN" },
      { entityId: "organization:ministry-of-health", types: [T.BASED_IN], direction: "OUT" },
    ])).map((list) => list.map((r) => r.from)),
    expect: [[], ["person:dao-hong-lan", "person:nguyen-ngo-quang"].sort(
      (a, b) => (relationshipId(T.HOLDS_POSITION, a, "organization:ministry-of-health") < relationshipId(T.HOLDS_POSITION, b, "organization:ministry-of-health") ? -1 : 1),
    ), ["organization:ministry-of-health"]],
  },
  {
    name: "a relationship page: its total and its slice in type-then-id order, nothing more unless asked",
    call: async (s) => (await s.relationshipPages([
      { entityId: agreement, types: [], direction: "BOTH", offset: 1, limit: 2, include: NOTHING },
      { entityId: agreement, types: [T.TRANSFERS, T.CITES], direction: "OUT", offset: 0, limit: 10, include: NOTHING },
      { entityId: "person:nobody", types: [], direction: "BOTH", offset: 0, limit: 10, include: EVERYTHING },
    ])).map((page) => ({ ...page, entity: page.entity?.id ?? null, relationships: page.relationships.map((r) => [r.type, r.from, r.to]) })),
    expect: [
      { entity: agreement, total: 5, relationships: [[T.PARTY_TO, "organization:vnvc", agreement], [T.SIGNED, "person:ngo-chi-dung", agreement]], ends: [], endSummaries: [], evidence: [], articles: [], citations: [] },
      { entity: agreement, total: 2, relationships: [[T.CITES, agreement, "resolution:57-nq-tw"], [T.TRANSFERS, agreement, "drug:triazavirin"]], ends: [], endSummaries: [], evidence: [], articles: [], citations: [] },
      { entity: null, total: 0, relationships: [], ends: [], endSummaries: [], evidence: [], articles: [], citations: [] },
    ],
  },
  {
    name: "a relationship page brings its ends, its evidence and the articles cited, as the single reads give them",
    call: async (s) => {
      const [page] = await s.relationshipPages([{ entityId: agreement, types: [], direction: "BOTH", offset: 0, limit: 4, include: EVERYTHING }]);
      const [relationships] = await s.relationshipsOf([{ entityId: agreement, types: [], direction: "BOTH" }]);
      const evidence = await s.evidenceFor(page.relationships.map((r) => r.id));
      const endIds = [...new Set(page.relationships.flatMap((r) => [r.from, r.to]))];
      const articleIds = [...new Set(evidence.flat().map((e) => e.article))];
      return {
        page: { ...page, ends: sortedById(page.ends), articles: sortedById(page.articles) },
        single: {
          entity: (await s.entitiesById([agreement]))[0],
          total: relationships.length, relationships: relationships.slice(0, 4), evidence,
          ends: sortedById(await s.entitiesById(endIds)), articles: sortedById(await s.entitiesById(articleIds)), endSummaries: [], citations: [],
        },
      };
    },
    expect: (actual: any) => {
      assert.ok(actual.page.evidence.flat().length > 0 && actual.page.articles.length > 0, "the fixture's page should cite articles");
      assert.deepEqual(actual.page, actual.single);
    },
  },
  {
    name: "a lean page brings its ends' summaries and its articles' citations, as the single reads give them, and nothing whole",
    call: async (s) => {
      const [page] = await s.relationshipPages([{ entityId: agreement, types: [], direction: "BOTH", offset: 0, limit: 4, include: LEAN }]);
      const evidence = await s.evidenceFor(page.relationships.map((r) => r.id));
      const endIds = [...new Set(page.relationships.flatMap((r) => [r.from, r.to]))];
      const articles = await s.entitiesById([...new Set(evidence.flat().map((e) => e.article))]);
      return {
        page: { ...page, entity: page.entity?.id, endSummaries: sortedById(page.endSummaries), citations: sortedById(page.citations) },
        single: {
          ...page, entity: agreement, evidence, ends: [], articles: [],
          endSummaries: sortedById(await s.entitySummaries(endIds)),
          citations: sortedById(articles).map((a) => ({
            id: a.id, title: a.attributes.title ?? null, publisher: a.attributes.publisher ?? null, url: a.attributes.url ?? null,
            language: a.attributes.language ?? null, published: a.attributes.published ?? null, yearBasis: a.attributes.yearBasis ?? null,
          })),
        },
      };
    },
    expect: (actual: any) => {
      assert.ok(actual.page.citations.length > 0 && actual.page.endSummaries.length > 0, "the fixture's page should have ends and cite articles");
      assert.deepEqual(actual.page, actual.single);
    },
  },
  {
    name: "a page without properties lists what the page with them lists, each relationship with none, its id, type and ends kept",
    call: async (s) => {
      const ask = (properties: boolean) => s.relationshipPages([
        { entityId: agreement, types: [], direction: "BOTH", offset: 0, limit: 10, include: { ...NOTHING, properties } },
        { entityId: "organization:ministry-of-health", types: [T.HOLDS_POSITION], direction: "IN", offset: 1, limit: 1, include: { ...NOTHING, properties } },
        { entityId: "organization:ministry-of-health", types: [], direction: "OUT", offset: 0, limit: 10, include: { ...NOTHING, properties } },
      ]);
      const [whole, bare] = [await ask(true), await ask(false)];
      return { whole, bare };
    },
    expect: ({ whole, bare }: any) => {
      assert.ok(whole[0].relationships.some((r: any) => Object.keys(r.properties).length > 0), "the fixture's agreement should have a relationship with properties");
      assert.ok(bare.every((page: any) => page.relationships.every((r: any) => Object.keys(r.properties).length === 0)));
      assert.deepEqual(bare, whole.map((page: any) => ({ ...page, relationships: page.relationships.map((r: any) => ({ ...r, properties: {} })) })));
    },
  },
  {
    name: "a relationship page brings only the evidence, or only the ends, when only they are asked",
    call: async (s) => (await s.relationshipPages([
      { entityId: agreement, types: [T.SIGNED], direction: "IN", offset: 0, limit: 5, include: { ends: "none", evidence: true, articles: "none", properties: false } },
      { entityId: agreement, types: [T.SIGNED], direction: "IN", offset: 0, limit: 5, include: { ends: "whole", evidence: false, articles: "none", properties: false } },
    ])).map((p) => ({ ends: ids(p.ends).sort(), evidence: p.evidence.map((list) => list.length), articles: p.articles.length })),
    expect: [
      { ends: [], evidence: [1], articles: 0 },
      { ends: [agreement, "person:ngo-chi-dung"], evidence: [], articles: 0 },
    ],
  },
  {
    name: "evidence per subject, in key order, empty for none",
    call: async (s) => (await s.evidenceFor([relationshipId(T.WITNESSED, "person:dao-hong-lan", agreement), "stmt:none"])).map((list) => list.map((e) => e.quote).sort()),
    expect: [["quote for WITNESSED", "Đào Hồng Lan chứng kiến"].sort(), []],
  },
  {
    name: "evidence comes back whole",
    call: async (s) => (await s.evidenceFor([EVIDENCE[0].subject]))[0][0],
    expect: EVIDENCE[0],
  },
  {
    name: "search folds case and diacritics (đ, ø, æ), lets one query word miss, and ranks by words held, then exact, prefix, partial",
    call: async (s) => [
      await s.search({ text: "DAO HONG LAN", kinds: [], limit: 10, offset: 0 }),
      await s.search({ text: "bjorn aeroe", kinds: [], limit: 10, offset: 0 }),
      await s.search({ text: "nguyen ngo", kinds: [], limit: 10, offset: 0 }),
      await s.search({ text: "ngo", kinds: [NodeKind.Person], limit: 10, offset: 0 }),
    ].map(({ total, hits }) => ({ total, hits: hits.map(({ id, matchedWords, tier, entity }) => ({ id, matchedWords, tier, entityId: entity.id })) })),
    expect: [
      { total: 1, hits: [hit("person:dao-hong-lan", 3, MatchTier.EXACT)] },
      { total: 1, hits: [hit("person:bjorn-aeroe", 2, MatchTier.EXACT)] },
      { total: 2, hits: [hit("person:nguyen-ngo-quang", 2, MatchTier.PREFIX), hit("person:ngo-chi-dung", 1, MatchTier.PARTIAL)] },
      { total: 2, hits: [hit("person:ngo-chi-dung", 1, MatchTier.PREFIX), hit("person:nguyen-ngo-quang", 1, MatchTier.PARTIAL)] },
    ],
  },
  {
    name: "search finds other languages' names and aliases, skips honorifics",
    call: async (s) => [
      (await s.search({ text: "Helsedepartementet", kinds: [], limit: 5, offset: 0 })).hits.map((h) => h.id),
      (await s.search({ text: "57-NQ/TW", kinds: [], limit: 5, offset: 0 })).hits.map((h) => h.id),
      (await s.search({ text: "TS.BS Nguyễn Ngô Quang", kinds: [], limit: 5, offset: 0 })).hits.map((h) => h.id),
    ],
    expect: [["organization:ministry-of-health"], ["resolution:57-nq-tw"], ["person:nguyen-ngo-quang"]],
  },
  {
    name: "search pages with offset and limit, filters kinds, and answers nothing for no words",
    call: async (s) => [
      (await s.search({ text: "ngo", kinds: [], limit: 1, offset: 1 })).hits.map((h) => h.id),
      await s.search({ text: "ngo", kinds: [NodeKind.Drug], limit: 5, offset: 0 }),
      await s.search({ text: " -- ", kinds: [], limit: 5, offset: 0 }),
    ],
    expect: [["person:nguyen-ngo-quang"], { total: 0, hits: [] }, { total: 0, hits: [] }],
  },
  {
    name: "a search naming every kind finds what one naming none finds; a kind named many times counts once",
    call: async (s) => {
      const ask = (kinds: NodeKind[]) => s.search({ text: "vnvc", kinds, limit: 10, offset: 0 });
      return {
        none: await ask([]), every: await ask([...NODE_KINDS]),
        organizations: await ask([NodeKind.Organization]), repeated: await ask(NODE_KINDS.map(() => NodeKind.Organization)),
      };
    },
    expect: ({ none, every, organizations, repeated }: any) => {
      assert.ok(none.total > organizations.total && organizations.total > 0, "the fixture should find an organisation and more for vnvc");
      assert.deepEqual(every, none);
      assert.deepEqual(repeated, organizations);
    },
  },
  {
    name: "a search asking summaries finds the same hits, each entity its id, kind and name only",
    call: async (s) => {
      const [whole, lean] = [await s.search({ text: "ngo", kinds: [], limit: 10, offset: 0 }), await s.search({ text: "ngo", kinds: [], limit: 10, offset: 0, entities: "summaries" })];
      return { whole, lean };
    },
    expect: ({ whole, lean }: any) => {
      assert.ok(whole.hits.length > 1 && whole.hits.every((h: any) => "attributes" in h.entity), "whole hits carry their attributes");
      assert.deepEqual(lean, { ...whole, hits: whole.hits.map((h: any) => ({ ...h, entity: { id: h.entity.id, kind: h.entity.kind, name: h.entity.name } })) });
    },
  },
  {
    name: "a search not counted answers the counted search's page, whole or as summaries, and no total",
    call: async (s) => {
      const pages = [];
      for (const [offset, limit] of [[0, 10], [1, 1], [0, 0], [5, 3]]) {
        for (const entities of ["whole", "summaries"] as const) {
          const counted = await s.search({ text: "ngo", kinds: [], limit, offset, entities });
          pages.push({ counted, uncounted: await s.search({ text: "ngo", kinds: [], limit, offset, entities, counted: false }) });
        }
      }
      return { pages, nothing: await s.search({ text: " -- ", kinds: [], limit: 5, offset: 0, counted: false }) };
    },
    expect: ({ pages, nothing }: any) => {
      assert.equal(pages[0].counted.hits.length, 2, "the fixture should find two hits for ngo");
      for (const { counted, uncounted } of pages) assert.deepEqual(uncounted, { hits: counted.hits });
      assert.deepEqual(nothing, { hits: [] });
    },
  },
  {
    name: "search with limit 0 answers the number of hits alone",
    call: async (s) => s.search({ text: "ngo", kinds: [], limit: 0, offset: 0 }),
    expect: { total: 2, hits: [] },
  },
  {
    name: "search treats injection-looking text as text",
    call: async (s) => s.search({ text: "x' OR 1=1 }) MATCH (n) DETACH DELETE n //", kinds: [], limit: 5, offset: 0 }),
    expect: { total: 0, hits: [] },
  },
  {
    name: "shortest path between two people",
    call: async (s) => (await s.shortestPaths({ from: "person:ngo-chi-dung", to: "person:dao-hong-lan", maxLength: 4, types: [], limit: 5 }))
      .map((p) => [p.nodes, p.relationships.map((r) => [r.type, r.from, r.to])]),
    expect: [[["person:ngo-chi-dung", agreement, "person:dao-hong-lan"], [[T.SIGNED, "person:ngo-chi-dung", agreement], [T.WITNESSED, "person:dao-hong-lan", agreement]]]],
  },
  {
    name: "no path within the bound or over the types asked is an empty answer",
    call: async (s) => [
      await s.shortestPaths({ from: "person:ngo-chi-dung", to: "country:vn", maxLength: 2, types: [], limit: 5 }),
      await s.shortestPaths({ from: "person:ngo-chi-dung", to: "person:dao-hong-lan", maxLength: 6, types: [T.SIGNED], limit: 5 }),
      await s.shortestPaths({ from: "person:ngo-chi-dung", to: "person:bjorn-aeroe", maxLength: 6, types: [], limit: 5 }),
    ],
    expect: [[], [], []],
  },
  {
    name: "paths follow the longer way when it is the only one",
    call: async (s) => (await s.shortestPaths({ from: "person:ngo-chi-dung", to: "country:vn", maxLength: 6, types: [], limit: 5 }))
      .map((p) => [p.nodes, ids(p.entities)]),
    expect: [[
      ["person:ngo-chi-dung", agreement, "person:dao-hong-lan", "organization:ministry-of-health", "country:vn"],
      ["person:ngo-chi-dung", agreement, "person:dao-hong-lan", "organization:ministry-of-health", "country:vn"],
    ]],
  },
  {
    name: "paths asked lean are the same paths, their entities as summaries and their relationships without properties",
    call: async (s) => {
      const query = { from: "person:ngo-chi-dung", to: "country:vn", maxLength: 6, types: [], limit: 5 };
      return { whole: await s.shortestPaths(query), lean: await s.shortestPaths({ ...query, entities: "summaries", relationshipProperties: false }) };
    },
    expect: ({ whole, lean }: any) => {
      assert.ok(whole.length > 0 && whole[0].entities.every((e: any) => "attributes" in e), "whole paths carry their entities whole");
      assert.ok(whole.some((p: any) => p.relationships.some((r: any) => Object.keys(r.properties).length > 0)), "the fixture's path should have a relationship with properties");
      assert.deepEqual(lean, whole.map((p: any) => ({
        ...p,
        entities: p.entities.map((e: any) => ({ id: e.id, kind: e.kind, name: e.name })),
        relationships: p.relationships.map((r: any) => ({ ...r, properties: {} })),
      })));
    },
  },
  {
    name: "listEntities pages the ids of some kinds in id order",
    call: async (s) => [
      await s.listEntities({ kinds: [NodeKind.Person], limit: 2, offset: 1 }),
      await s.listEntities({ kinds: [NodeKind.Resolution, NodeKind.Country], limit: 10, offset: 0 }),
      await s.listEntities({ kinds: [NodeKind.Technology], limit: 10, offset: 0 }),
    ],
    expect: [
      ["person:dao-hong-lan", "person:ngo-chi-dung"],
      ["country:vn", "resolution:2121-kh-byt", "resolution:57-nq-tw"],
      [],
    ],
  },
  {
    name: "counts per kind and type, and relationships without evidence",
    call: (s) => s.counts(),
    expect: (c: any) => {
      assert.equal(c.nodes.Person, 4);
      assert.equal(c.nodes.Resolution, 2);
      assert.equal(c.nodes.Technology, 0);
      assert.equal(c.relationships.HOLDS_POSITION, 2);
      assert.equal(c.relationships.AMENDS, 0);
      assert.equal(c.evidence, EVIDENCE.length);
      assert.equal(c.relationshipsWithoutEvidence, 1);
    },
  },
  {
    name: "a neighbourhood: nearest first, relationships between kept nodes, cut at the limit",
    call: async (s) => {
      const full = await s.neighbourhood({ id: "person:dao-hong-lan", depth: 1, types: [], limit: 50 });
      const cut = await s.neighbourhood({ id: "person:dao-hong-lan", depth: 2, types: [], limit: 3 });
      return [ids(full!.nodes).sort(), full!.edges.length, full!.truncated, ids(cut!.nodes).length, cut!.truncated];
    },
    expect: [[agreement, "organization:ministry-of-health", "person:dao-hong-lan"], 2, false, 3, true],
  },
  {
    name: "a neighbourhood without edge properties: the same nodes and edges, each edge's properties empty",
    call: async (s) => {
      const query = { id: "person:dao-hong-lan", depth: 2, types: [], limit: 50 };
      const whole = (await s.neighbourhood(query))!;
      const bare = (await s.neighbourhood({ ...query, edgeProperties: false }))!;
      assert.deepEqual(bare.edges, whole.edges.map((r) => ({ ...r, properties: {} })));
      assert.deepEqual([bare.nodes, bare.distances, bare.truncated], [whole.nodes, whole.distances, whole.truncated]);
      return whole.edges.some((r) => Object.keys(r.properties).length > 0);
    },
    expect: true,
  },
  {
    name: "transfers with summaries asked: the same page, each entity its id, kind and name only",
    call: async (s) => {
      const query = { provider: null, recipient: "organization:vnvc", product: null, providerCountry: null, recipientCountry: null, dates: null, offset: 0, limit: 10 };
      const whole = await s.transfers({ ...query, include: { ends: "whole", parties: "whole" } });
      const lean = await s.transfers({ ...query, include: { ends: "summaries", parties: "summaries" } });
      const summaries = (list: readonly EntitySummary[]) => list.map(({ id, kind, name }) => ({ id, kind, name }));
      assert.deepEqual(lean, {
        ...whole,
        transfers: whole.transfers.map((t) => ({
          transfer: t.transfer, ends: summaries(t.ends),
          providers: summaries(t.providers), recipients: summaries(t.recipients), parties: summaries(t.parties),
        })),
      });
      assert.ok(whole.transfers.every((t) => t.ends.every((e) => "attributes" in e)), "whole ends carry their attributes");
      return lean.transfers.map((t) => [t.transfer.to, t.ends, ids(t.recipients)]);
    },
    expect: [["drug:triazavirin", [
      { id: agreement, kind: NodeKind.Agreement, name: "VNVC–Medsintez technology transfer" },
      { id: "drug:triazavirin", kind: NodeKind.Drug, name: "Triazavirin" },
    ], ["organization:vnvc"]]],
  },
  {
    name: "a timeline: dated neighbours in date order, yearless dates last and partial",
    call: async (s) => (await timeline(s, agreement))!.map((e) => [e.entity.id, e.partial]),
    expect: [["resolution:57-nq-tw", false], [agreement, true]],
  },
];

export function defineGraphStoreConformance(sut: StoreUnderTest): void {
  describe(`GraphStore conformance: ${sut.name}`, () => {
    let store: GraphStore;
    before(async () => {
      store = await sut.open();
      await store.replaceOrigin("fixture", fixtureBatch());
      const info = await store.info();
      console.log(`# conformance on ${info.store} ${info.version}`);
    });
    after(() => store.close());

    for (const row of READS) {
      it(row.name, async () => {
        const actual = await row.call(store);
        if (typeof row.expect === "function") (row.expect as (a: unknown) => void)(actual);
        else assert.deepEqual(actual, row.expect);
      });
    }

    it("markers are kept, overwritten and absent until written", async () => {
      assert.equal(await store.readMarker("conformance"), null);
      await store.writeMarker("conformance", "one");
      await store.writeMarker("conformance", "two");
      assert.equal(await store.readMarker("conformance"), "two");
    });

    it("bootstrap again changes nothing", async () => {
      const before = await store.counts();
      await store.bootstrap();
      assert.deepEqual(await store.counts(), before);
    });

    it("writing the same batch twice changes nothing", async () => {
      const before = await store.counts();
      await store.replaceOrigin("fixture", fixtureBatch());
      assert.deepEqual(await store.counts(), before);
    });

    // Last: it rewrites the store the reads above ran on.
    it("a smaller batch for an origin removes what it no longer holds, and only that origin", async () => {
      const batch = fixtureBatch();
      const russia = batch.entities.filter((e) => e.id === "country:vn").map((e) => ({ ...e, id: "country:ru", name: "Russia" }));
      await store.replaceOrigin("curation", { entities: russia, relationships: [], evidence: [] });
      await store.replaceOrigin("fixture", {
        entities: batch.entities.filter((e) => e.kind !== NodeKind.Drug),
        relationships: batch.relationships.filter((r) => r.type !== T.TRANSFERS),
        evidence: batch.evidence.filter((e) => e.subject !== relationshipId(T.TRANSFERS, agreement, "drug:triazavirin")),
      });
      const counts = await store.counts();
      assert.equal(counts.nodes.Drug, 0);
      assert.equal(counts.nodes.Country, 2);
      assert.equal(counts.relationships.TRANSFERS, 0);
      assert.equal(counts.evidence, EVIDENCE.length - 1);
      assert.deepEqual((await store.entitiesById(["country:ru"])).map((e) => e?.name), ["Russia"]);
    });
  });
  defineCurationConformance(sut);
}
