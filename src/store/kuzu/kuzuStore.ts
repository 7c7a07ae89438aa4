/**
 * The embedded store: Kùzu in this process, one database file under the data
 * directory. Every Kùzu detail stays in this folder, so another embedded engine
 * can take its place without touching anything above the port.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Connection, Database, type KuzuValue, type PreparedStatement } from "kuzu";
import { NODE_KINDS, RELATIONSHIP_TYPES, TRAVERSAL_TYPES, type NodeKind, type RelationshipType } from "../../domain/ontology.js";
import { searchPattern } from "../../domain/names.js";
import type { Evidence, GraphBatch, GraphCounts, IndexedEntity, Relationship } from "../../domain/records.js";
import { CypherQueries, type Slots } from "../cypher.js";
import { StoreError } from "../errors.js";
import type {
  BulkImportTimes, GraphPath, GraphStore, PathQuery, RelationshipQuery, SearchHit, SearchQuery, StoreInfo,
} from "../port.js";
import { BulkFolderError, readManifest } from "../bulk/folder.js";
import { bulkSteps, withFiles, type BulkStep } from "../bulk/steps.js";
import {
  answerRelationshipQueries, compareEvidence, countsFrom, groupByKey, orderPaths,
} from "../results.js";
import { batchSize, writeSteps } from "../writePlan.js";
import type { ChangeQuery, ChangeRecord, CurationChange, CurationOverrides } from "../curation.js";
import { CurationQueries } from "../curationQueries.js";
import { applyChange } from "../curate.js";
import { CURATION_CODEC } from "./curation.js";
import { command, decodeEntity, decodeEvidence, ENCODING, kuzuRows, type InternalId, type KuzuRel } from "./rows.js";
import { KuzuWrites } from "./writes.js";
import { FindingQueries, type ArticleFindings, type CandidateRecord, type FindingQuery, type MentionRecord, type ProposalRecord, type Review } from "../findings.js";

type Row = Record<string, unknown>;

const DIRECTION_QUERY = { OUT: "relationships_out", IN: "relationships_in", BOTH: "relationships_both" } as const;

export class KuzuStore implements GraphStore {
  private readonly db: Database;
  private readonly reader: Connection;
  private readonly queries = CypherQueries.load("kuzu");
  private readonly prepared = new Map<string, Promise<PreparedStatement>>();
  private readonly file: string;
  private readonly writes: KuzuWrites;
  /** Curation's reads, redirects among them, outside any write transaction. */
  private readonly curation: CurationQueries;
  private readonly findings: FindingQueries;

  constructor(dataDir: string, queryTimeoutMs: number) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, "graph.kuzu");
    this.db = new Database(this.file);
    this.reader = new Connection(this.db);
    // Reads only: a write (a load, a merge) must finish or roll back whole.
    this.reader.setQueryTimeout(queryTimeoutMs);
    this.writes = new KuzuWrites(this.db);
    this.curation = new CurationQueries((name, params, slots) => this.run(this.reader, name, params, slots), CURATION_CODEC);
    this.findings = new FindingQueries((name, params) => this.run(this.reader, name, params), CURATION_CODEC.count);
  }

  private async run(connection: Connection, name: string, params: Row = {}, slots: Slots = {}): Promise<Row[]> {
    const text = this.queries.get(name, slots);
    const values = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, Array.isArray(v) && v.length === 0 ? NO_IDS : v]),
    ) as Record<string, KuzuValue>;
    if (connection !== this.reader) return kuzuRows(await connection.execute(await connection.prepare(text), values));
    let statement = this.prepared.get(text);
    if (!statement) {
      statement = connection.prepare(text);
      this.prepared.set(text, statement);
    }
    try {
      return await kuzuRows(await connection.execute(await statement, values));
    } catch (error) {
      // Kùzu reports a query stopped at its timeout as "Interrupted".
      if (/interrupt/i.test((error as Error).message)) throw new StoreError("STORE_TIMEOUT", `Kùzu stopped a query at its time budget (${name})`, { cause: error });
      throw error;
    }
  }

  async bootstrap(): Promise<void> {
    for (const statement of this.queries.statements("schema")) await command(this.reader, statement);
    for (const relationshipType of RELATIONSHIP_TYPES) {
      await command(this.reader, this.queries.get("relationship_table", { relationshipType }));
    }
  }

  async info(): Promise<StoreInfo> {
    const [row] = await this.run(this.reader, "version");
    return { store: "kuzu", version: String(row.version), location: this.file };
  }

  async replaceOrigin(origin: string, batch: GraphBatch, onProgress?: (done: number, total: number) => void): Promise<void> {
    const total = batchSize(batch);
    let done = 0;
    await this.writes.transaction(async (writer) => {
      for (const step of writeSteps(origin, batch, ENCODING)) {
        await this.run(writer, step.query, step.params, step.slots);
        done += step.items;
        onProgress?.(done, total);
      }
    });
  }

  async bulkImport(dir: string, onProgress?: (done: number, total: number) => void): Promise<BulkImportTimes> {
    const manifest = readManifest(dir);
    const [present] = await this.entitiesById([manifest.landmarks.country]);
    if (present) {
      throw new BulkFolderError(`the store already holds ${present.id} of a synthetic graph: Kùzu's COPY adds rows and cannot replace them, so import into an empty store (a new KG_DATA_DIR)`);
    }
    const steps = bulkSteps(dir, manifest);
    const total = steps.reduce((sum, s) => sum + s.rows, 0);
    const times = { entities: 0, relationships: 0, evidence: 0 };
    let done = 0;
    await this.writes.transaction(async (writer) => {
      for (const step of steps) {
        const started = performance.now();
        await command(writer, withFiles(this.queries.get(...copyQuery(step)), step.files));
        times[step.phase] += (performance.now() - started) / 1000;
        done += step.rows;
        onProgress?.(done, total);
      }
    });
    return times;
  }

  async readMarker(key: string): Promise<string | null> {
    const [row] = await this.run(this.reader, "read_marker", { key });
    return row ? String(row.value) : null;
  }

  async writeMarker(key: string, value: string): Promise<void> {
    await this.writes.transaction((writer) => this.run(writer, "write_marker", { key, value }));
  }

  /** Runs a one-key query once per distinct key, one after another on the reader, and gathers the rows. */
  private async perKey(name: string, keys: readonly string[], params: Row = {}): Promise<Row[]> {
    const rows: Row[] = [];
    for (const id of new Set(keys)) rows.push(...(await this.run(this.reader, name, { ...params, id })));
    return rows;
  }

  async entitiesById(ids: readonly string[]): Promise<(IndexedEntity | null)[]> {
    const live = await this.curation.resolve(ids);
    const rows = await this.perKey("entity_by_id", live);
    const found = new Map(rows.map((r) => [String(r.id), decodeEntity(r)]));
    return live.map((id) => found.get(id) ?? null);
  }

  async listEntities(query: { kinds: readonly NodeKind[]; limit: number; offset: number }): Promise<string[]> {
    const kinds = query.kinds.length ? query.kinds : NODE_KINDS;
    const rows = await this.run(this.reader, "list_entities", { kinds: [...kinds], limit: query.limit, offset: query.offset });
    return rows.map((r) => String(r.id));
  }

  async relationshipsOf(queries: readonly RelationshipQuery[]): Promise<Relationship[][]> {
    const live = await this.curation.resolve(queries.map((q) => q.entityId));
    return answerRelationshipQueries(queries.map((q, i) => ({ ...q, entityId: live[i] })), async (direction, types, ids) => {
      const rows = await this.perKey(DIRECTION_QUERY[direction], ids, { types: [...types] });
      return rows.map((row) => ({ key: String(row.key), item: relationshipFromRow(row) }));
    });
  }

  async evidenceFor(subjects: readonly string[]): Promise<Evidence[][]> {
    const live = await this.curation.resolve(subjects);
    const rows = await this.run(this.reader, "evidence_for", { subjects: live });
    const items = rows.map((row) => ({ key: String(row.subject), item: decodeEvidence(row) }));
    return groupByKey(live, items, compareEvidence);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const pattern = searchPattern(query.text);
    if (!pattern) return [];
    const kinds: readonly NodeKind[] = query.kinds.length ? query.kinds : NODE_KINDS;
    const rows = await this.run(this.reader, "search", {
      kinds: [...kinds], words: [...pattern.words], exact: pattern.exact, prefix: pattern.prefix,
      offset: query.offset, limit: query.limit,
    });
    return rows.map((r) => ({ id: String(r.id), tier: Number(r.tier) }));
  }

  async shortestPaths(query: PathQuery): Promise<GraphPath[]> {
    const relationshipTypes: readonly RelationshipType[] = query.types.length ? query.types : TRAVERSAL_TYPES;
    const [from, to] = await this.curation.resolve([query.from, query.to]);
    const rows = await this.run(
      this.reader, "shortest_paths",
      { from, to, limit: PATHS_CONSIDERED },
      { relationshipTypes, maxLength: query.maxLength },
    );
    return orderPaths(rows.map(pathFromRow), query.limit);
  }

  async counts(): Promise<GraphCounts> {
    const keyed = (rows: Row[]) => rows.map((r) => ({ key: String(r.key), count: Number(r.count) }));
    const nodes = keyed(await this.run(this.reader, "count_nodes"));
    const relationships = keyed(await this.run(this.reader, "count_relationships"));
    const [evidence] = await this.run(this.reader, "count_evidence");
    const [unsupported] = await this.run(this.reader, "count_unsupported");
    return countsFrom(nodes, relationships, Number(evidence.count), Number(unsupported.count));
  }

  async curate(change: CurationChange): Promise<ChangeRecord> {
    return this.writes.transaction((writer) => applyChange(
      new CurationQueries((name, params, slots) => this.run(writer, name, params, slots), CURATION_CODEC), change,
    ));
  }

  async changes(query: ChangeQuery): Promise<ChangeRecord[]> {
    return this.curation.changes(query);
  }

  async curationOverrides(): Promise<CurationOverrides> {
    return this.curation.overrides();
  }

  async writeFindings(findings: ArticleFindings): Promise<void> {
    await this.writes.transaction(async (writer) => {
      for (const step of this.findings.writes(findings, ENCODING)) await this.run(writer, step.query, step.params, step.slots);
    });
  }

  mentionsIn(article: string): Promise<MentionRecord[]> {
    return this.findings.mentions(article);
  }

  proposals(query: FindingQuery): Promise<ProposalRecord[]> {
    return this.findings.proposals(query);
  }

  proposalById(id: string): Promise<ProposalRecord | null> {
    return this.findings.proposal(id);
  }

  candidates(query: FindingQuery): Promise<CandidateRecord[]> {
    return this.findings.candidates(query);
  }

  candidateById(id: string): Promise<CandidateRecord | null> {
    return this.findings.candidate(id);
  }

  reviewFinding(kind: "proposal" | "candidate", review: Review): Promise<boolean> {
    return this.writes.transaction((writer) => new FindingQueries((name, params) => this.run(writer, name, params), CURATION_CODEC.count).review(kind, review));
  }

  async close(): Promise<void> {
    await this.reader.close();
    await this.db.close();
  }
}

