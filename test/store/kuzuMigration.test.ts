/**
 * An embedded store written by an earlier release still answers after the
 * upgrade: written before relationships shared one table and evidence was
 * grouped by subject, its rows move to the new tables on start-up and the old
 * tables go; written while each relationship row repeated its ends' ids, those
 * columns go and the ends are read from the entities.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Connection, Database, type QueryResult } from "../../src/store/kuzu/engine.js";
import { DEFAULT_QUERY_TIMEOUT_MS, openStore } from "../../src/store/index.js";

/** The tables as the previous release created them, with one signing and its source. */
const PREVIOUS_RELEASE = [
  "CREATE NODE TABLE Entity(id STRING, kind STRING, name STRING, names STRING, aliases STRING, attributes STRING, searchText STRING, dateStart STRING, dateEnd STRING, dateQuality STRING, origin STRING, PRIMARY KEY (id))",
  "CREATE NODE TABLE Evidence(id STRING, subject STRING, article STRING, quote STRING, gloss STRING, method STRING, confidence DOUBLE, reviewState STRING, origin STRING, PRIMARY KEY (id))",
  "CREATE REL TABLE SIGNED(FROM Entity TO Entity, id STRING, properties STRING, origin STRING)",
  "CREATE REL TABLE WITNESSED(FROM Entity TO Entity, id STRING, properties STRING, origin STRING)",
  `CREATE (:Entity {id: 'person:a', kind: 'Person', name: 'A', names: '{}', aliases: '[]', attributes: '{}', searchText: '| a |', dateStart: '', dateEnd: '', dateQuality: '', origin: 'seed'})`,
  `CREATE (:Entity {id: 'agreement:b', kind: 'Agreement', name: 'B', names: '{}', aliases: '[]', attributes: '{}', searchText: '| b |', dateStart: '', dateEnd: '', dateQuality: '', origin: 'curation'})`,
  `MATCH (a:Entity {id: 'person:a'}), (b:Entity {id: 'agreement:b'}) CREATE (a)-[:SIGNED {id: 'stmt:1', properties: '{"onBehalfOf":"x"}', origin: 'curation'}]->(b)`,
  `CREATE (:Evidence {id: 'evidence:1', subject: 'stmt:1', article: 'article:c', quote: 'A signed B.', gloss: '', method: 'curated', confidence: 1.0, reviewState: 'accepted', origin: 'curation'})`,
  `CREATE (:Evidence {id: 'evidence:2', subject: 'stmt:1', article: 'article:d', quote: 'A ký B.', gloss: 'A signed B.', method: 'machine', confidence: 0.5, reviewState: 'proposed', origin: 'seed'})`,
];

/** Related as it was while each row repeated its ends' ids, with one signing. */
const ENDS_REPEATED = [
  "CREATE NODE TABLE Entity(id STRING, kind STRING, name STRING, names STRING, aliases STRING, attributes STRING, searchText STRING, dateStart STRING, dateEnd STRING, dateQuality STRING, origin STRING, labels STRING, PRIMARY KEY (id))",
  "CREATE REL TABLE Related(FROM Entity TO Entity, type STRING, id STRING, fromId STRING, toId STRING, properties STRING, origin STRING)",
  `CREATE (:Entity {id: 'person:a', kind: 'Person', name: 'A', names: '{}', aliases: '[]', attributes: '{}', searchText: '| a |', dateStart: '', dateEnd: '', dateQuality: '', origin: 'seed', labels: '[]'})`,
  `CREATE (:Entity {id: 'agreement:b', kind: 'Agreement', name: 'B', names: '{}', aliases: '[]', attributes: '{}', searchText: '| b |', dateStart: '', dateEnd: '', dateQuality: '', origin: 'seed', labels: '[]'})`,
  `MATCH (a:Entity {id: 'person:a'}), (b:Entity {id: 'agreement:b'}) CREATE (a)-[:Related {type: 'SIGNED', id: 'stmt:1', fromId: 'person:a', toId: 'agreement:b', properties: '{}', origin: 'seed'}]->(b)`,
];

async function writeStore(dir: string, statements: readonly string[]): Promise<void> {
  const db = new Database(join(dir, "graph.kuzu"));
  const connection = new Connection(db);
  for (const statement of statements) (await connection.query(statement) as { close(): void }).close();
  await connection.close();
  await db.close();
}

/** Runs `test` in a new folder, removed afterwards. */
async function inNewFolder(test: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kg-migrate-"));
  try {
    await test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function relatedColumns(dir: string): Promise<string[]> {
  const db = new Database(join(dir, "graph.kuzu"));
  const connection = new Connection(db);
  try {
    const result = await connection.query("CALL TABLE_INFO('Related') RETURN name") as QueryResult;
    const rows = await result.getAll();
    result.close();
    return rows.map((r) => String(r.name));
  } finally {
    await connection.close();
    await db.close();
  }
}

const openIn = (dir: string) => openStore({ store: "kuzu", dataDir: dir, queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS });

describe("embedded store written by the previous release", () => {
  it("moves relationships and evidence into the new tables and drops the old ones", () => inNewFolder(async (dir) => {
    await writeStore(dir, PREVIOUS_RELEASE);
    const store = await openIn(dir);
    try {
      const [signed] = await store.relationshipsOf([{ entityId: "person:a", types: [], direction: "OUT" }]);
      assert.deepEqual(signed, [{ id: "stmt:1", type: "SIGNED", from: "person:a", to: "agreement:b", properties: { onBehalfOf: "x" } }]);
      const [evidence] = await store.evidenceFor(["stmt:1"]);
      assert.deepEqual(evidence.map((e) => [e.id, e.quote, e.gloss, e.method, e.confidence, e.reviewState]), [
        ["evidence:1", "A signed B.", null, "curated", 1, "accepted"],
        ["evidence:2", "A ký B.", "A signed B.", "machine", 0.5, "proposed"],
      ]);
      const counts = await store.counts();
      assert.equal(counts.relationships.SIGNED, 1);
      assert.equal(counts.evidence, 2);
      assert.deepEqual((await store.curationOverrides()).curatedRelationships, ["stmt:1"]);
    } finally {
      await store.close();
    }
    // A second start finds nothing left to move.
    const again = await openIn(dir);
    try {
      assert.equal((await again.counts()).relationships.SIGNED, 1);
    } finally {
      await again.close();
    }
  }));

  it("drops the ends' ids its relationship rows repeated, and reads the ends from the entities", () => inNewFolder(async (dir) => {
    await writeStore(dir, ENDS_REPEATED);
    const store = await openIn(dir);
    try {
      const signing = { id: "stmt:1", type: "SIGNED", from: "person:a", to: "agreement:b", properties: {} };
      const [both, entering] = await store.relationshipsOf([
        { entityId: "person:a", types: [], direction: "BOTH" },
        { entityId: "agreement:b", types: [], direction: "IN" },
      ]);
      assert.deepEqual([both, entering], [[signing], [signing]]);
      const drawn = await store.neighbourhood({ id: "agreement:b", depth: 1, limit: 10, types: [] });
      assert.deepEqual(drawn?.edges.map((e) => [e.id, e.from, e.to]), [["stmt:1", "person:a", "agreement:b"]]);
    } finally {
      await store.close();
    }
    assert.deepEqual(await relatedColumns(dir), ["type", "id", "properties", "origin"]);
  }));
});
