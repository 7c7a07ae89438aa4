/**
 * The embedded store: Kùzu in this process, one database file under the data
 * directory. Every Kùzu detail stays in this folder, so another embedded engine
 * can take its place without touching anything above the port.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import type { Connection, PreparedStatement, QueryResult } from "./engine.js";
import { NODE_KINDS, RELATIONSHIP_TYPES, TRAVERSAL_TYPES, type NodeKind, type RelationshipType } from "../../domain/ontology.js";
import { searchPattern } from "../../domain/names.js";
import type { Evidence, GraphBatch, GraphCounts, IndexedEntity, Relationship } from "../../domain/records.js";
import { CypherQueries, type Slots } from "../cypher.js";
import { StoreError } from "../errors.js";
import { remainingBudgetMs } from "../budget.js";
import { NO_SCOPE, scopedView, type RequestScope } from "../requestScope.js";
import type {
  BulkImportTimes, EntitySummary, GraphPath, GraphStore, NeighbourhoodQuery, PathQuery, RelationshipPage, RelationshipPageQuery, RelationshipQuery, SearchPage,
  SearchQuery, StoreInfo, Subgraph, TransferPage, TransferQuery,
} from "../port.js";
import { transfersFromReads } from "../transfers.js";
import { pagesFromReads } from "../pages.js";
import { neighbourhoodFromReads } from "../traversals.js";
import { BulkFolderError, readManifest } from "../bulk/folder.js";
import { bulkSteps, quotedPath, withFiles, type BulkStep } from "../bulk/steps.js";
import { readCsv, unshared } from "../bulk/csv.js";
import {
  answerRelationshipQueries, compareEvidence, compareRelationships, countsFrom, groupByKey, orderPaths, searchPage,
} from "../results.js";
import { batchSize, writeSteps } from "../writePlan.js";
import type { ChangeFilter, ChangeQuery, ChangeRecord, CurationChange, CurationOverrides } from "../curation.js";
import { CurationQueries, curationReads } from "../curationQueries.js";
import { applyChange } from "../curate.js";
import { CURATION_CODEC } from "./curation.js";
import { command, decodeEntity, ENCODING, kuzuRows, kuzuRowsSync, relationshipFromRow } from "./rows.js";
import { KUZU_STEPS, evidenceOfRow } from "./steps.js";
import { IndexChanges } from "./indexChanges.js";
import { migrateTablePerType } from "./migrate.js";
import { NameIndex } from "./searchIndex.js";
import { Derived } from "./derived.js";
import { Turns } from "./turns.js";
import { TRANSFER_INDEX_TYPES, TransferIndex } from "./transferIndex.js";
import { AdjacencyIndex } from "./adjacencyIndex.js";
import { KuzuWrites } from "./writes.js";
import { KuzuConnections } from "./connections.js";
import { forgetHolder, lockedOr, recordHolder } from "./holder.js";
import { parameters } from "./parameters.js";
import { FindingReads, type FindingQueries } from "../findings.js";

type Row = Record<string, unknown>;

/**
 * The probes that answer each direction. Both ways is a probe each way: in an
 * undirected match Kùzu 0.11's start_node() answers the end the pattern binds
 * first, not the one the relationship starts at, and the two directions joined
 * by UNION ALL with parameters crash it when prepared (SIGSEGV).
 */
const DIRECTION_QUERIES = { OUT: ["relationships_out"], IN: ["relationships_in"], BOTH: ["relationships_out", "relationships_in"] } as const;

/** Readers in the pool: enough that a long scan (an index build, a count) leaves others free on a 2–4 core machine. */
const READERS = 3;

/** Probers in the pool: as many as Node's thread pool runs asynchronous calls at once (libuv's default, 4). */
const PROBERS = 4;

