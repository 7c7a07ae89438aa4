/**
 * The embedded store: Kùzu in this process, one database file under the data
 * directory. Every Kùzu detail stays in this folder, so another embedded engine
 * can take its place without touching anything above the port.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Connection, Database, type KuzuValue, type PreparedStatement } from "kuzu";
import { NODE_KINDS, TRAVERSAL_TYPES, type NodeKind, type RelationshipType } from "../../domain/ontology.js";
import { searchPattern } from "../../domain/names.js";
import type { Evidence, GraphBatch, GraphCounts, IndexedEntity, Relationship } from "../../domain/records.js";
import { CypherQueries, type Slots } from "../cypher.js";
import { StoreError } from "../errors.js";
import type {
  BulkImportTimes, EntitySummary, GraphPath, GraphStore, NeighbourhoodQuery, PathQuery, RelationshipPage, RelationshipPageQuery, RelationshipQuery, SearchPage,
  SearchQuery, StoreInfo, Subgraph, TransferPage, TransferQuery,
} from "../port.js";
import { transfersFromReads } from "../transfers.js";
import { pagesFromReads } from "../pages.js";
import { neighbourhoodFromReads } from "../traversals.js";
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
import { command, decodeEntity, ENCODING, kuzuRows, kuzuRowsSync } from "./rows.js";
import { KUZU_STEPS, evidenceOfRow } from "./steps.js";
import { migrateTablePerType } from "./migrate.js";
import { NameIndex, type IndexedName } from "./searchIndex.js";
import { Derived } from "./derived.js";
import { KuzuWrites } from "./writes.js";
import { FindingQueries, FindingReads } from "../findings.js";

type Row = Record<string, unknown>;

const DIRECTION_QUERY = { OUT: "relationships_out", IN: "relationships_in", BOTH: "relationships_both" } as const;

export class KuzuStore extends FindingReads implements GraphStore {
  private readonly db: Database;
  /** Scans, searches and traversals: Kùzu spreads each over every core. */
  private readonly reader: Connection;
  /**
   * Primary-key probes, one key each, on one thread: spreading a probe over the
   * cores costs more than it saves (0.17 → 0.11 ms a probe at 10^6 entities).
   * One connection: Kùzu 0.11 crashed the process (SIGSEGV) when probes ran
   * on two connections at once.
   */
  private readonly prober: Connection;
  private readonly queries = CypherQueries.load("kuzu");
  /** Prepared once: the reader's per query text, asynchronously; the prober's (no slots) per name, synchronously. */
  private readonly prepared = new Map<Connection, Map<string, Promise<PreparedStatement>>>();
  private readonly probes = new Map<string, PreparedStatement>();
  private readonly file: string;
  private readonly writes: KuzuWrites;
  /**
   * Kept in memory, as every read resolves its ids and searches would scan:
   * built on first use after opening or after a write that may change them.
   * This process is the store's only writer (Kùzu locks the file), so nothing
   * changes them behind its back.
   */
  private readonly names = new Derived(async () => new NameIndex(await this.run(this.reader, "search_texts") as unknown as IndexedName[]));
  private readonly redirects = new Derived(async () => new Map((await this.run(this.reader, "redirects")).map((r) => [String(r.id), String(r.target)])));
  /** Curation's reads, redirects among them, outside any write transaction. */
  private readonly curation: CurationQueries;
  protected readonly findings: FindingQueries;

  constructor(dataDir: string, queryTimeoutMs: number) {
    super();
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, "graph.kuzu");
    this.db = new Database(this.file);
    this.reader = new Connection(this.db);
    this.prober = new Connection(this.db);
    this.prober.setMaxNumThreadForExec(1);
    // Reads only: a write (a load, a merge) must finish or roll back whole.
    for (const connection of [this.reader, this.prober]) connection.setQueryTimeout(queryTimeoutMs);
    this.prepared.set(this.reader, new Map());
    this.writes = new KuzuWrites(this.db);
    this.curation = new CurationQueries((name, params, slots) => this.run(this.reader, name, params, slots), CURATION_CODEC);
    this.findings = new FindingQueries((name, params) => this.run(this.reader, name, params), CURATION_CODEC.count);
  }

  private async run(connection: Connection, name: string, params: Row = {}, slots: Slots = {}): Promise<Row[]> {
    const step = KUZU_STEPS[name];
    if (step) return step((query, values, querySlots) => this.run(connection, query, values, querySlots), params, slots);
    const text = this.queries.get(name, slots);
    const values = parameters(params);
    const prepared = this.prepared.get(connection);
    if (!prepared) return kuzuRows(await connection.execute(await connection.prepare(text), values));
    let statement = prepared.get(text);
    if (!statement) {
      statement = connection.prepare(text);
      prepared.set(text, statement);
    }
    try {
      return await kuzuRows(await connection.execute(await statement, values));
    } catch (error) {
      throw timeoutAsStoreError(error, name);
    }
  }

  async bootstrap(): Promise<void> {
    for (const statement of this.queries.statements("schema")) await command(this.reader, statement);
    await migrateTablePerType(this.reader, this.writes, (connection, name, slots) => this.run(connection, name, {}, slots));
  }

  async info(): Promise<StoreInfo> {
    const [row] = await this.run(this.reader, "version");
    return { store: "kuzu", version: String(row.version), location: this.file };
  }

  /** A write transaction after which the name index is built anew. */
  private writeEntities<T>(work: (writer: Connection) => Promise<T>): Promise<T> {
    return this.writes.transaction(work).finally(() => {
      this.names.reset();
      this.redirects.reset();
    });
  }

  async replaceOrigin(origin: string, batch: GraphBatch, onProgress?: (done: number, total: number) => void): Promise<void> {
    const total = batchSize(batch);
    let done = 0;
    await this.writeEntities(async (writer) => {
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
    await this.writeEntities(async (writer) => {
      for (const copy of this.copyStatements(steps)) {
        const started = performance.now();
        await command(writer, copy.statement);
        times[copy.phase] += (performance.now() - started) / 1000;
        done += copy.rows;
        onProgress?.(done, total);
      }
    });
    return times;
  }

  /** One COPY per phase: every relationship type's files go into the one table at once. */
  private copyStatements(steps: readonly BulkStep[]): { phase: BulkStep["phase"]; statement: string; rows: number }[] {
    const relationshipSteps = steps.filter((s) => s.phase === "relationships");
    const copies = steps.filter((s) => s.phase !== "relationships").map((step) => ({
      phase: step.phase, rows: step.rows,
      statement: withFiles(this.queries.get(step.phase === "entities" ? "copy_entities" : "copy_evidence"), step.files),
    }));
    if (relationshipSteps.length === 0) return copies;
    const sources = relationshipSteps.map((step) => withFiles(this.queries.get("copy_relationship_source", { relationshipType: step.type }), step.files));
    const relationships = {
      phase: "relationships" as const,
      rows: relationshipSteps.reduce((sum, s) => sum + s.rows, 0),
      statement: this.queries.get("copy_relationships").replace("<sources>", sources.map(withoutComments).join(" UNION ALL ")),
    };
    // Entities first, then the relationships between them, then evidence.
    return [...copies.filter((c) => c.phase === "entities"), relationships, ...copies.filter((c) => c.phase === "evidence")];
  }

  async readMarker(key: string): Promise<string | null> {
    const [row] = await this.run(this.reader, "read_marker", { key });
    return row ? String(row.value) : null;
  }

  async writeMarker(key: string, value: string): Promise<void> {
    await this.writes.transaction((writer) => this.run(writer, "write_marker", { key, value }));
  }

  /**
   * Runs a one-key query once per distinct key, one after another on the
   * prober, and gathers the rows. Probes run synchronously — one takes about
   * 0.1 ms, less than handing it to a worker thread and back costs (at 10^6
   * entities a 2-hop neighbourhood went from 288 to 159 ms) — and a long
   * batch gives the event loop a turn every few milliseconds, so other
   * requests and health checks are not held up behind it.
   */
  private async perKey(name: string, keys: readonly string[], params: Row = {}): Promise<Row[]> {
    const rows: Row[] = [];
    let sliceStart = performance.now();
    for (const id of new Set(keys)) {
      rows.push(...this.probe(name, { ...params, id }));
      if (performance.now() - sliceStart > PROBE_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    return rows;
  }

  private probe(name: string, params: Row): Row[] {
    let statement = this.probes.get(name);
    if (!statement) {
      statement = this.prober.prepareSync(this.queries.get(name));
      this.probes.set(name, statement);
    }
    try {
      return kuzuRowsSync(this.prober.executeSync(statement, parameters(params)));
    } catch (error) {
      throw timeoutAsStoreError(error, name);
    }
  }

  async entitiesById(ids: readonly string[]): Promise<(IndexedEntity | null)[]> {
    const live = await this.resolve(ids);
    const rows = await this.perKey("entity_by_id", live);
    const found = new Map(rows.map((r) => [String(r.id), decodeEntity(r)]));
    return live.map((id) => found.get(id) ?? null);
  }

  /** Probes read whole rows either way, so a summary costs the same as the entity. */
  async entitySummaries(ids: readonly string[]): Promise<(EntitySummary | null)[]> {
    return (await this.entitiesById(ids)).map((e) => e && { id: e.id, kind: e.kind, name: e.name });
  }

  async listEntities(query: { kinds: readonly NodeKind[]; limit: number; offset: number }): Promise<string[]> {
    const kinds = query.kinds.length ? query.kinds : NODE_KINDS;
    const rows = await this.run(this.reader, "list_entities", { kinds: [...kinds], limit: query.limit, offset: query.offset });
    return rows.map((r) => String(r.id));
  }

  async relationshipsOf(queries: readonly RelationshipQuery[]): Promise<Relationship[][]> {
    const live = await this.resolve(queries.map((q) => q.entityId));
    return answerRelationshipQueries(queries.map((q, i) => ({ ...q, entityId: live[i] })), async (direction, types, ids) => {
      const rows = await this.perKey(DIRECTION_QUERY[direction], ids, { types: [...types] });
      return rows.map((row) => ({ key: String(row.key), item: relationshipFromRow(row) }));
    });
  }

  relationshipPages(queries: readonly RelationshipPageQuery[]): Promise<RelationshipPage[]> {
    return pagesFromReads(this, queries);
  }

  async evidenceFor(subjects: readonly string[]): Promise<Evidence[][]> {
    const live = await this.resolve(subjects);
    const rows = await this.perKey("subject_evidence", live);
    const items = rows.flatMap((row) => evidenceOfRow(row).map((item) => ({ key: item.subject, item })));
    return groupByKey(live, items, compareEvidence);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const pattern = searchPattern(query.text);
    if (!pattern) return { total: 0, hits: [] };
    const kinds = new Set<NodeKind>(query.kinds.length ? query.kinds : NODE_KINDS);
    const { total, page } = (await this.names.get()).search(pattern, kinds, query.limit, query.offset);
    const entities = await this.entitiesById(page.map((m) => m.id));
    return { total, hits: page.flatMap((match, i) => (entities[i] ? [{ ...match, entity: entities[i]! }] : [])) };
  }

  /** Ids merged away answer as their survivors (redirects are one hop long). */
  private async resolve(ids: readonly string[]): Promise<string[]> {
    const redirects = await this.redirects.get();
    return ids.map((id) => redirects.get(id) ?? id);
  }

  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null> {
    return neighbourhoodFromReads(this, query);
  }

  transfers(query: TransferQuery): Promise<TransferPage> {
    return transfersFromReads(this, query);
  }

  async shortestPaths(query: PathQuery): Promise<GraphPath[]> {
    const relationshipTypes: readonly RelationshipType[] = query.types.length ? query.types : TRAVERSAL_TYPES;
    const [from, to] = await this.resolve([query.from, query.to]);
    const rows = await this.run(
      this.reader, "shortest_paths",
      { from, to, limit: PATHS_CONSIDERED },
      { relationshipTypes, maxLength: query.maxLength },
    );
    const paths = orderPaths(rows.map(pathFromRow), query.limit);
    const entities = await this.entitiesById([...new Set(paths.flatMap((p) => p.nodes))]);
    const byId = new Map(entities.flatMap((e) => (e ? [[e.id, e]] : [])));
    return paths.map((p) => ({ ...p, entities: p.nodes.map((id) => byId.get(id)!) }));
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
    return this.writeEntities((writer) => applyChange(
      new CurationQueries((name, params, slots) => this.run(writer, name, params, slots), CURATION_CODEC), change,
    ));
  }

  async changes(query: ChangeQuery): Promise<ChangeRecord[]> {
    return this.curation.changes(query);
  }

  async curationOverrides(): Promise<CurationOverrides> {
    return this.curation.overrides();
  }

  async close(): Promise<void> {
    await this.prober.close();
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

/** The longest the prober runs synchronously before letting the event loop take a turn. */
const PROBE_SLICE_MS = 10;

function parameters(params: Row): Record<string, KuzuValue> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) && v.length === 0 ? NO_IDS : v]),
  ) as Record<string, KuzuValue>;
}

/** Kùzu reports a query stopped at its timeout as "Interrupted". */
function timeoutAsStoreError(error: unknown, name: string): unknown {
  if (!/interrupt/i.test((error as Error).message)) return error;
  return new StoreError("STORE_TIMEOUT", `Kùzu stopped a query at its time budget (${name})`, { cause: error });
}

/** A query file's text without its comment lines, to be set inside another statement. */
const withoutComments = (text: string) => text.replace(/^\s*\/\/.*$/gm, "").trim();

function relationshipFromRow(row: Row): Relationship {
  return {
    id: String(row.id), type: row.type as RelationshipType,
    from: String(row.from), to: String(row.to),
    properties: JSON.parse(String(row.properties)),
  };
}

/** A path's relationships carry their ends' ids (see schema.cypher), so its nodes need no lookup. */
function pathFromRow(row: Row): Omit<GraphPath, "entities"> {
  const nodes = row.nodes as Array<{ id: string }>;
  const rels = row.rels as Array<{ id: string; type: string; fromId: string; toId: string; properties: string }>;
  return {
    nodes: nodes.map((n) => n.id),
    relationships: rels.map((r) => relationshipFromRow({ ...r, from: r.fromId, to: r.toId })),
  };
}
