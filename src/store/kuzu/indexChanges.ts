/**
 * What one write transaction on the embedded store changes of what the
 * in-memory indexes hold — entities' names, relationships and redirects —
 * learnt from the statements it runs, so that after its commit the indexes
 * are patched rather than rebuilt: a rebuild reads every entity and
 * relationship again, about 30 s at 10^6 entities. A statement that writes
 * entities, relationships or redirects in a way not followed here asks for a
 * rebuild, so no index goes stale.
 */
import type { RelationshipType } from "../../domain/ontology.js";
import type { Relationship } from "../../domain/records.js";
import type { Slots } from "../cypher.js";
import type { IndexedName } from "./searchIndex.js";
import { relationshipFromRow } from "./rows.js";

type Row = Record<string, unknown>;

/** A statement that writes to the tables the indexes are built from. */
const WRITES_INDEXED_TABLES = (text: string) => /\b(CREATE|MERGE|SET|DELETE|COPY)\b/.test(text) && /\b(Entity|Related|Redirect)\b/.test(text);

export class IndexChanges {
  /** Entities as now written, or null when deleted; the last statement wins. */
  readonly entities = new Map<string, IndexedName | null>();
  /** Relationships as now written, or null when deleted. */
  readonly relationships = new Map<string, Relationship | null>();
  /** Entities whose relationships were all deleted (before the entity itself). */
  readonly detachedEntities = new Set<string>();
  redirects = false;
  /** Relationships written in this transaction, by each of their ends. */
  private readonly writtenAt = new Map<string, string[]>();
  /** True when a statement did what is not followed here: the indexes must be built anew. */
  rebuild = false;

  /** After a statement ran: what it wrote, from its parameters (and, for a relationship, whether its ends were there). */
  after(name: string, params: Row, slots: Slots, text: string, rows: readonly Row[]): void {
    switch (name) {
      case "upsert_entities":
        for (const row of params.rows as Row[]) {
          const id = String(row.id);
          this.entities.set(id, { id, kind: row.kind as IndexedName["kind"], name: String(row.name), searchText: String(row.searchText) });
        }
        return;
      case "upsert_relationship":
        if (rows.length > 0) {
          const r = relationshipFromRow({ ...params, type: slots.relationshipType as RelationshipType });
          this.relationships.set(r.id, r);
          for (const end of [r.from, r.to]) this.writtenAt.set(end, [...(this.writtenAt.get(end) ?? []), r.id]);
        }
        return;
      case "detach_entity_out":
      case "detach_entity_in":
        this.detach(String(params.id));
        return;
      case "delete_entity_row":
        this.entities.set(String(params.id), null);
        return;
      case "delete_relationship":
        this.relationships.set(String(params.id), null);
        return;
      case "record_redirect":
      case "move_redirects":
        this.redirects = true;
        return;
      default:
        if (WRITES_INDEXED_TABLES(text)) this.rebuild = true;
    }
  }

  /** How many entities and relationships changed. */
  get size(): number {
    return this.entities.size + this.relationships.size + this.detachedEntities.size;
  }

  /** An entity's relationships all deleted, those written earlier in this transaction too. */
  private detach(id: string): void {
    this.detachedEntities.add(id);
    for (const relationshipId of this.writtenAt.get(id) ?? []) this.relationships.set(relationshipId, null);
    this.writtenAt.delete(id);
  }
}
