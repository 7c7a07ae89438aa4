/**
 * Stores written before relationships shared one table and evidence was
 * grouped by subject (cypher/kuzu/schema.cypher) held a table per relationship
 * type and an Evidence table keyed by evidence id. Their rows move into the
 * new tables, curated ones with them, and the old tables go; a store that was
 * already moved, or never had them, is left alone.
 */
import type { Connection } from "./engine.js";
import { RELATIONSHIP_TYPES } from "../../domain/ontology.js";
import type { Slots } from "../cypher.js";
import { command } from "./rows.js";
import type { KuzuWrites } from "./writes.js";

type Run = (connection: Connection, name: string, slots?: Slots) => Promise<Record<string, unknown>[]>;

export async function migrateTablePerType(reader: Connection, writes: KuzuWrites, run: Run): Promise<void> {
  const tables = new Set((await run(reader, "table_names")).map((r) => String(r.name)));
  const oldTypes = RELATIONSHIP_TYPES.filter((type) => tables.has(type));
  if (oldTypes.length === 0 && !tables.has("Evidence")) return;
  const [related] = await run(reader, "count_related");
  // A move that committed but stopped before dropping the old tables is not repeated.
  if (Number(related.count) === 0) {
    await writes.transaction(async (writer) => {
      for (const relationshipType of oldTypes) await run(writer, "migrate_relationships", { relationshipType });
      if (tables.has("Evidence")) await run(writer, "migrate_evidence");
    });
  }
  // Kùzu takes table names in DROP only as identifiers; these come from the ontology's enum.
  for (const table of [...oldTypes, ...(tables.has("Evidence") ? ["Evidence"] : [])]) await command(reader, `DROP TABLE ${table}`);
}
