/**
 * Statements go to the store without their comment lines and indentation:
 * shorter on every request, and the relationship-page statement fits the
 * driver's 1,400-byte write buffer in one piece. Only whole comment lines are
 * dropped, so no query file may put `//` after code on a line.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compact, CYPHER_DIR, CypherQueries } from "../../src/store/cypher.js";

describe("compact Cypher", () => {
  it("drops comment lines, indentation and blank lines, and keeps every line of code as written", () => {
    const text = "// why\nMATCH (n)\n\n  WHERE n.id = 'a  b'\n  // more\nRETURN n\n";
    assert.equal(compact(text), "MATCH (n)\nWHERE n.id = 'a  b'\nRETURN n");
  });

  it("loads every query of both stores compacted, the relationship page under 1,400 bytes", () => {
    for (const store of ["neo4j", "kuzu"] as const) {
      const queries = CypherQueries.load(store);
      for (const name of queries.names()) {
        const raw = readFileSync(join(CYPHER_DIR, store, `${name}.cypher`), "utf8");
        assert.equal(queries.get(name, { relationshipTypes: ["SIGNED"], label: "Person", relationshipType: "SIGNED", maxLength: 3 } as never).includes("\n//"), false, `${store}/${name}`);
        assert.ok(compact(raw).length <= raw.length);
      }
    }
    const page = CypherQueries.load("neo4j").get("relationship_pages");
    assert.ok(Buffer.byteLength(page) < 1400, `${Buffer.byteLength(page)} bytes`);
  });

  it("finds no query file with `//` after code on a line", () => {
    for (const store of ["neo4j", "kuzu"]) {
      for (const file of readdirSync(join(CYPHER_DIR, store)).filter((f) => f.endsWith(".cypher"))) {
        const lines = readFileSync(join(CYPHER_DIR, store, file), "utf8").split("\n");
        assert.deepEqual(lines.filter((l) => !l.trim().startsWith("//") && l.includes("//")), [], `${store}/${file}`);
      }
    }
  });
});
