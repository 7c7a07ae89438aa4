/**
 * Round trips grow with a query's depth, not with the number of results: the
 * DataLoaders batch each level into one store call.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { graphql } from "graphql";
import { createContext } from "../../src/graphql/context.js";
import { graphSchema } from "../../src/graphql/schema.js";
import type { GraphStore, NeighbourhoodQuery, PathQuery, RelationshipPageQuery, SearchQuery, TransferQuery } from "../../src/store/port.js";
import { storesUnderTest } from "../support/stores.js";
import { startApi, testConfig, type RunningApi } from "../support/server.js";

const deepQuery = (first: number) => `{
  search(text: "n", first: ${first}) { edges { node { id ... on Entity {
    relationships(first: 50) { edges { type node { id name } sources { quote title publisher } } }
  } } } }
}`;

/** A store that records each call it receives, with how many keys the call carried. */
function spy(store: GraphStore): { store: GraphStore; calls: Array<[string, number]>; firstArguments: unknown[] } {
  const calls: Array<[string, number]> = [];
  const firstArguments: unknown[] = [];
  const recorded = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push([String(property), Array.isArray(args[0]) ? args[0].length : 1]);
        firstArguments.push(args[0]);
        return value.apply(target, args);
      };
    },
  });
  return { store: recorded, calls, firstArguments };
}

