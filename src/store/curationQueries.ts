/**
 * The named queries curation runs, the same names and parameters on every
 * store; an adapter supplies how to run a query (inside its transaction, or
 * as a plain read) and how its rows encode records.
 */
import { RELATIONSHIP_TYPES, type NodeKind } from "../domain/ontology.js";
import type { Evidence, IndexedEntity, Relationship } from "../domain/records.js";
import type { Slots } from "./cypher.js";
import type { ChangeFilter, ChangeQuery, ChangeRecord, CurationChange, CurationOverrides } from "./curation.js";
import { CURATION_ORIGIN } from "./curation.js";
import { FindingQueries, type ArticleFindings } from "./findings.js";
import type { RowEncoding } from "./writePlan.js";

type Row = Record<string, unknown>;

export type RunQuery = (name: string, params?: Row, slots?: Slots) => Promise<Row[]>;

export interface CurationCodec extends RowEncoding {
  /** A relationship's properties as the store hands them back. */
  relationshipProperties(stored: unknown): Relationship["properties"];
  /** A SKIP or LIMIT value. */
  count(n: number): unknown;
  /** An entity from a row of `entity_by_id`. */
  decodeEntity(row: Row): IndexedEntity;
}

export interface StoredRelationship extends Relationship {
  readonly origin: string;
}

const json = (value: unknown) => JSON.stringify(value);

/** Curation's reads and the findings' through `read`: a store's own, or those of a request's view of it (`GraphStore.within`). */
export function curationReads(read: RunQuery, codec: CurationCodec): { curation: CurationQueries; findings: FindingQueries } {
  return { curation: new CurationQueries(read, codec), findings: new FindingQueries((name, params) => read(name, params), codec.count) };
}

export class CurationQueries {
  /** Ingest's findings, read and reviewed in the same transaction as the change. */
  readonly findings: FindingQueries;

  constructor(private readonly run: RunQuery, private readonly codec: CurationCodec) {
    this.findings = new FindingQueries(run, codec.count);
  }

  /** A recorded change and the digest of the request that made it ("" for records kept before digests). */
  async change(id: string): Promise<{ record: ChangeRecord; request: string } | null> {
    const [row] = await this.run("change_by_id", { id });
    return row ? { record: changeFromRow(row), request: String(row.request ?? "") } : null;
  }

  /**
   * `alsoAbout` is a second id the change is about ("" for none) — the id a
   * merge took away, the finding a fact came from — so the history of either
   * finds it; it is stored in the record's `merged` field.
   */
  async recordChange(record: ChangeRecord, alsoAbout: string, request: string): Promise<void> {
    await this.run("record_change", { ...record, merged: alsoAbout, request });
  }

  /** The live entity with this id, not following redirects. */
  async entity(id: string): Promise<IndexedEntity | null> {
    const [row] = await this.run("entity_by_id", { id });
    return row ? this.codec.decodeEntity(row) : null;
  }

  async writeFindings(findings: ArticleFindings): Promise<void> {
    for (const step of this.findings.writes(findings, this.codec)) await this.run(step.query, step.params, step.slots);
  }

  async changes(query: ChangeQuery): Promise<ChangeRecord[]> {
    const rows = await this.run("changes", {
      subject: query.subject ?? "", limit: this.codec.count(query.limit), offset: this.codec.count(query.offset),
    });
    return rows.map(changeFromRow);
  }

  async changeCount(filter: ChangeFilter): Promise<number> {
    const [row] = await this.run("count_changes", { subject: filter.subject ?? "" });
    return Number(row.total);
  }

  /** The kind of each id that is a live entity. */
  async kinds(ids: readonly string[]): Promise<Map<string, NodeKind>> {
    const rows = await this.run("entity_kinds", { ids: [...ids] });
    return new Map(rows.map((r) => [String(r.id), r.kind as NodeKind]));
  }

  /** The survivor of each id that was merged away. */
  async redirects(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.run("redirects_of", { ids: [...ids] });
    return new Map(rows.map((r) => [String(r.id), String(r.target)]));
  }

