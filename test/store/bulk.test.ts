/**
 * Bulk import on every store: a generated folder loads whole — the counts the
 * generator reports, evidence for every relationship, entities that read back
 * as generated and are found by search — and both stores end up with the same
 * counts. Also the CSV reader against the writer, quoting and chunk ends included.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NodeKind } from "../../src/domain/ontology.js";
import type { GraphCounts, IndexedEntity, Relationship } from "../../src/domain/records.js";
import { generateGraph } from "../../src/synthetic/generate.js";
import { sampleIds } from "../../src/synthetic/landmarks.js";
import { CsvFileWriter, readCsv } from "../../src/store/bulk/csv.js";
import { BulkFolderError, FORMAT, MANIFEST, readManifest, type BulkManifest } from "../../src/store/bulk/folder.js";
import { writeBulkFolder } from "../../src/store/bulk/writeFolder.js";
import type { GraphStore } from "../../src/store/port.js";
import { storesUnderTest } from "../support/stores.js";

const OPTIONS = { entities: 1000, seed: 11 };

/** The generated records of these ids, from the generator's own stream. */
function generatedEntities(ids: readonly string[]): IndexedEntity[] {
  const wanted = new Set(ids);
  const found = new Map<string, IndexedEntity>();
  const stream = generateGraph(OPTIONS);
  for (let step = stream.next(); !step.done; step = stream.next()) {
    for (const e of step.value.entities) if (wanted.has(e.id)) found.set(e.id, e);
  }
  return ids.map((id) => found.get(id)!);
}

/** Every generated relationship that touches one of these ids, by id. */
function generatedRelationshipsOf(ids: readonly string[]): Map<string, Relationship> {
  const wanted = new Set(ids);
  const found = new Map<string, Relationship>();
  const stream = generateGraph(OPTIONS);
  for (let step = stream.next(); !step.done; step = stream.next()) {
    for (const r of step.value.relationships) if (wanted.has(r.from) || wanted.has(r.to)) found.set(r.id, r);
  }
  return found;
}

describe("CSV files", () => {
  it("read back exactly as written: quotes, commas, line breaks, empty fields, long fields across chunks", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-csv-"));
    try {
      const rows = [
        ["plain", "with, comma", 'with "quotes"', "line\nbreak", ""],
        ["x".repeat(1_500_000) + '"', "đ ø æ", "{\"a\":[1,2]}", "\\N", "last"],
      ];
      const writer = new CsvFileWriter(join(dir, "t.csv"), ["a", "b", "c", "d", "e"]);
      for (const row of rows) writer.write(row);
      writer.close();
      const read: string[][] = [];
      for await (const chunk of readCsv(join(dir, "t.csv"))) read.push(...chunk);
      assert.deepEqual(read, [["a", "b", "c", "d", "e"], ...rows]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("bulk folders", () => {
  it("a folder written in an earlier format is refused in one line that says to generate it again", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-bulk-format-"));
    try {
      writeFileSync(join(dir, MANIFEST), JSON.stringify({ format: FORMAT - 1 }));
      assert.throws(() => readManifest(dir), (error: unknown) => error instanceof BulkFolderError
        && new RegExp(`is format ${FORMAT - 1}; this kg reads format ${FORMAT}: generate the folder again$`).test(error.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("bulk import", () => {
  let dir: string;
  let manifest: BulkManifest;
  const countsByStore = new Map<string, GraphCounts>();
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-bulk-"));
    manifest = await writeBulkFolder(dir, OPTIONS);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const sut of storesUnderTest()) {
    describe(`on ${sut.name}`, () => {
      let store: GraphStore;
      before(async () => {
        store = await sut.open();
        await store.bulkImport(dir);
      });
      after(() => store.close());

      it("holds what the generator says it wrote, every relationship with evidence", async () => {
        const counts = await store.counts();
        countsByStore.set(sut.name, counts);
        const { summary } = manifest;
        assert.deepEqual(counts, { nodes: summary.nodes, relationships: summary.relationships, evidence: summary.evidence, relationshipsWithoutEvidence: 0 });
      });

      it("entities read back as generated", async () => {
        const ids = [...sampleIds(OPTIONS, NodeKind.Person, 3), ...sampleIds(OPTIONS, NodeKind.Agreement, 2), ...sampleIds(OPTIONS, NodeKind.Article, 2), manifest.landmarks.country];
        assert.deepEqual(await store.entitiesById(ids), generatedEntities(ids));
      });

      it("relationships read back as generated: type, ends and properties", async () => {
        const ids = [...sampleIds(OPTIONS, NodeKind.Person, 3), ...sampleIds(OPTIONS, NodeKind.Agreement, 2), manifest.landmarks.country];
        const generated = generatedRelationshipsOf(ids);
        const read = (await store.relationshipsOf(ids.map((entityId) => ({ entityId, types: [], direction: "BOTH" as const })))).flat();
        assert.ok(generated.size > 10, `${generated.size} relationships`);
        assert.deepEqual(new Map(read.map((r) => [r.id, r])), generated);
      });

      it("search finds a generated name, diacritics folded", async () => {
        const hits = await store.search({ text: manifest.landmarks.personName.normalize("NFD").replace(/\p{M}/gu, ""), kinds: [NodeKind.Person], limit: 50, offset: 0 });
        const [person] = generatedEntities(hits.hits.map((h) => h.id).slice(0, 1));
        assert.equal(person?.name, manifest.landmarks.personName);
      });

      it("a second import is refused on Kùzu and changes nothing on Neo4j", async () => {
        if (sut.name === "kuzu") await assert.rejects(store.bulkImport(dir), BulkFolderError);
        else await store.bulkImport(dir);
        assert.deepEqual(await store.counts(), countsByStore.get(sut.name));
      });
    });
  }

  it("every store holds the same counts", { skip: storesUnderTest().length < 2 }, () => {
    const [first, ...others] = [...countsByStore.values()];
    for (const other of others) assert.deepEqual(other, first);
  });
});
