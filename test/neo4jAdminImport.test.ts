/**
 * `kg neo4j import DIR` on a local Neo4j of its own: neo4j-admin fills the empty store, which
 * comes back running with every index and constraint ONLINE and answers reads; a store that
 * holds data is refused and left as it was.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { NODE_KINDS, NodeKind, RELATIONSHIP_TYPES } from "../src/domain/ontology.js";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../src/localNeo4j/index.js";
import { missingPrerequisite } from "../src/localNeo4j/launcher.js";
import { writeBulkFolder } from "../src/store/bulk/writeFolder.js";
import { CypherQueries } from "../src/store/cypher.js";
import { openStore } from "../src/store/index.js";
import { neo4jConfigured } from "./support/stores.js";
import { runToEnd } from "./support/processes.js";

const KG = fileURLToPath(new URL("../../bin/kg.js", import.meta.url));

const kg = (args: string[], env: NodeJS.ProcessEnv) => runToEnd(process.execPath, [KG, ...args], env);

test("kg neo4j import fills an empty local Neo4j with neo4j-admin and leaves it ready to query", { timeout: 600_000 }, async (t) => {
  const missing = missingPrerequisite() ?? (neo4jConfigured() ? undefined : "Neo4j tests are off");
  if (missing) {
    t.skip(missing);
    return;
  }
  const home = mkdtempSync(join(tmpdir(), "kg-neo4j-import-"));
  const dir = mkdtempSync(join(tmpdir(), "kg-neo4j-import-folder-"));
  const saved = { home: process.env.KG_NEO4J_HOME, heap: process.env.NEO4J_HEAP, pageCache: process.env.NEO4J_PAGECACHE, port: process.env.NEO4J_PORT };
  // A scratch store of its own (this command stops and starts Neo4j), small memory, a free port.
  Object.assign(process.env, { KG_NEO4J_HOME: home, NEO4J_HEAP: "512m", NEO4J_PAGECACHE: "128m" });
  delete process.env.NEO4J_PORT;
  const env = { ...process.env, KG_STORE_TIMEOUT_MS: "60000" };
  try {
    const manifest = await writeBulkFolder(dir, { entities: 1000, seed: 5 });
    const { summary, landmarks } = manifest;
    const imported = await kg(["neo4j", "import", dir], env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /^Imported in [\d.]+ s \(neo4j-admin [\d.]+ s, start [\d.]+ s, indexes [\d.]+ s\): \d+ items\/s\.\n$/);

    const connection = await ensureLocalNeo4j();
    const store = await openStore({ store: "neo4j", ...connection, queryTimeoutMs: 60_000 });
    try {
      await t.test("the store holds the folder, every relationship with evidence", async () => {
        assert.deepEqual(await store.counts(), { nodes: summary.nodes, relationships: summary.relationships, evidence: summary.evidence, relationshipsWithoutEvidence: 0 });
      });

      await t.test("every index and constraint of the schema is ONLINE", async () => {
        const queries = CypherQueries.load("neo4j");
        const schema = queries.statements("schema").length + NODE_KINDS.length + RELATIONSHIP_TYPES.length;
        const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
        try {
          const { records } = await driver.executeQuery("SHOW INDEXES YIELD name, type, state WHERE type <> 'LOOKUP' RETURN name, state", {}, { database: connection.database });
          assert.equal(records.length, schema);
          assert.deepEqual(records.filter((r) => r.get("state") !== "ONLINE").map((r) => r.get("name")), []);
        } finally {
          await driver.close();
        }
      });

      await t.test("search, neighbours and evidence answer", async () => {
        const folded = landmarks.personName.normalize("NFD").replace(/\p{M}/gu, "");
        const hits = await store.search({ text: folded, kinds: [NodeKind.Person], limit: 50, offset: 0 });
        const [found] = await store.entitiesById(hits.hits.map((h) => h.id).slice(0, 1));
        assert.equal(found?.name, landmarks.personName);
        const [relationships] = await store.relationshipsOf([{ entityId: landmarks.hubOrganization, types: [], direction: "BOTH" }]);
        assert.ok(relationships.length > 0);
        const [evidence] = await store.evidenceFor([relationships[0].id]);
        assert.ok(evidence.length > 0);
      });
    } finally {
      await store.close();
    }

    await t.test("a store that holds data is refused and left as it was", async () => {
      const again = await kg(["neo4j", "import", dir], env);
      // A store that holds data is bad input for this command: exit 4 in the README's table.
      assert.equal(again.code, 4);
      assert.match(again.stderr, new RegExp(`holds ${summary.evidence + Object.values(summary.nodes).reduce((a, b) => a + b, 0)} nodes`));
      const reopened = await openStore({ store: "neo4j", ...(await ensureLocalNeo4j()), queryTimeoutMs: 60_000 });
      try {
        assert.equal((await reopened.counts()).evidence, summary.evidence);
      } finally {
        await reopened.close();
      }
    });
  } finally {
    await stopLocalNeo4j();
    rmSync(home, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of [["KG_NEO4J_HOME", saved.home], ["NEO4J_HEAP", saved.heap], ["NEO4J_PAGECACHE", saved.pageCache], ["NEO4J_PORT", saved.port]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});
