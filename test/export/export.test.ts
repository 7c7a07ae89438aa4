/**
 * Exports on every store, with the seed loaded: each format, fetched over
 * HTTP or written by `kg export`'s file writer, is read back by a real reader
 * and must hold the same nodes and edges as the store's own graph — the whole
 * graph, a neighbourhood and the paths between two entities — with each
 * edge's sources. Bad parameters get a 400 that names them.
 */
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportRequest, runExport, type TextOutput } from "../../src/export/index.js";
import { exportToPath } from "../../src/export/files.js";
import { startApi, testConfig, type RunningApi } from "../support/server.js";
import { storesUnderTest } from "../support/stores.js";
import { readCsv, readCytoscape, readGexf, readGraphml, readNeo4jCsv, type ReadGraph } from "./readers.js";

const CENTRE = "person:dao-hong-lan";
/** A Vietnamese company's chief and a Vietnamese minister: their shortest path runs through the Russian partner's signing. */
const PATH_FROM = "person:ngo-chi-dung";
const PATH_TO = "person:dao-hong-lan";

interface ExpectedGraph {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

function assertSameGraph(read: ReadGraph, expected: ExpectedGraph, format: string): void {
  assert.equal(read.nodes.size, expected.nodes.length, `${format}: node count`);
  assert.equal(read.edges.length, expected.edges.length, `${format}: edge count`);
  assert.deepEqual(sorted(read.nodes.keys()), sorted(expected.nodes), `${format}: node ids`);
  assert.deepEqual(sorted(read.edges.map((e) => e.id)), sorted(expected.edges), `${format}: edge ids`);
  for (const edge of read.edges) {
    assert.ok(read.nodes.has(edge.source) && read.nodes.has(edge.target), `${format}: edge ${edge.id} ends outside the nodes`);
  }
}

function memoryOutput(): TextOutput & { text(): string } {
  const chunks: string[] = [];
  return { write: async (t) => void chunks.push(t), text: () => chunks.join("") };
}

for (const sut of storesUnderTest()) {
  describe(`exports on ${sut.name}`, { timeout: 180_000 }, () => {
    let api: RunningApi;
    let origin = "";

    before(async () => {
      api = await startApi(sut, testConfig({ KG_API_KEYS: "curator:0123456789abcdef0123" }));
      origin = new URL(api.url).origin;
    });

    after(() => api?.close());

    async function download(query: string): Promise<string> {
      const response = await fetch(`${origin}/export?${query}`);
      const body = await response.text();
      assert.equal(response.status, 200, body);
      return body;
    }

    /** Every format over HTTP, read back. */
    async function everyFormat(query: string): Promise<Record<string, ReadGraph>> {
      const csv = async (file: string) => download(`${query}&format=csv&file=${file}`);
      return {
        graphml: readGraphml(await download(`${query}&format=graphml`)),
        gexf: readGexf(await download(`${query}&format=gexf`)),
        cytoscape: readCytoscape(await download(`${query}&format=cytoscape`)),
        csv: readNeo4jCsv({ nodes: await csv("nodes"), relationships: await csv("relationships"), evidence: await csv("evidence") }),
      };
    }

    /** The first source of an edge, as the store holds it, printed on the edge in every format that has attributes. */
    async function assertEdgeSources(read: ReadGraph, format: string): Promise<void> {
      const edge = read.edges.find((e) => e.attributes.type === "SIGNED") ?? read.edges[0]!;
      const [evidence] = await api.store.evidenceFor([edge.id]);
      assert.ok(evidence!.length > 0, `${edge.id} has sources in the store`);
      assert.equal(edge.attributes.quote, evidence![0]!.quote, `${format}: quote of ${edge.id}`);
      assert.equal(edge.attributes.article, evidence![0]!.article, `${format}: article of ${edge.id}`);
      assert.match(edge.attributes.articleUrl ?? "", /^https?:\/\//, `${format}: article link of ${edge.id}`);
      const sources = JSON.parse(edge.attributes.sources!);
      assert.deepEqual(sources.map((s: { quote: string }) => s.quote), evidence!.map((e) => e.quote), `${format}: every source of ${edge.id}`);
    }

    it("exports the whole graph in every format with every node, edge and source", async () => {
      const counts = await api.store.counts();
      const nodeCount = Object.values(counts.nodes).reduce((a, b) => a + b, 0);
      const edgeCount = Object.values(counts.relationships).reduce((a, b) => a + b, 0);
      const formats = await everyFormat("");
      const reference = formats.graphml!;
      assert.equal(reference.nodes.size, nodeCount);
      assert.equal(reference.edges.length, edgeCount);
      const expected = { nodes: [...reference.nodes.keys()], edges: reference.edges.map((e) => e.id) };
      for (const [format, read] of Object.entries(formats)) {
        assertSameGraph(read, expected, format);
        if (format !== "csv") await assertEdgeSources(read, format);
      }
      const csv = formats.csv as ReturnType<typeof readNeo4jCsv>;
      assert.equal(csv.evidence.length, counts.evidence, "every piece of evidence, of relationships and of entities");
      const types = new Map(csv.edges.map((e) => [e.id, e.attributes[":TYPE"]]));
      for (const edge of reference.edges) assert.equal(types.get(edge.id), edge.attributes.type, `type of ${edge.id}`);
    });

    it("pages through the whole graph without losing or repeating anything", async () => {
      const request = exportRequest({ format: "graphml" }, { needsFile: false });
      const small = memoryOutput();
      await runExport(api.store, request, small, 7);
      const whole = memoryOutput();
      await runExport(api.store, request, whole);
      const paged = readGraphml(small.text());
      const read = readGraphml(whole.text());
      assertSameGraph(paged, { nodes: [...read.nodes.keys()], edges: read.edges.map((e) => e.id) }, "paged graphml");
    });

    it("exports a neighbourhood as the traversal finds it", async () => {
      const graph = await api.store.neighbourhood({ id: CENTRE, depth: 2, types: [], limit: 1000 });
      const expected = { nodes: graph!.nodes.map((n) => n.id), edges: graph!.edges.map((e) => e.id) };
      assert.ok(expected.edges.length > 10);
      for (const [format, read] of Object.entries(await everyFormat(`id=${CENTRE}&depth=2`))) assertSameGraph(read, expected, format);
    });

    it("exports a neighbourhood of chosen relationship types only", async () => {
      const read = readCytoscape(await download(`format=cytoscape&id=${CENTRE}&depth=2&types=SIGNED,WITNESSED`));
      const graph = await api.store.neighbourhood({ id: CENTRE, depth: 2, types: ["SIGNED", "WITNESSED"] as never, limit: 100 });
      assertSameGraph(read, { nodes: graph!.nodes.map((n) => n.id), edges: graph!.edges.map((e) => e.id) }, "cytoscape");
      assert.ok(read.edges.every((e) => ["SIGNED", "WITNESSED"].includes(e.attributes.type!)));
    });

    it("exports the shortest paths between two entities", async () => {
      const paths = await api.store.shortestPaths({ from: PATH_FROM, to: PATH_TO, maxLength: 6, types: [], limit: 5 });
      assert.ok(paths.length > 0);
      const expected = {
        nodes: [...new Set(paths.flatMap((p) => p.nodes))],
        edges: [...new Set(paths.flatMap((p) => p.relationships.map((r) => r.id)))],
      };
      for (const [format, read] of Object.entries(await everyFormat(`from=${PATH_FROM}&to=${PATH_TO}`))) assertSameGraph(read, expected, format);
    });

    it("writes files as kg export does: one file, or a CSV folder with the neo4j-admin command", async () => {
      const dir = mkdtempSync(join(tmpdir(), "kg-export-"));
      try {
        const file = join(dir, "sub", "n.gexf");
        assert.deepEqual(await exportToPath(api.store, exportRequest({ format: "gexf", id: CENTRE }, { needsFile: false }), file), [file]);
        const graph = await api.store.neighbourhood({ id: CENTRE, depth: 1, types: [], limit: 100 });
        assertSameGraph(readGexf(readFileSync(file, "utf8")), { nodes: graph!.nodes.map((n) => n.id), edges: graph!.edges.map((e) => e.id) }, "gexf file");

        const folder = join(dir, "csv");
        await exportToPath(api.store, exportRequest({ format: "csv", id: CENTRE }, { needsFile: false }), folder);
        assert.deepEqual(readdirSync(folder).sort(), ["README.txt", "evidence.csv", "nodes.csv", "relationships.csv"]);
        assert.match(readFileSync(join(folder, "README.txt"), "utf8"), /--nodes=nodes\.csv --nodes=evidence\.csv --relationships=relationships\.csv/);
        const nodes = readCsv(readFileSync(join(folder, "nodes.csv"), "utf8"));
        assert.deepEqual(nodes.header.slice(0, 2), ["id:ID(Entity)", ":LABEL"]);
        assert.equal(nodes.rows.find((r) => r["id:ID(Entity)"] === CENTRE)?.[":LABEL"], "Entity;Person");

        const missing = join(dir, "missing.graphml");
        await assert.rejects(exportToPath(api.store, exportRequest({ format: "graphml", id: "person:nobody-at-all" }, { needsFile: false }), missing), /No entity has the id person:nobody-at-all/);
        assert.equal(existsSync(missing) || existsSync(`${missing}.partial`), false, "a failed export leaves no file");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    const refusals: Array<[string, number, RegExp]> = [
      ["format=svg", 400, /format must be one of graphml, gexf, cytoscape, csv, ftm, ftm-statements, got "svg"/],
      ["", 400, /format must be one of/],
      ["format=graphml&id=Dao Hong Lan", 400, /id must be an entity id/],
      ["format=graphml&id=person:dao-hong-lan&depth=4", 400, /depth must be an integer from 1 to 3, got "4"/],
      ["format=graphml&id=person:dao-hong-lan&limit=0", 400, /limit must be an integer from 1 to 1000/],
      ["format=graphml&from=person:dao-hong-lan", 400, /a path needs both from and to/],
      ["format=graphml&id=person:dao-hong-lan&from=person:ngo-chi-dung&to=person:dao-hong-lan", 400, /either id .* or from and to/],
      ["format=graphml&from=person:ngo-chi-dung&to=person:dao-hong-lan&maxLength=11", 400, /maxLength must be an integer from 1 to 10/],
      ["format=graphml&id=person:dao-hong-lan&types=SIGNED,LIKES", 400, /"LIKES" is not one/],
      ["format=graphml&types=SIGNED", 400, /types applies to a neighbourhood or a path/],
      ["format=csv", 400, /file must be one of nodes, relationships, evidence/],
      ["format=graphml&file=nodes", 400, /file applies only to format=csv/],
      ["format=graphml&colour=red", 400, /unknown parameter colour/],
      ["format=graphml&id=person:nobody-at-all", 404, /No entity has the id person:nobody-at-all/],
    ];
    for (const [query, status, message] of refusals) {
      it(`refuses ?${query} with ${status}`, async () => {
        const response = await fetch(`${origin}/export?${query}`);
        assert.equal(response.status, status);
        assert.match(((await response.json()) as { error: string }).error, message);
      });
    }

    it("refuses an unknown API key and methods other than GET; a known key may export", async () => {
      const wrong = await fetch(`${origin}/export?format=graphml&id=${CENTRE}`, { headers: { authorization: "Bearer not-a-key-of-this-server" } });
      assert.equal(wrong.status, 401);
      await wrong.text();
      const known = await fetch(`${origin}/export?format=graphml&id=${CENTRE}`, { headers: { authorization: "Bearer 0123456789abcdef0123" } });
      assert.equal(known.status, 200);
      assert.match(known.headers.get("content-disposition") ?? "", /attachment; filename="kg-neighbourhood-person_dao-hong-lan\.graphml"/);
      await known.text();
      const post = await fetch(`${origin}/export?format=graphml`, { method: "POST" });
      assert.equal(post.status, 405);
      await post.text();
    });
  });
}