  /** Each id as a live entity id: a merged id becomes its survivor's. */
  async resolve(ids: readonly string[]): Promise<string[]> {
    const redirects = await this.redirects([...new Set(ids)]);
    return ids.map((id) => redirects.get(id) ?? id);
  }

  async relationship(id: string): Promise<StoredRelationship | null> {
    const [row] = await this.run("relationship_by_id", { id });
    return row ? this.storedRelationship(row) : null;
  }

  /** Every relationship with the entity at either end, each once. */
  async relationshipsAt(entityId: string): Promise<StoredRelationship[]> {
    const rows = [
      ...await this.run("relationships_leaving", { id: entityId }),
      ...await this.run("relationships_entering", { id: entityId }),
    ];
    return [...new Map(rows.map((r) => [String(r.id), this.storedRelationship(r)])).values()];
  }

  async isRetracted(id: string): Promise<boolean> {
    return (await this.run("retracted_by_id", { id })).length > 0;
  }

  async writeEntity(entity: IndexedEntity, origin: string): Promise<void> {
    await this.run("upsert_entities", { origin, rows: [this.codec.entity(entity)] }, { label: entity.kind });
  }

  /** Writes each relationship keeping its own origin; both ends must exist. */
  async writeRelationships(relationships: readonly StoredRelationship[]): Promise<void> {
    for (const relationshipType of RELATIONSHIP_TYPES) {
      const ofType = relationships.filter((r) => r.type === relationshipType);
      for (const origin of new Set(ofType.map((r) => r.origin))) {
        const rows = ofType.filter((r) => r.origin === origin).map(this.codec.relationship);
        await this.run("upsert_relationships", { origin, rows }, { relationshipType });
      }
    }
  }

  async writeEvidence(evidence: readonly Evidence[], origin: string): Promise<void> {
    if (evidence.length > 0) await this.run("upsert_evidence", { origin, rows: evidence.map(this.codec.evidence) });
  }

  /** Moves the relationship out of the graph into a Retracted record; its evidence is left alone. */
  async retract(relationship: StoredRelationship, reason: string, change: CurationChange): Promise<void> {
    const { id, type, from, to, properties, origin } = relationship;
    await this.run("record_retracted", {
      id, type, from, to, properties: json(properties), origin, reason, at: change.at, actor: change.actor,
    });
    await this.run("delete_relationship", { id, from });
  }

  /** Forgets a retraction: the relationship is being added again. */
  async reinstate(id: string): Promise<void> {
    await this.run("delete_retracted", { id });
  }

  /**
   * Takes `merged` out of the graph for good: its own evidence and every
   * redirect to it move to the survivor (so redirects stay one hop), it
   * becomes a redirect, and the node goes with whatever relationships it still has.
   */
  async replaceByRedirect(merged: string, survivor: string): Promise<void> {
    await this.run("move_evidence", { from: merged, to: survivor });
    await this.run("move_redirects", { from: merged, to: survivor });
    await this.run("record_redirect", { id: merged, target: survivor });
    await this.run("delete_entity", { id: merged });
  }

  async overrides(): Promise<CurationOverrides> {
    const ids = (rows: Row[]) => rows.map((r) => String(r.id));
    return {
      retracted: ids(await this.run("retracted_ids")),
      redirects: (await this.run("redirects")).map((r) => [String(r.id), String(r.target)] as const),
      curatedEntities: ids(await this.run("origin_entities", { origin: CURATION_ORIGIN })),
      curatedRelationships: ids(await this.run("origin_relationships", { origin: CURATION_ORIGIN })),
    };
  }

  private storedRelationship(row: Row): StoredRelationship {
    return {
      id: String(row.id), type: row.type as Relationship["type"], from: String(row.from), to: String(row.to),
      properties: this.codec.relationshipProperties(row.properties), origin: String(row.origin),
    };
  }
}

function changeFromRow(row: Row): ChangeRecord {
  return {
    id: String(row.id), actor: String(row.actor), at: String(row.at),
    action: row.action as ChangeRecord["action"], subject: String(row.subject), summary: String(row.summary),
  };
}