for (const sut of storesUnderTest()) {
  describe(`batching on ${sut.name}`, () => {
    let api: RunningApi;
    before(async () => {
      // The deep query fans out on purpose; the cost limit is not what this test is about.
      api = await startApi(sut, testConfig({ KG_MAX_COST: "10000000" }));
    });
    after(() => api.close());

    it("twenty results cost the same round trips as one", async () => {
      const one = await api.query(deepQuery(1));
      const twenty = await api.query(deepQuery(20));
      assert.equal(one.errors, undefined);
      assert.equal(twenty.data.search.edges.length, 20);
      const relationships = twenty.data.search.edges.reduce((n: number, e: any) => n + e.node.relationships.edges.length, 0);
      assert.ok(relationships > 40, `the query should fan out, got ${relationships} relationships`);
      assert.equal(twenty.extensions?.roundTrips, one.extensions?.roundTrips);
      assert.ok(twenty.extensions!.roundTrips! <= 7, `round trips: ${twenty.extensions?.roundTrips}`);
    });

    it("each level is one store call carrying every key of that level", async () => {
      const { store, calls } = spy(api.store);
      const result = await graphql({ schema: await graphSchema(), source: deepQuery(20), contextValue: createContext(store) });
      assert.equal(result.errors, undefined);
      // The search brings its entities; each relationship page brings its other ends, sources and their articles.
      assert.deepEqual(calls, [["search", 1], ["relationshipPages", 20]]);
    });

    it("a list of nodes asking only id, kind and name reads summaries; asking more reads whole entities", async () => {
      const ask = async (selection: string) => {
        const { store, calls } = spy(api.store);
        const source = `{ nodes(ids: ["agreement:vnvc-medsintez-tech-transfer", "person:nobody"]) { ${selection} } }`;
        const result = await graphql({ schema: await graphSchema(), source, contextValue: createContext(store) });
        assert.equal(result.errors, undefined);
        return { calls: calls.map(([name]) => name), nodes: result.data!.nodes as Array<Record<string, unknown> | null> };
      };
      const summary = await ask("id ... on Entity { name kind }");
      assert.deepEqual(summary.calls, ["entitySummaries"]);
      const whole = await ask("id ... on Entity { name kind } ... on Agreement { date { text } }");
      assert.deepEqual(whole.calls, ["entitiesById"]);
      assert.deepEqual(JSON.parse(JSON.stringify(summary.nodes)), whole.nodes.map((n) => n && { id: n.id, name: n.name, kind: n.kind }));
      assert.equal(summary.nodes[1], null);
      assert.ok(whole.nodes[0]?.date, "the agreement has a date");
    });

    it("a search asking only its hits' ids, kinds and names gets their summaries; asking more, whole entities, then read by no other call", async () => {
      const ask = async (selection: string) => {
        const { store, calls, firstArguments } = spy(api.store);
        const source = `{ search(text: "vnvc", first: 5) { totalCount edges { match node { ${selection} } } } }`;
        const result = await graphql({ schema: await graphSchema(), source, contextValue: createContext(store) });
        assert.equal(result.errors, undefined);
        const edges = (result.data!.search as { edges: Array<{ node: Record<string, unknown> }> }).edges;
        return { calls: calls.map(([name]) => name), entities: (firstArguments[0] as SearchQuery).entities, nodes: edges.map((e) => e.node) };
      };
      const summary = await ask("id ... on Entity { name kind }");
      assert.deepEqual([summary.calls, summary.entities], [["search"], "summaries"]);
      const whole = await ask("id ... on Entity { name kind aliases } ... on Agreement { date { text } }");
      assert.deepEqual([whole.calls, whole.entities], [["search"], "whole"]);
      assert.ok(summary.nodes.length > 1, "the seed holds several hits for vnvc");
      assert.deepEqual(JSON.parse(JSON.stringify(summary.nodes)), whole.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind })));
      assert.ok(whole.nodes.some((n) => Array.isArray(n.aliases) && n.aliases.length > 0), "whole hits bring their aliases");
    });

    it("a search reading no totalCount is not counted: one hit past its page tells whether a next one exists", async () => {
      const ask = async (selection: string, first: number) => {
        const { store, calls, firstArguments } = spy(api.store);
        const source = `{ search(text: "vnvc", first: ${first}) { ${selection} edges { node { id } } pageInfo { hasNextPage } } }`;
        const result = await graphql({ schema: await graphSchema(), source, contextValue: createContext(store) });
        assert.equal(result.errors, undefined);
        const { counted, limit } = firstArguments[0] as SearchQuery;
        const search = result.data!.search as { totalCount?: number; edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean } };
        return { calls: calls.map(([name]) => name), counted, limit, ids: search.edges.map((e) => e.node.id), hasNextPage: search.pageInfo.hasNextPage, totalCount: search.totalCount };
      };
      const all = await ask("totalCount", 100);
      assert.deepEqual([all.counted, all.limit, all.ids.length], [true, 100, all.totalCount]);
      assert.ok(all.ids.length > 2, "the seed holds several hits for vnvc");
      for (const first of [all.ids.length - 1, all.ids.length, all.ids.length + 1]) {
        const page = await ask("", first);
        assert.deepEqual(
          [page.calls, page.counted, page.limit, page.ids, page.hasNextPage],
          [["search"], false, first + 1, all.ids.slice(0, first), first < all.ids.length],
          `first: ${first}`,
        );
      }
    });

    it("a path asking only its nodes' ids, kinds and names and its relationships' types reads them lean; asking more, whole", async () => {
      const ask = async (selection: string) => {
        const { store, firstArguments } = spy(api.store);
        const source = `{ path(from: "person:konstantin-gorodnitsky", to: "person:dao-hong-lan", maxLength: 4) { found ${selection} } }`;
        const result = await graphql({ schema: await graphSchema(), source, contextValue: createContext(store) });
        assert.equal(result.errors, undefined);
        const { entities, relationshipProperties } = firstArguments[0] as PathQuery;
        return { asked: { entities, relationshipProperties }, path: JSON.parse(JSON.stringify(result.data!.path)) };
      };
      const lean = await ask("nodes { id kind ... on Person { name } } relationships { id type from { id } }");
      assert.deepEqual(lean.asked, { entities: "summaries", relationshipProperties: false });
      const whole = await ask("nodes { id kind name aliases } relationships { id type from { id } role date { text } }");
      assert.deepEqual(whole.asked, { entities: "whole", relationshipProperties: true });
      assert.ok(lean.path.found && lean.path.nodes.length > 2, JSON.stringify(lean.path));
      assert.deepEqual(lean.path.nodes, whole.path.nodes.map((n: any) => ({ id: n.id, kind: n.kind, ...(n.kind === "Person" ? { name: n.name } : {}) })));
      assert.deepEqual(lean.path.relationships, whole.path.relationships.map((r: any) => ({ id: r.id, type: r.type, from: r.from })));
    });

    it("transfers cost one round trip, the ids they name checked, their ends and parties included, however many there are", async () => {
      const ask = async (first: number) => {
        const { store, calls } = spy(api.store);
        const source = `{ transfers(recipientCountry: "country:viet-nam", first: ${first}) {
          totalCount edges { node { from { id name } to { id name } providers { id name } recipients { id } } } } }`;
        const result = await graphql({ schema: await graphSchema(), source, contextValue: createContext(store) });
        assert.equal(result.errors, undefined);
        return { calls: calls.map(([name]) => name), edges: (result.data!.transfers as { edges: unknown[] }).edges.length };
      };
      const one = await ask(1);
      const all = await ask(100);
      assert.ok(all.edges > 3, `the seed should hold several transfers to Viet Nam, got ${all.edges}`);
      assert.deepEqual(one.calls, ["transfers"]);
      assert.deepEqual(all.calls, one.calls);
    });

    it("a transfer page brings its entities whole only when the selection reads more than their id, kind and name", async () => {
      const ask = async (node: string) => {
        const { store, calls, firstArguments } = spy(api.store);
        const source = `{ transfers(recipientCountry: "country:viet-nam", first: 20) { edges { node { id ${node} } } } }`;
        const result = await graphql({ schema: await graphSchema(), source, contextValue: createContext(store) });
        assert.equal(result.errors, undefined);
        assert.deepEqual(calls.map(([name]) => name), ["transfers"], "the entities below resolve from what the page brought");
        const edges = (result.data!.transfers as { edges: Array<{ node: Record<string, any> }> }).edges;
        return { include: (firstArguments[0] as TransferQuery).include, nodes: edges.map((e) => e.node) };
      };
      const lean = await ask("from { id name } to { id kind name } providers { id ... on Organization { name } } recipients { __typename id } parties { id }");
      assert.deepEqual(lean.include, { ends: "summaries", parties: "summaries" });
      assert.ok(lean.nodes.length > 3 && lean.nodes.every((n) => n.from.name && n.to.name && n.recipients.length > 0), "every transfer to Viet Nam has named ends and a recipient");
      const named = await ask("from { id name names { text } } to { id kind name } providers { id name } recipients { __typename id } parties { id }");
      assert.deepEqual(named.include, { ends: "whole", parties: "summaries" });
      assert.ok(named.nodes.every((n) => n.from.names.length > 0));
      const dated = await ask("date { text } from { id name } to { id kind name } providers { id name } recipients { __typename id names { text } } parties { id }");
      assert.deepEqual(dated.include, { ends: "whole", parties: "whole" });
      assert.ok(dated.nodes.every((n) => n.recipients.every((r: { names: unknown[] }) => r.names.length > 0)), "a whole recipient has its names");
      const same = (nodes: Array<Record<string, any>>) => nodes.map((n) => [n.id, n.from.id, n.from.name, n.to, n.providers.map((p: { id: string }) => p.id), n.recipients.map((r: { __typename: string; id: string }) => [r.__typename, r.id]), n.parties]);
      assert.deepEqual(same(named.nodes), same(lean.nodes));
      assert.deepEqual(same(dated.nodes), same(lean.nodes));
      assert.ok(dated.nodes.some((n) => n.date?.text), "a transfer's date is its agreement's");
    });

    it("an entity and its relationship page are one store call; bad page arguments are refused", async () => {
      const { store, calls } = spy(api.store);
      const context = createContext(store);
      const source = `query($id: ID!, $n: Int!) { node(id: $id) { id ... on Entity {
        name relationships(first: $n) { totalCount edges { node { name } sources { quote title } } } } } }`;
      const schema = await graphSchema();
      const ask = (id: string, n: number, contextValue = context) => graphql({ schema, source, contextValue, variableValues: { id, n } });
      const result = await ask("agreement:vnvc-medsintez-tech-transfer", 3);
      assert.equal(result.errors, undefined);
      const node = result.data!.node as { name: string; relationships: { totalCount: number; edges: unknown[] } };
      assert.ok(node.name && node.relationships.totalCount > 3 && node.relationships.edges.length === 3);
      assert.deepEqual(calls.map(([name]) => name), ["relationshipPages"]);
      assert.equal(context.roundTrips(), 1);
      assert.equal((await ask("person:nobody", 3, createContext(api.store))).data!.node, null);
      const refused = await ask("agreement:vnvc-medsintez-tech-transfer", 1000, createContext(api.store));
      assert.match(String(refused.errors?.[0]?.message), /Argument Validation/i);
    });

    it("a neighbourhood brings its edges' properties only when the selection reads one", async () => {
      const ask = async (edgeSelection: string) => {
        const { store, firstArguments } = spy(api.store);
        const source = `{ neighbourhood(id: "person:dao-hong-lan", depth: 2, limit: 60) { nodes { id } edges { ${edgeSelection} } } }`;
        const result = await graphql({ schema: await graphSchema(), source, contextValue: createContext(store) });
        assert.equal(result.errors, undefined);
        return { edgeProperties: (firstArguments[0] as NeighbourhoodQuery).edgeProperties, edges: (result.data!.neighbourhood as { edges: Array<Record<string, unknown>> }).edges };
      };
      const bare = await ask("id type source target from { id }");
      assert.equal(bare.edgeProperties, false);
      const titled = await ask("id type source target title");
      assert.equal(titled.edgeProperties, true);
      assert.ok(titled.edges.some((e) => typeof e.title === "string"), "a HOLDS_POSITION edge around her names its post");
      assert.deepEqual(bare.edges.map((e) => e.id), titled.edges.map((e) => e.id));
      assert.equal((await ask("id properties { name value }")).edgeProperties, true);
    });

    it("a page brings only what its selection reads, fragments included", async () => {
      const includes = async (selection: string) => {
        const { store, calls, firstArguments } = spy(api.store);
        const fragment = selection.includes("...Said") ? "fragment Said on RelationshipEdge { sources { quote title } }" : "";
        const source = `{ node(id: "agreement:vnvc-medsintez-tech-transfer") { ... on Entity { relationships(first: 3) { totalCount ${selection} } } } } ${fragment}`;
        const result = await graphql({ schema: await graphSchema(), source, contextValue: createContext(store) });
        assert.equal(result.errors, undefined);
        assert.deepEqual(calls.map(([name]) => name), ["relationshipPages"]);
        return (firstArguments[0] as RelationshipPageQuery[])[0].include;
      };
      assert.deepEqual(await includes("edges { type }"), { ends: "none", evidence: false, articles: "none", properties: false });
      assert.deepEqual(await includes("edges { ... on RelationshipEdge { node { name } } }"), { ends: "summaries", evidence: false, articles: "none", properties: false });
      assert.deepEqual(await includes("edges { node { id ... on Person { name } } }"), { ends: "summaries", evidence: false, articles: "none", properties: false });
      assert.deepEqual(await includes("edges { node { name aliases } cursor direction id }"), { ends: "whole", evidence: false, articles: "none", properties: false });
      assert.deepEqual(await includes("edges { from { id } to { ... on Agreement { date { text } } } }"), { ends: "whole", evidence: false, articles: "none", properties: false });
      assert.deepEqual(await includes("edges { date { text } }"), { ends: "whole", evidence: false, articles: "none", properties: true });
      assert.deepEqual(await includes("edges { ...Said }"), { ends: "none", evidence: true, articles: "citations", properties: false });
      assert.deepEqual(await includes("edges { sources { quote article { text } } }"), { ends: "none", evidence: true, articles: "whole", properties: false });
      assert.deepEqual(await includes("edges { sources { quote } role }"), { ends: "none", evidence: true, articles: "none", properties: true });
      assert.deepEqual(await includes("edges { ... on Statement { properties { name value } } }"), { ends: "none", evidence: false, articles: "none", properties: true });
    });
  });
}