/**
 * How many shortest paths a store hands back before they are put in order;
 * both stores must see the same set for their first paths to agree.
 */
const PATHS_CONSIDERED = 1000;

/**
 * Kùzu 0.11 crashes the process on an empty list parameter (it cannot type
 * one), so an empty list goes as a list of one empty string: no id, kind,
 * type or subject is empty, so it matches nothing, as the empty list would.
 */
const NO_IDS = [""];

/** The named COPY statement that loads a bulk step, with its slots. */
function copyQuery(step: BulkStep): [string, Slots] {
  switch (step.phase) {
    case "entities": return ["copy_entities", {}];
    case "relationships": return ["copy_relationships", { relationshipType: step.type }];
    case "evidence": return ["copy_evidence", {}];
  }
}

const sameNode = (a: InternalId, b: InternalId) => a.table === b.table && a.offset === b.offset;

function relationshipFromRow(row: Row): Relationship {
  const rel = row.rel as KuzuRel;
  const key = String(row.key);
  const other = String(row.other);
  const outgoing = sameNode(rel._src, row.keyNode as InternalId);
  return {
    id: rel.id, type: row.type as RelationshipType,
    from: outgoing ? key : other, to: outgoing ? other : key,
    properties: JSON.parse(rel.properties),
  };
}

function pathFromRow(row: Row): GraphPath {
  const nodes = row.nodes as Array<{ id: string; _id: InternalId }>;
  const idOf = (internal: InternalId) => nodes.find((n) => sameNode(n._id, internal))!.id;
  const rels = row.rels as KuzuRel[];
  return {
    nodes: nodes.map((n) => n.id),
    relationships: rels.map((r) => ({
      id: r.id, type: r._label as RelationshipType, from: idOf(r._src), to: idOf(r._dst),
      properties: JSON.parse(r.properties),
    })),
  };
}
