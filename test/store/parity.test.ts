/**
 * The same seed in both stores answers the same questions the same way: the
 * same ids, in the same order where the answer is ordered. A difference names
 * the question.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { NodeKind, RelationshipType } from "../../src/domain/ontology.js";
import { readSeedGraph } from "../../src/seed/index.js";
import { statsJson } from "../../src/cli/commands/graph.js";
import { SEED_ORIGIN } from "../../src/seed/load.js";
import type { GraphStore, TransferQuery } from "../../src/store/port.js";
import { timeline } from "../../src/store/traversals.js";
import type { GraphBatch } from "../../src/domain/records.js";
import { neo4jConfigured, storesUnderTest } from "../support/stores.js";

type Question = { name: string; ask: (store: GraphStore) => Promise<unknown> };

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

function questions(seed: GraphBatch): Question[] {
  const of = (kind: NodeKind) => seed.entities.filter((e) => e.kind === kind).map((e) => e.id);
  const people = of(NodeKind.Person);
  const incoming = (type: RelationshipType) => (store: GraphStore, id: string) =>
    store.relationshipsOf([{ entityId: id, types: [type], direction: "IN" }]).then(([list]) => list.map((r) => [r.id, r.from]));
  const list: Question[] = [
    { name: "stats", ask: async (s) => statsJson(await s.counts()) },
    // Whole records: labels with their sources, names, aliases, attributes and the derived dates.
    { name: "every seed entity read back whole", ask: (s) => s.entitiesById(seed.entities.map((e) => e.id)) },
    // What a drawing and a `nodes` list name entities by (the embedded store reads it from its name index).
    { name: "every seed entity's summary, and one that is not there", ask: (s) => s.entitySummaries([...seed.entities.map((e) => e.id), "person:nobody"]) },
    // Node(id:) of a statement id: every relationship whole, its properties' types kept.
    { name: "every seed relationship read back by its statement id", ask: (s) => s.relationshipsById([...ids(seed.relationships), "stmt:0000000000000000"]) },
    ...["Dao Hong Lan", "nguyen ngo quang", "Nguyễn Ngô Quang", "VNVC", "Medsintez", "57-NQ/TW", "Bộ Y tế", "helse", "insulin", "Ministry of Health", "Japan", "Russian Direct Investment Fund"].map((text) => ({
      name: `search "${text}"`, ask: (s: GraphStore) => s.search({ text, kinds: [], limit: 20, offset: 0 }),
    })),
    ...["Dao Hong Lan", "vnvc", "Bộ Y tế", "Ministry of Health"].map((text) => ({
      name: `search "${text}", its hits as summaries`, ask: (s: GraphStore) => s.search({ text, kinds: [], limit: 20, offset: 0, entities: "summaries" }),
    })),
    // What a search that reads no totalCount asks: one hit past its page, uncounted.
    ...["nguyen ngo quang", "Bộ Y tế", "health"].map((text) => ({
      name: `search "${text}", not counted`, ask: (s: GraphStore) => s.search({ text, kinds: [], limit: 3, offset: 1, entities: "summaries", counted: false }),
    })),
    // What `search(last:)` asks first: the number of hits alone.
    { name: `search "health", its total alone`, ask: (s) => s.search({ text: "health", kinds: [], limit: 0, offset: 0 }) },
    // Every person's relationships whole, each way and both: their ends, types and properties.
    {
      name: "every seed person's relationships, out, in and both ways, whole",
      ask: (s) => s.relationshipsOf(people.flatMap((entityId) => (["OUT", "IN", "BOTH"] as const).map((direction) => ({ entityId, types: [], direction })))),
    },
  ];
  for (const agreement of of(NodeKind.Agreement)) {
    list.push(
      { name: `who signed ${agreement}`, ask: (s) => incoming(RelationshipType.SIGNED)(s, agreement) },
      { name: `who witnessed ${agreement}`, ask: (s) => incoming(RelationshipType.WITNESSED)(s, agreement) },
      { name: `what ${agreement} transfers`, ask: (s) => s.relationshipsOf([{ entityId: agreement, types: [RelationshipType.TRANSFERS], direction: "OUT" }]).then(([l]) => ids(l)) },
      { name: `timeline of ${agreement}`, ask: (s) => timeline(s, agreement).then((t) => t!.map((e) => [e.entity.id, e.partial])) },
    );
  }
  for (const person of people.slice(0, 8)) {
    for (const [depth, limit] of [[2, 40], [3, 12], [1, 4]]) {
      list.push({
        name: `neighbourhood of ${person}, ${depth} hops, at most ${limit}`,
        ask: (s) => s.neighbourhood({ id: person, depth, types: [], limit }).then((g) => [ids(g!.nodes), [...g!.distances], g!.edges, g!.truncated]),
      });
    }
    for (const properties of [true, false]) {
      list.push({
        name: `relationship pages of ${person}, ${properties ? "with" : "without"} properties`,
        ask: (s) => s.relationshipPages([
          { entityId: person, types: [], direction: "BOTH", offset: 0, limit: 20, include: { ends: "summaries", evidence: true, articles: "citations", properties } },
          { entityId: person, types: [RelationshipType.SIGNED, RelationshipType.WITNESSED], direction: "OUT", offset: 1, limit: 2, include: { ends: "none", evidence: false, articles: "none", properties } },
        ]),
      });
    }
    list.push({
      name: `neighbourhood of ${person} without edge properties`,
      ask: (s) => s.neighbourhood({ id: person, depth: 2, types: [], limit: 40, edgeProperties: false }).then((g) => g!.edges),
    });
  }
  const transfersWhere = (filters: Partial<TransferQuery>): TransferQuery => ({
    provider: null, recipient: null, product: null, providerCountry: null, recipientCountry: null, dates: null, offset: 0, limit: 100, include: { ends: "whole", parties: "whole" }, ...filters,
  });
  const parties = [...of(NodeKind.Organization), ...of(NodeKind.Country)];
  const transferQueries: TransferQuery[] = [
    transfersWhere({}), transfersWhere({ offset: 2, limit: 3 }),
    // Windows that start and end inside an agreement's transfers, past the end, and of none (the total alone).
    ...[1, 3, 4, 6, 7, 9, 11, 40].map((offset) => transfersWhere({ offset, limit: 3 })),
    transfersWhere({ offset: 0, limit: 0 }), transfersWhere({ offset: 5, limit: 0 }),
    ...of(NodeKind.Country).map((c) => transfersWhere({ recipientCountry: c, offset: 1, limit: 2 })),
    ...of(NodeKind.Country).flatMap((c) => [transfersWhere({ providerCountry: c }), transfersWhere({ recipientCountry: c })]),
    // Anchored by one country and filtered by the other, or anchored elsewhere and filtered by a country.
    ...of(NodeKind.Country).flatMap((c) => of(NodeKind.Country).map((d) => transfersWhere({ providerCountry: c, recipientCountry: d }))),
    ...parties.flatMap((p) => of(NodeKind.Country).map((c) => transfersWhere({ provider: p, recipientCountry: c }))),
    ...parties.flatMap((p) => [transfersWhere({ provider: p }), transfersWhere({ recipient: p })]),
    ...[...of(NodeKind.Drug), ...of(NodeKind.Technology)].map((product) => transfersWhere({ product })),
    transfersWhere({ dates: { from: "2025-01-01", to: null, inferredYears: true } }), transfersWhere({ dates: { from: null, to: "2024-12-31", inferredYears: true } }),
    transfersWhere({ dates: { from: null, to: null, inferredYears: true } }),
    transfersWhere({ dates: { from: "2025-01-01", to: "2025-12-31", inferredYears: true } }),
    transfersWhere({ dates: { from: "2025-01-01", to: "2025-12-31", inferredYears: false } }),
    transfersWhere({ provider: "organization:nobody", product: "drug:nothing", recipientCountry: of(NodeKind.Country)[0] }),
  ];
  for (const query of transferQueries) {
    list.push({
      name: `transfers ${JSON.stringify(query)}`,
      ask: (s) => s.transfers(query).then((p) => [p.unknown, p.total, p.transfers.map((t) => [t.transfer, ids(t.ends), ids(t.providers), ids(t.recipients), ids(t.parties)])]),
    });
  }
  // With summaries asked, each entity is its id, kind and name and no more, on both stores alike.
  for (const include of [{ ends: "summaries", parties: "summaries" }, { ends: "whole", parties: "summaries" }, { ends: "summaries", parties: "whole" }] as const) {
    for (const query of transferQueries.slice(0, 4 + of(NodeKind.Country).length * 2)) {
      list.push({
        name: `transfers ${JSON.stringify({ ...query, include })}`,
        ask: (s) => s.transfers({ ...query, include }).then((p) => [p.unknown, p.total, p.transfers.map((t) => [
          t.transfer, include.ends === "whole" ? ids(t.ends) : t.ends, ...[t.providers, t.recipients, t.parties].map((l) => (include.parties === "whole" ? ids(l) : l)),
        ])]),
      });
    }
  }
  for (let i = 0; i + 1 < Math.min(people.length, 12); i += 2) {
    const [from, to] = [people[i], people[i + 1]];
    list.push({
      name: `shortest paths ${from} → ${to}`,
      ask: (s) => s.shortestPaths({ from, to, maxLength: 6, types: [], limit: 3 }).then((ps) => ps.map((p) => [p.nodes, p.relationships, ids(p.entities)])),
    });
    list.push({
      name: `shortest paths ${from} → ${to}, lean`,
      ask: (s) => s.shortestPaths({ from, to, maxLength: 6, types: [], limit: 3, entities: "summaries", relationshipProperties: false }),
    });
  }
  return list;
}

describe("parity between the embedded store and Neo4j", { skip: !neo4jConfigured() && "Neo4j is not configured" }, () => {
  const stores: GraphStore[] = [];
  let seed: GraphBatch;
  before(async () => {
    seed = await readSeedGraph();
    for (const sut of storesUnderTest()) {
      const store = await sut.open();
      await store.replaceOrigin(SEED_ORIGIN, seed);
      stores.push(store);
    }
  });
  after(async () => {
    for (const store of stores) await store.close();
  });

  it("answers every question alike", async () => {
    const [kuzu, neo4j] = stores;
    const differences: string[] = [];
    for (const q of questions(seed)) {
      const [a, b] = [await q.ask(kuzu), await q.ask(neo4j)];
      try {
        assert.deepEqual(b, a);
      } catch {
        differences.push(`${q.name}:\n  embedded: ${JSON.stringify(a)}\n  neo4j:    ${JSON.stringify(b)}`);
      }
    }
    assert.equal(differences.length, 0, `the stores disagree on ${differences.length} question(s):\n${differences.join("\n")}`);
  });
});