/**
 * How far V8 lets the heap grow past what its last full collection kept
 * before it collects again. The in-memory indexes keep about 660 MB live at
 * 10^6 entities, and with V8's own factor building them
 * took the process past 2.7 GB of resident memory. At 30 % it peaked at
 * 1,787–1,802 MB (of 2^20 bytes) in the server, which was warm after 35–37 s;
 * the same build in one process took 33–36 s without the setting. It is the
 * process's setting, and a process that opens this store keeps nothing else
 * as large in memory.
 */
const HEAP_GROWING_PERCENT = 30;

/** Opens (and on a writable open, creates or migrates) the embedded store in `dataDir`, with a page cache of `bufferPoolMb` or Kùzu's own size. */
export async function openKuzuStore(dataDir: string, queryTimeoutMs: number, bufferPoolMb?: number): Promise<KuzuStore> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "graph.kuzu");
  const connections = await KuzuConnections.open({ file, readOnly: false, queryTimeoutMs, readers: READERS, probers: PROBERS, bufferPoolBytes: bufferPoolMb && bufferPoolMb * 2 ** 20 })
    .catch((error: unknown) => { throw lockedOr(error, dataDir, file); });
  recordHolder(dataDir);
  const store = new KuzuStore(connections, file);
  try {
    await store.bootstrap();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

export class KuzuStore extends FindingReads implements GraphStore {
  private readonly queries = CypherQueries.load("kuzu");
  /** Prepared once per reader and prober, per query text. */
  private readonly prepared = new Map<Connection, Map<string, Promise<PreparedStatement>>>();
  private readonly writes: KuzuWrites;
  /**
   * Kept in memory, as every read resolves its ids, searches would scan and a
   * drawing names hundreds of nodes:
   * built on first use after opening, then patched by each write (see takeChanges).
   * A store opened for writing is its file's only user (Kùzu locks it), so
   * nothing changes them behind its back; a read-only open lives for one command.
   */
  /**
   * The index builds that read a whole table take turns, whoever asks first — the
   * warm-up or a question during it: side by side their scans need more of Kùzu's
   * page cache than the server gives it, and one failed with "the buffer pool is full".
   */
  private readonly builds = new Turns();
  private readonly names = new Derived(async () => {
    const index = new NameIndex([]);
    for await (const rows of this.rowsThroughFile("search_texts")) {
      index.apply(new Map(rows.map((r) => {
        const id = unshared(String(r.id));
        return [id, { id, kind: r.kind as NodeKind, name: unshared(String(r.name)), searchText: unshared(String(r.searchText)) }];
      })));
    }
    return index;
  }, this.builds);
  private readonly redirects = new Derived(async () => new Map((await this.read("redirects")).map((r) => [String(r.id), String(r.target)])));
  private readonly transferIndex = new Derived(async () => {
    const index = new TransferIndex();
    // Most of these relationships have the same few properties (a party's role): one frozen object serves each.
    const shared = new Map<string, Relationship["properties"]>();
    const propertiesOf = (text: string) => shared.get(text) ?? shared.set(text, Object.freeze(JSON.parse(text))).get(text)!;
    for await (const rows of this.rowsThroughFile("transfer_relationships", { relationshipTypes: TRANSFER_INDEX_TYPES })) {
      index.apply(new Map(rows.map((row) => {
        const id = unshared(String(row.id));
        const r = { id, type: ofType(String(row.type)), from: unshared(String(row.from)), to: unshared(String(row.to)), properties: propertiesOf(String(row.properties)) };
        return [id, r];
      })), []);
    }
    return index;
  }, this.builds);
  private readonly adjacency = new Derived(() => AdjacencyIndex.build(this.linesThroughFile("relationship_ends")), this.builds);
  /** Curation's reads, redirects among them, outside any write transaction. */
  private readonly curation: CurationQueries;
  protected readonly findings: FindingQueries;
  /** The request this store serves: none but in a view (`within`). */
  private readonly scope: RequestScope = NO_SCOPE;

  constructor(private readonly connections: KuzuConnections, private readonly file: string) {
    super();
    for (const connection of [...connections.readers, ...connections.probers]) this.prepared.set(connection, new Map());
    this.writes = new KuzuWrites(connections);
    ({ curation: this.curation, findings: this.findings } = curationReads((name, params, slots) => this.read(name, params, slots), CURATION_CODEC));
  }

  /** A named query on a reader of its own. */
  private read(name: string, params: Row = {}, slots: Slots = {}): Promise<Row[]> {
    return this.connections.read((reader) => this.run(reader, name, params, slots), this.scope.budget);
  }

  /**
   * A whole-table read for an index build, through a CSV file Kùzu writes
   * itself (see rows_to_file.cypher), a chunk of lines at a time so the build
   * need not hold them all at once; every value comes back as a string, in
   * the order `columns` names. A build serves every later question, so it is
   * held to no request's budget, nor to the store's per-query limit.
   */
  private async *linesThroughFile(name: string, slots: Slots = {}): AsyncGenerator<{ columns: string[]; lines: string[][] }> {
    const dir = mkdtempSync(join(tmpdir(), "kg-index-"));
    const file = join(dir, `${name}.csv`);
    try {
      const statement = this.queries.get("rows_to_file").replace("<query>", withoutComments(this.queries.get(name, slots))).replace("<file>", quotedPath(file));
      await this.connections.read(async (reader) => {
        reader.setQueryTimeout(INDEX_BUILD_TIMEOUT_MS);
        await command(reader, statement).catch((error: unknown) => {
          if (!/buffer pool is full/i.test((error as Error).message)) throw error;
          throw new StoreError("STORE_UNAVAILABLE", `Kùzu's page cache is too small to build the in-memory index from ${name}: raise KG_KUZU_BUFFER_MB`, { cause: error });
        });
      });
      let columns: string[] | null = null;
      for await (const lines of readCsv(file)) {
        columns ??= lines.shift()!;
        yield { columns, lines };
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** The same, each line as a row keyed by column. */
  private async *rowsThroughFile(name: string, slots: Slots = {}): AsyncGenerator<Row[]> {
    for await (const { columns, lines } of this.linesThroughFile(name, slots)) {
      yield lines.map((values) => Object.fromEntries(columns.map((column, i) => [column, values[i]])));
    }
  }

  /** A named query, or a step carried out in code; inside a write, `changes` learns what it changes of the indexes. */
  private async run(connection: Connection, name: string, params: Row = {}, slots: Slots = {}, changes?: IndexChanges): Promise<Row[]> {
    // A query whose request has run out of time does not start.
    remainingBudgetMs(this.scope.budget, `Kùzu's ${name}`);
    const step = KUZU_STEPS[name];
    if (step) return step((query, values, querySlots) => this.run(connection, query, values, querySlots, changes), params, slots);
    const text = this.queries.get(name, slots);
    const rows = await this.execute(connection, name, text, params);
    changes?.after(name, params, slots, text, rows);
    return rows;
  }

  /**
   * A query on `connection`: prepared once and held to its request's budget on a reader or prober, prepared
   * afresh on a writer. `rowsOf` reads the result: probes read theirs synchronously (see `probe`).
   */
  private async execute(
    connection: Connection, name: string, text: string, params: Row,
    rowsOf: (result: QueryResult | QueryResult[]) => Row[] | Promise<Row[]> = kuzuRows,
  ): Promise<Row[]> {
    const values = parameters(params);
    if (!this.prepared.has(connection)) return rowsOf(await connection.execute(await connection.prepare(text), values));
    this.connections.limitToBudget(connection, `Kùzu's ${name}`, this.scope.budget);
    try {
      return await rowsOf(await connection.execute(await this.statement(connection, text), values));
    } catch (error) {
      throw timeoutAsStoreError(error, name);
    }
  }

  /** `text` prepared on `connection`, once. */
  private statement(connection: Connection, text: string): Promise<PreparedStatement> {
    const prepared = this.prepared.get(connection)!;
    let statement = prepared.get(text);
    if (!statement) {
      statement = connection.prepare(text);
      prepared.set(text, statement);
    }
    return statement;
  }

  async bootstrap(): Promise<void> {
    const [reader] = this.connections.readers;
    for (const statement of this.queries.statements("schema")) await command(reader, statement);
    await migrateTablePerType(reader, this.writes, (connection, name, slots) => this.run(connection, name, {}, slots));
  }

  async info(): Promise<StoreInfo> {
    const [row] = await this.read("version");
    return { store: "kuzu", version: String(row.version), location: this.file };
  }

  /** Every index built, one after another (see `builds`). */
  async warmUp(): Promise<void> {
    for (const index of [this.names, this.redirects, this.transferIndex, this.adjacency]) await index.get();
  }

  /** A write transaction whose changes the in-memory indexes take as soon as it commits. */
  private writeEntities<T>(work: (run: (name: string, params?: Row, slots?: Slots) => Promise<Row[]>) => Promise<T>): Promise<T> {
    const changes = new IndexChanges();
    return this.writes.transaction(
      (writer) => work((name, params, slots) => this.run(writer, name, params, slots, changes)),
      () => this.takeChanges(changes),
      this.scope.budget,
    );
  }

  /** Patches the indexes with a committed write's changes; a write too large or not followed rebuilds them. */
  private takeChanges(changes: IndexChanges): void {
    if (changes.rebuild || changes.size > PATCH_LIMIT) {
      this.rebuildIndexes();
      return;
    }
    if (changes.redirects) this.redirects.reset();
    if (changes.entities.size > 0) this.names.patch((index) => index.apply(changes.entities));
    if (changes.relationships.size > 0 || changes.detachedEntities.size > 0) {
      this.transferIndex.patch((index) => index.apply(changes.relationships, changes.detachedEntities));
      this.adjacency.patch((index) => index.apply(changes.relationships, changes.detachedEntities));
    }
  }

  private rebuildIndexes(): void {
    this.names.reset();
    this.redirects.reset();
    this.transferIndex.reset();
    this.adjacency.reset();
  }

  async replaceOrigin(origin: string, batch: GraphBatch, onProgress?: (done: number, total: number) => void): Promise<void> {
    const total = batchSize(batch);
    let done = 0;
    await this.writeEntities(async (run) => {
      for (const step of writeSteps(origin, batch, ENCODING)) {
        await run(step.query, step.params, step.slots);
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
      for (const copy of this.copyStatements(steps)) {
        const started = performance.now();
        await command(writer, copy.statement);
        times[copy.phase] += (performance.now() - started) / 1000;
        done += copy.rows;
        onProgress?.(done, total);
      }
    }, () => this.rebuildIndexes());
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
    const [row] = await this.read("read_marker", { key });
    return row ? String(row.value) : null;
  }

  async writeMarker(key: string, value: string): Promise<void> {
    await this.writes.transaction((writer) => this.run(writer, "write_marker", { key, value }), undefined, this.scope.budget);
  }

  /**
   * Runs a one-key query once per distinct key and gathers the rows, in the
   * keys' order. The probes run side by side, one lane per prober, each lane
   * queueing again for a prober after each of its probes: a long batch shares
   * the probers with the requests that come after it instead of holding them,
   * and the event loop stays free for the requests' own work meanwhile. A
   * probe whose request has run out of time does not start.
   */
  private async perKey(name: string, keys: readonly string[], params: Row = {}): Promise<Row[]> {
    const answers = await this.probeEach([...new Set(keys)].map((id) => ({ name, params: { ...params, id } })));
    return answers.flat();
  }

  private async probeEach(probes: ReadonlyArray<{ name: string; params: Row }>): Promise<Row[][]> {
    const answers: Row[][] = new Array(probes.length);
    let next = 0;
    const lane = async () => {
      while (next < probes.length) {
        const at = next++;
        const { name, params } = probes[at];
        try {
          answers[at] = await this.connections.probe((prober) => this.probe(prober, name, params), this.scope.budget);
        } catch (error) {
          next = probes.length;
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.connections.probers.length, probes.length) }, lane));
    return answers;
  }

  /** One probe, its rows read synchronously: for a handful of rows that costs less than another trip off the event loop. */
  private probe(prober: Connection, name: string, params: Row): Promise<Row[]> {
    return this.execute(prober, name, this.queries.get(name), params, kuzuRowsSync);
  }

  async entitiesById(ids: readonly string[]): Promise<(IndexedEntity | null)[]> {
    const live = await this.resolve(ids);
    const rows = await this.perKey("entity_by_id", live);
    const found = new Map(rows.map((r) => [String(r.id), decodeEntity(r)]));
    return live.map((id) => found.get(id) ?? null);
  }

  /** From the name index, which holds every entity's kind and name: no probe at all. */
  async entitySummaries(ids: readonly string[]): Promise<(EntitySummary | null)[]> {
    const [live, names] = await Promise.all([this.resolve(ids), this.names.get()]);
    return live.map((id) => names.summary(id));
  }

  async listEntities(query: { kinds: readonly NodeKind[]; limit: number; offset: number }): Promise<string[]> {
    const kinds = query.kinds.length ? query.kinds : NODE_KINDS;
    const rows = await this.read("list_entities", { kinds: [...kinds], limit: query.limit, offset: query.offset });
    return rows.map((r) => String(r.id));
  }

  async relationshipsOf(queries: readonly RelationshipQuery[]): Promise<Relationship[][]> {
    const live = await this.resolve(queries.map((q) => q.entityId));
    return answerRelationshipQueries(queries.map((q, i) => ({ ...q, entityId: live[i] })), async (direction, types, ids) => {
      const unique = [...new Set(ids)];
      const probes = DIRECTION_QUERIES[direction].flatMap((name) => unique.map((id) => ({ name, params: { types: [...types], id } })));
      return (await this.probeEach(probes)).flat().map((row) => ({ key: String(row.key), item: relationshipFromRow(row) }));
    });
  }

  /** Found in the adjacency index, then each one's properties by probe (see withProperties). */
  async relationshipsById(ids: readonly string[]): Promise<(Relationship | null)[]> {
    const index = await this.adjacency.get();
    const found = await this.withProperties(index, [...index.find(ids).values()]);
    return ids.map((id) => found.get(id) ?? null);
  }

  /**
   * Relationships from the adjacency index with their properties, each read
   * by a probe from the end with fewer relationships: Kùzu indexes no
   * relationship id. One that a write took away meanwhile is left out.
   */
  private async withProperties(index: AdjacencyIndex, relationships: readonly Relationship[]): Promise<Map<string, Relationship>> {
    const distinct = [...new Map(relationships.map((r) => [r.id, r])).values()];
    const answers = await this.probeEach(distinct.map((r) => {
      const [name, end] = index.degree(r.from) <= index.degree(r.to) ? ["relationship_leaving", r.from] : ["relationship_entering", r.to];
      return { name, params: { id: end, relationship: r.id } };
    }));
    const whole = new Map<string, Relationship>();
    distinct.forEach((r, i) => {
      const [row] = answers[i];
      if (row) whole.set(r.id, { ...r, properties: JSON.parse(String(row.properties)) });
    });
    return whole;
  }

  /** Pages whose relationships' properties are not asked for list them from the adjacency index, the rest by probe. */
  relationshipPages(queries: readonly RelationshipPageQuery[]): Promise<RelationshipPage[]> {
    return pagesFromReads({
      entitiesById: (ids) => this.entitiesById(ids),
      entitySummaries: (ids) => this.entitySummaries(ids),
      evidenceFor: (subjects) => this.evidenceFor(subjects),
      relationshipsOf: async (lists) => {
        const probed = lists.filter((q) => q.include.properties);
        const [index, live, answers] = await Promise.all([
          this.adjacency.get(), this.resolve(lists.map((q) => q.entityId)), this.relationshipsOf(probed),
        ]);
        const answerOf = new Map(probed.map((q, i) => [q, answers[i]]));
        return lists.map((q, i) => answerOf.get(q) ?? index.relationshipsOf(live[i], q.types.length ? q.types : RELATIONSHIP_TYPES, q.direction).sort(compareRelationships));
      },
    }, queries);
  }

  async evidenceFor(subjects: readonly string[]): Promise<Evidence[][]> {
    const live = await this.resolve(subjects);
    const rows = await this.perKey("subject_evidence", live);
    const items = rows.flatMap((row) => evidenceOfRow(row).map((item) => ({ key: item.subject, item })));
    return groupByKey(live, items, compareEvidence);
  }

  /** Hits from the name index; their entities whole by probe, or their summaries from the index itself. */
  async search(query: SearchQuery): Promise<SearchPage> {
    const pattern = searchPattern(query.text);
    if (!pattern) return searchPage(query, [], 0);
    const kinds = new Set<NodeKind>(query.kinds.length ? query.kinds : NODE_KINDS);
    const names = await this.names.get();
    const { total, page } = names.search(pattern, kinds, query.limit, query.offset);
    const entities = query.entities === "summaries" ? page.map((m) => names.summary(m.id)) : await this.entitiesById(page.map((m) => m.id));
    // The index counts as it ranks, for nothing saved; left out uncounted, as Neo4j leaves it.
    return searchPage(query, page.flatMap((match, i) => (entities[i] ? [{ ...match, entity: entities[i]! }] : [])), total);
  }

  /** Ids merged away answer as their survivors (redirects are one hop long). */
  private async resolve(ids: readonly string[]): Promise<string[]> {
    const redirects = await this.redirects.get();
    return ids.map((id) => redirects.get(id) ?? id);
  }

  /**
   * A drawing's neighbourhood — ids, types and ends of its edges — from the
   * adjacency index; one whose edges bring their properties through probes,
   * a level at a time, as the properties are not in the index.
   */
  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null> {
    if (query.edgeProperties !== false) return neighbourhoodFromReads(this, query);
    const [centre] = await this.entitySummaries([query.id]);
    if (!centre) return null;
    const [index, names] = await Promise.all([this.adjacency.get(), this.names.get()]);
    const reach = index.neighbourhood(centre.id, query.depth, query.types.length ? query.types : TRAVERSAL_TYPES, query.limit);
    const nodes = [...reach.distances.keys()].flatMap((id) => names.summary(id) ?? []);
    return { nodes, distances: reach.distances, edges: reach.edges, truncated: reach.truncated };
  }

  /** Relationships from the transfer index (ids resolved as every read resolves them), whole entities by probe, summaries from the name index. */
  async transfers(query: TransferQuery): Promise<TransferPage> {
    const index = await this.transferIndex.get();
    return transfersFromReads({
      relationshipsOf: async (queries) => {
        const live = await this.resolve(queries.map((q) => q.entityId));
        return index.relationshipsOf(queries.map((q, i) => ({ ...q, entityId: live[i] })));
      },
      entitiesById: (ids) => this.entitiesById(ids),
      entitySummaries: (ids) => this.entitySummaries(ids),
      listEntities: (q) => this.listEntities(q),
    }, query);
  }

  /**
   * Shortest paths found in the adjacency index; then, for the paths kept only and as the
   * query asks, the relationships' properties and the entities whole by probe, or the
   * entities' summaries from the name index.
   */
  async shortestPaths(query: PathQuery): Promise<GraphPath[]> {
    const relationshipTypes: readonly RelationshipType[] = query.types.length ? query.types : TRAVERSAL_TYPES;
    const [[from, to], index] = await Promise.all([this.resolve([query.from, query.to]), this.adjacency.get()]);
    const started = performance.now();
    const inTime = () => {
      remainingBudgetMs(this.scope.budget, "the next level of a path search");
      if (performance.now() - started > this.connections.queryTimeoutMs) throw new StoreError("STORE_TIMEOUT", "a path search ran past the store's time limit");
    };
    const paths = orderPaths(index.shortestPaths(from, to, relationshipTypes, query.maxLength, PATHS_CONSIDERED, inTime), query.limit);
    const ids = [...new Set(paths.flatMap((p) => p.nodes))];
    const [whole, entities] = await Promise.all([
      query.relationshipProperties === false ? new Map<string, Relationship>() : this.withProperties(index, paths.flatMap((p) => p.relationships)),
      query.entities === "summaries" ? this.entitySummaries(ids) : this.entitiesById(ids),
    ]);
    const byId = new Map(entities.flatMap((e) => (e ? [[e.id, e]] : [])));
    return paths.map((p) => ({
      nodes: p.nodes,
      relationships: p.relationships.map((r) => whole.get(r.id) ?? r),
      entities: p.nodes.map((id) => byId.get(id)!),
    }));
  }

  async counts(): Promise<GraphCounts> {
    const keyed = (rows: Row[]) => rows.map((r) => ({ key: String(r.key), count: Number(r.count) }));
    const nodes = keyed(await this.read("count_nodes"));
    const relationships = keyed(await this.read("count_relationships"));
    const [evidence] = await this.read("count_evidence");
    const [unsupported] = await this.read("count_unsupported");
    return countsFrom(nodes, relationships, Number(evidence.count), Number(unsupported.count));
  }

  async curate(change: CurationChange): Promise<ChangeRecord> {
    return this.writeEntities((run) => applyChange(new CurationQueries(run, CURATION_CODEC), change));
  }

  async changes(query: ChangeQuery): Promise<ChangeRecord[]> {
    return this.curation.changes(query);
  }

  changeCount(filter: ChangeFilter): Promise<number> {
    return this.curation.changeCount(filter);
  }

  async curationOverrides(): Promise<CurationOverrides> {
    return this.curation.overrides();
  }

  /** One process holds the store, so every read already sees every write: the scope's bookmarks play no part. */
  within(scope: RequestScope): GraphStore {
    return scopedView<KuzuStore>(this, scope, (view) => curationReads((name, params, slots) => view.read(name, params, slots), CURATION_CODEC));
  }

  async close(): Promise<void> {
    await this.connections.close();
    forgetHolder(dirname(this.file));
  }
}

/**
 * How many shortest paths a store hands back before they are put in order;
 * both stores must see the same set for their first paths to agree.
 */
const PATHS_CONSIDERED = 1000;

/**
 * The most entities and relationships a write may change for the indexes to
 * be patched; past it they are rebuilt, which then costs no more than the write.
 */
const PATCH_LIMIT = 10_000;

/** An index build's limit: at 10^6 entities one takes a few seconds. */
const INDEX_BUILD_TIMEOUT_MS = 300_000;

/** Kùzu reports a query stopped at its timeout as "Interrupted". */
function timeoutAsStoreError(error: unknown, name: string): unknown {
  if (!/interrupt/i.test((error as Error).message)) return error;
  return new StoreError("STORE_TIMEOUT", `Kùzu stopped a query at its time budget (${name})`, { cause: error });
}

/** A query file's text without its comment lines, to be set inside another statement. */
const withoutComments = (text: string) => text.replace(/^\s*\/\/.*$/gm, "").trim();

/** The enum's own string for a type read back, so an index keeps no copy of it per relationship. */
function ofType(text: string): RelationshipType {
  const type = RELATIONSHIP_TYPES.find((t) => t === text);
  if (!type) throw new Error(`the store holds a relationship of unknown type ${text}`);
  return type;
}
