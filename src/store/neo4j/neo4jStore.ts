/**
 * The production store: Neo4j through neo4j-driver. One driver per store, a
 * session per call closed in `finally`, reads as auto-commit queries in read
 * sessions (a cluster sends them to followers; retried here on transient
 * failures) and writes through executeWrite (retried by the driver); values
 * leave as plain JavaScript, never driver types.
 */
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type QueryResult, type Session, type SessionMode } from "neo4j-driver";
import { NODE_KINDS, PartyRole, RELATIONSHIP_TYPES, TRAVERSAL_TYPES, type NodeKind, type RelationshipType } from "../../domain/ontology.js";
import { candidateQuery, searchPattern } from "../../domain/names.js";
import type { Evidence, GraphBatch, GraphCounts, IndexedEntity, Relationship } from "../../domain/records.js";
import { CypherQueries, type Slots } from "../cypher.js";
import { BookmarkError, StoreError } from "../errors.js";
import { remainingBudgetMs } from "../budget.js";
import type {
  BulkImportTimes, EntitySummary, GraphPath, GraphStore, NeighbourhoodQuery, PathQuery, RelationshipPage, RelationshipPageQuery, RelationshipQuery, SearchPage,
  SearchQuery, StoreInfo, Subgraph, TransferPage, TransferQuery,
} from "../port.js";
import { citationFrom, wantsEvidence } from "../pages.js";
import { countryChecks, namedIds } from "../transfers.js";
import { BULK_ORIGIN } from "../bulk/folder.js";
import { bulkSteps, stepBatches, type BulkStep, type StepRecords } from "../bulk/steps.js";
import { answerRelationshipQueries, compareEvidence, compareIds, countsFrom, groupByKey, orderPaths, searchPage } from "../results.js";
import { batchSize, writeSteps } from "../writePlan.js";
import type { ChangeFilter, ChangeQuery, ChangeRecord, CurationChange, CurationOverrides } from "../curation.js";
import { CurationQueries, curationReads, type RunQuery } from "../curationQueries.js";
import { FindingReads, type FindingQueries } from "../findings.js";
import { curateRetryingConflicts, CURATION_CODEC } from "./curation.js";
import { retryingRead } from "./readRetry.js";
import { givenBookmarks, recordWritten } from "./bookmarks.js";
import { NO_SCOPE, scopedView, type RequestScope } from "../requestScope.js";
import { decodeEntity, decodeEvidence, ENCODING, plain, relationshipProperties } from "./values.js";

/** Driver failures that mean "the server is away" or "it took too long"; any other error passes unchanged. */
function asStoreError(error: unknown): unknown {
  const code = (error as { code?: string })?.code ?? "";
  if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED) {
    return new StoreError("STORE_UNAVAILABLE", `Neo4j is not reachable: ${(error as Error).message}`, { cause: error });
  }
  if (code.includes("InvalidBookmark")) return new BookmarkError(`Neo4j refused the bookmark: ${(error as Error).message}`, { cause: error });
  // The pool gives up waiting for a connection (every one busy, or Neo4j not answering) with no code, only these words.
  if (/^Connection acquisition timed out/.test((error as Error)?.message ?? "")) {
    return new StoreError("STORE_UNAVAILABLE", `Neo4j has no free connection: ${(error as Error).message}`, { cause: error });
  }
  if (code.includes("TransactionTimedOut")) return new StoreError("STORE_TIMEOUT", `Neo4j stopped a query at its time budget: ${(error as Error).message}`, { cause: error });
  // A transient failure still there when the retries stop (a deadlock, a database restarting).
  if (isRetryableError(error)) return new StoreError("STORE_UNAVAILABLE", `Neo4j failed transiently: ${(error as Error).message}`, { cause: error });
  return error;
}

export interface Neo4jConfig {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** Time budget of one read, and how long a read or a write is tried again on transient failures. */
  readonly queryTimeoutMs: number;
}

type Row = Record<string, unknown>;

const DIRECTION_QUERY = { OUT: "relationships_out", IN: "relationships_in", BOTH: "relationships_both" } as const;

/** See the embedded store: both must consider the same set of shortest paths. */
const PATHS_CONSIDERED = 1000;

export class Neo4jStore extends FindingReads implements GraphStore {
  private readonly driver: Driver;
  private readonly bookmarkManager = neo4j.bookmarkManager();
  private readonly queries = CypherQueries.load("neo4j");
  /** Curation's reads, redirects among them. */
  private readonly curation: CurationQueries;
  protected readonly findings: FindingQueries;
  /** The request this store serves: none but in a view (`within`). */
  private readonly scope: RequestScope = NO_SCOPE;

  constructor(private readonly config: Neo4jConfig) {
    super();
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      userAgent: "health-cooperation-kg",
      // A request must not wait out the driver's defaults (30 s of retries, 60 s for a connection)
      // while Neo4j is away: it fails within the query budget as STORE_UNAVAILABLE and the next one tries again.
      maxTransactionRetryTime: config.queryTimeoutMs,
      connectionAcquisitionTimeout: config.queryTimeoutMs,
      connectionTimeout: config.queryTimeoutMs,
    });
    ({ curation: this.curation, findings: this.findings } = curationReads((name, params, slots) => this.read(name, params, slots), CURATION_CODEC));
  }

  within(scope: RequestScope): GraphStore {
    return scopedView<Neo4jStore>(this, scope, (view) => curationReads((name, params, slots) => view.read(name, params, slots), CURATION_CODEC));
  }

  /**
   * A read is an auto-commit query in a read session: one round trip (a read
   * transaction costs BEGIN and COMMIT besides), a cluster runs it on a reader,
   * it waits for the writes the process's bookmark manager and the request's
   * bookmarks name, and retryingRead tries it again when a member goes away mid-read.
   */
  private read(name: string, params: Row = {}, slots: Slots = {}): Promise<Row[]> {
    return this.runRead(this.queries.get(name, slots), params);
  }

  private async runRead(text: string, params: Row): Promise<Row[]> {
    try {
      return await retryingRead(async () => {
        // Neo4j ends the query at its timeout: a read never outlives its own budget, nor its request's.
        const timeout = Math.min(this.config.queryTimeoutMs, remainingBudgetMs(this.scope.budget, "a Neo4j read") ?? Infinity);
        const session = this.session(neo4j.session.READ);
        try {
          return rowsOf(await runWithoutCallerStack(session, text, params, timeout));
        } finally {
          await session.close();
        }
      }, this.config.queryTimeoutMs, this.scope.budget);
    } catch (error) {
      throw asStoreError(error);
    }
  }

  /**
   * A write made for a request has what is left of the request's budget, and
   * Neo4j rolls it back whole at that timeout, also while it waits for a
   * lock; one that the retries reach after the deadline never starts, and one
   * whose work ends after it is rolled back instead of committed. A write
   * outside a request (a load) has no budget: it must finish or roll back whole.
   */
  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const timeout = remainingBudgetMs(this.scope.budget, "a Neo4j write");
    const session = this.session(neo4j.session.WRITE);
    try {
      const result = timeout === null
        ? await session.executeWrite(work)
        : await session.executeWrite(async (tx) => {
          remainingBudgetMs(this.scope.budget, "a Neo4j write");
          const done = await work(tx);
          // Neo4j looks for timed-out transactions only every few seconds: one past its deadline must not commit.
          remainingBudgetMs(this.scope.budget, "committing a Neo4j write");
          return done;
        }, { timeout });
      recordWritten(this.scope, session.lastBookmarks());
      return result;
    } catch (error) {
      throw asStoreError(error);
    } finally {
      await session.close();
    }
  }

  /** Every session shares the process's bookmark manager and carries the request's bookmarks. */
  private session(defaultAccessMode: SessionMode) {
    return this.driver.session({ database: this.config.database, defaultAccessMode, bookmarkManager: this.bookmarkManager, bookmarks: givenBookmarks(this.scope) });
  }

  async bootstrap(): Promise<void> {
    // Schema commands cannot share a transaction with each other, so each runs in its own, several at
    // once: creating a constraint returns only once its index is populated, and on a full store (after
    // `kg neo4j import`) populations side by side use every core. Two commands on one label deadlock
    // on its lock, and on a full store each attempt outlasts the driver's retries (`kg neo4j import`
    // at 10^6 failed so), so the commands on one label or type run one after another.
    await inParallel(schemaCommands(this.queries), SCHEMA_COMMANDS_AT_ONCE, async (commands) => {
      for (const command of commands) await this.write(async (tx) => void (await tx.run(command)));
    });
    const session = this.session(neo4j.session.WRITE);
    try {
      await session.run("CALL db.awaitIndexes(300)");
    } finally {
      await session.close();
    }
  }

  /** Neo4j's indexes live in the database, built as they are written: nothing waits on a first question. */
  async warmUp(): Promise<void> {}

  async info(): Promise<StoreInfo> {
    const [row] = await this.read("version");
    return { store: "neo4j", version: `${row.version} ${row.edition}`, location: `${this.config.uri} (${this.config.database})` };
  }

  async replaceOrigin(origin: string, batch: GraphBatch, onProgress?: (done: number, total: number) => void): Promise<void> {
    const total = batchSize(batch);
    await this.write(async (tx) => {
      let done = 0;
      for (const step of writeSteps(origin, batch, ENCODING)) {
        await tx.run(this.queries.get(step.query, step.slots), step.params);
        done += step.items;
        onProgress?.(done, total);
      }
    });
  }

  async bulkImport(dir: string, onProgress?: (done: number, total: number) => void): Promise<BulkImportTimes> {
    const steps = bulkSteps(dir);
    const total = steps.reduce((sum, s) => sum + s.rows, 0);
    const times = { entities: 0, relationships: 0, evidence: 0 };
    // Into a store that holds none of the folder's origin, items are created rather than merged.
    const fresh = (await this.read("origin_present", { origin: BULK_ORIGIN })).length === 0;
    let done = 0;
    for (const step of steps) {
      const started = performance.now();
      const [name, slots, encode] = bulkQuery(step, fresh);
      const text = this.queries.get(name, slots);
      await inParallel(stepBatches(step, BULK_BATCH_ROWS), BULK_TRANSACTIONS, async (records) => {
        const rows = encode(records);
        await this.write(async (tx) => void (await tx.run(text, { origin: BULK_ORIGIN, rows })));
        done += rows.length;
        onProgress?.(done, total);
      });
      times[step.phase] += (performance.now() - started) / 1000;
    }
    return times;
  }

  async readMarker(key: string): Promise<string | null> {
    const [row] = await this.read("read_marker", { key });
    return row ? String(row.value) : null;
  }

  async writeMarker(key: string, value: string): Promise<void> {
    const text = this.queries.get("write_marker");
    await this.write(async (tx) => void (await tx.run(text, { key, value })));
  }

  // The reads below follow ids merged away to their survivors inside their own query (a Redirect lookup per id),
  // so each costs one round trip, not a second one to resolve redirects first.

  async entitiesById(ids: readonly string[]): Promise<(IndexedEntity | null)[]> {
    const rows = await this.read("entities_by_id", { ids: [...new Set(ids)] });
    const found = new Map(rows.map((r) => [String(r.asked), decodeEntity(r.node as Row)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async entitySummaries(ids: readonly string[]): Promise<(EntitySummary | null)[]> {
    const rows = await this.read("entity_summaries", { ids: [...new Set(ids)] });
    const found = new Map(rows.map((r) => [String(r.asked), summaryFromRow(r)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async listEntities(query: { kinds: readonly NodeKind[]; limit: number; offset: number }): Promise<string[]> {
    const kinds = query.kinds.length ? query.kinds : NODE_KINDS;
    const rows = await this.read("list_entities", { kinds: [...kinds], limit: neo4j.int(query.limit), offset: neo4j.int(query.offset) });
    return rows.map((r) => String(r.id));
  }

  async relationshipsOf(queries: readonly RelationshipQuery[]): Promise<Relationship[][]> {
    return answerRelationshipQueries(queries, async (direction, types, ids) => {
      const rows = await this.read(DIRECTION_QUERY[direction], { ids, types: [...types] });
      return rows.map((row) => ({ key: String(row.key), item: relationshipFromRow(row) }));
    });
  }

  async relationshipsById(ids: readonly string[]): Promise<(Relationship | null)[]> {
    const rows = await this.read("relationships_by_id", { ids: [...new Set(ids)] }, { relationshipTypes: RELATIONSHIP_TYPES });
    const found = new Map(rows.map((row) => [String((row.properties as Row).id), relationshipFromRow(row)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async relationshipPages(queries: readonly RelationshipPageQuery[]): Promise<RelationshipPage[]> {
    const rows = await this.read("relationship_pages", {
      queries: queries.map((q, key) => ({
        key, id: q.entityId, types: [...(q.types.length ? q.types : RELATIONSHIP_TYPES)], direction: q.direction,
        offset: neo4j.int(q.offset), limit: neo4j.int(q.limit),
        ends: q.include.ends, evidence: wantsEvidence(q.include), articles: q.include.articles, properties: q.include.properties,
      })),
    });
    const byKey = new Map(rows.map((row) => [Number(row.key), row]));
    return queries.map((_, key) => {
      const row = byKey.get(key);
      if (!row) return { entity: null, total: 0, relationships: [], ends: [], endSummaries: [], evidence: [], articles: [], citations: [] };
      const { include } = queries[key];
      const relationships = (row.relationships as Row[]).map(relationshipFromRow);
      const evidence = (row.evidence as Row[]).map((e) => ({ key: String(e.subject), item: decodeEvidence(e) }));
      const ends = unique(row.ends as Row[]);
      const articles = unique(row.articles as Row[]);
      return {
        entity: decodeEntity(row.entity as Row),
        total: Number(row.total),
        relationships,
        ends: include.ends === "whole" ? ends.map(decodeEntity) : [],
        endSummaries: include.ends === "summaries" ? ends.map(summaryFromRow) : [],
        evidence: wantsEvidence(include) ? groupByKey(relationships.map((r) => r.id), evidence, compareEvidence) : [],
        articles: include.articles === "whole" ? articles.map(decodeEntity) : [],
        citations: include.articles === "citations" ? articles.map((a) => citationFrom(String(a.id), a)) : [],
      };
    });
  }

  async evidenceFor(subjects: readonly string[]): Promise<Evidence[][]> {
    const rows = await this.read("evidence_for", { subjects: [...new Set(subjects)] });
    const items = rows.map((row) => ({ key: String(row.key), item: decodeEvidence(row) }));
    return groupByKey(subjects, items, compareEvidence);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const pattern = searchPattern(query.text);
    const counted = query.counted !== false;
    if (!pattern) return searchPage(query, [], 0);
    const kindsNamed = new Set(query.kinds).size;
    const rows = await this.runRead(searchStatement(this.queries, counted), {
      lucene: candidateQuery(pattern),
      kinds: kindsNamed > 0 && kindsNamed < NODE_KINDS.length ? [...query.kinds] : null, words: [...pattern.words], required: neo4j.int(pattern.required), exact: pattern.exact, qualified: [...pattern.qualified], prefix: pattern.prefix,
      offset: neo4j.int(query.offset), limit: neo4j.int(query.limit), wholeEntities: query.entities !== "summaries",
    });
    const entityOf = query.entities === "summaries" ? summaryFromRow : decodeEntity;
    const hitOf = (r: Row) => ({ id: String(r.id), matchedWords: Number(r.matchedWords), tier: Number(r.tier), entity: entityOf(r.node as Row) });
    // Counted, one row holds the total and the page; uncounted, a row a hit.
    return counted ? { total: Number(rows[0].total), hits: (rows[0].hits as Row[]).map(hitOf) } : { hits: rows.map(hitOf) };
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null> {
    const relationshipTypes: readonly RelationshipType[] = query.types.length ? query.types : TRAVERSAL_TYPES;
    const text = neighbourhoodStatement(this.queries, query.depth, relationshipTypes);
    const [row] = await this.runRead(text, { id: query.id, limit: neo4j.int(query.limit), edgeProperties: query.edgeProperties ?? true });
    if (!row) return null;
    const nodes = row.nodes as Row[];
    return {
      nodes: nodes.map((node) => ({ id: String(node.id), kind: node.kind as NodeKind, name: String(node.name) })),
      distances: new Map(nodes.map((node) => [String(node.id), Number(node.distance)])),
      edges: (row.edges as Row[]).map(relationshipFromRow).sort(compareIds),
      truncated: Boolean(row.truncated),
    };
  }

  async transfers(query: TransferQuery): Promise<TransferPage> {
    const { include } = query;
    const [row] = await this.read("transfers", transferParameters(query));
    return {
      unknown: row.unknown as string[],
      total: Number(row.total),
      transfers: (row.transfers as Row[]).map((item) => {
        const parties = item.parties as Array<{ role: PartyRole; entity: Row }>;
        const partyOf = include.parties === "whole" ? decodeEntity : summaryFromRow;
        const withRole = (role: PartyRole) => parties.filter((p) => p.role === role).map((p) => partyOf(p.entity));
        return {
          transfer: relationshipFromRow(item),
          ends: (item.ends as Row[]).map(include.ends === "whole" ? decodeEntity : summaryFromRow),
          providers: withRole(PartyRole.PROVIDER), recipients: withRole(PartyRole.RECIPIENT), parties: withRole(PartyRole.PARTY),
        };
      }),
    };
  }

  async shortestPaths(query: PathQuery): Promise<GraphPath[]> {
    const relationshipTypes: readonly RelationshipType[] = query.types.length ? query.types : TRAVERSAL_TYPES;
    const rows = await this.read(
      "shortest_paths",
      {
        from: query.from, to: query.to, considered: neo4j.int(PATHS_CONSIDERED), limit: neo4j.int(query.limit),
        wholeEntities: query.entities !== "summaries", relationshipProperties: query.relationshipProperties ?? true,
      },
      { relationshipTypes, maxLength: query.maxLength },
    );
    const entityOf = query.entities === "summaries" ? summaryFromRow : decodeEntity;
    const paths = rows.map((row) => ({
      nodes: row.nodes as string[],
      entities: (row.entities as Row[]).map(entityOf),
      relationships: (row.rels as Row[]).map(relationshipFromRow),
    }));
    return orderPaths(paths, query.limit);
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
    return curateRetryingConflicts(change, (apply) => this.write(async (tx) => {
      const run: RunQuery = async (name, params, slots) => rowsOf(await tx.run(this.queries.get(name, slots), params));
      await run("lock_curation", { change: change.id });
      return apply(new CurationQueries(run, CURATION_CODEC));
    }));
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

  /** Fails fast when the server cannot be reached or the credentials are wrong. */
  async verify(): Promise<void> {
    await this.driver.verifyAuthentication({ database: this.config.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/**
 * Rows per bulk-import transaction: large enough that round trips do not
 * dominate, small enough that a transaction's state stays far from the heap limit.
 */
const BULK_BATCH_ROWS = 20_000;
/** Bulk-import transactions in flight at once: one is being written while the next is sent. */
const BULK_TRANSACTIONS = 2;

/** At 10^6 entities, after `kg neo4j import`, the schema is ONLINE in 24 s with 4 labels at once (27 s one command at a time). */
const SCHEMA_COMMANDS_AT_ONCE = 4;

/**
 * The schema's commands grouped by the label or relationship type they are for
 * (`FOR (n:Entity)`, `FOR ()-[r:SIGNED]-()`), each group in the files' order.
 */
export function schemaCommands(queries: CypherQueries): string[][] {
  const commands = [
    ...queries.statements("schema"),
    ...NODE_KINDS.map((label) => queries.get("label_constraint", { label })),
    ...RELATIONSHIP_TYPES.map((relationshipType) => queries.get("relationship_index", { relationshipType })),
  ];
  const groups = new Map<string, string[]>();
  for (const command of commands) {
    const token = /\bFOR\s*\(\w*:(\w+)\)/i.exec(command)?.[1] ?? /\bFOR\s*\(\)-\[\w*:(\w+)\]/i.exec(command)?.[1];
    if (!token) throw new Error(`a schema command names no label or relationship type: ${command}`);
    groups.set(token, [...(groups.get(token) ?? []), command]);
  }
  return [...groups.values()];
}

/**
 * Runs `work` on each item of `items` with up to `limit` calls pending, and
 * the next item read meanwhile; the first failure stops the reading and is thrown
 * once the calls already started have settled.
 */
async function inParallel<T>(items: AsyncIterable<T> | Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const pending = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  for await (const item of items) {
    const call: Promise<void> = work(item).catch((error) => void (failure ??= { error })).finally(() => pending.delete(call));
    pending.add(call);
    if (pending.size >= limit) await Promise.race(pending);
    if (failure) break;
  }
  await Promise.all(pending);
  if (failure) throw (failure as { error: unknown }).error;
}

/**
 * The query a bulk step's records go through and their encoding: the upsert
 * replaceOrigin uses, or a plain CREATE when the store holds none of the origin.
 */
function bulkQuery(step: BulkStep, fresh: boolean): [string, Slots, (records: StepRecords) => Row[]] {
  const verb = fresh ? "create" : "upsert";
  switch (step.phase) {
    case "entities": return [`${verb}_entities`, { label: step.kind }, (r) => (r as IndexedEntity[]).map(ENCODING.entity)];
    case "relationships": return [`${verb}_relationships`, { relationshipType: step.type }, (r) => (r as Relationship[]).map(ENCODING.relationship)];
    case "evidence": return [`${verb}_evidence`, {}, (r) => (r as Evidence[]).map(ENCODING.evidence)];
  }
}

/** The parts of cypher/neo4j/ the neighbourhood and search statements are made of; not statements on their own. */
export const STATEMENT_PARTS = ["neighbourhood_centre", "neighbourhood_level", "neighbourhood_graph", "search_matches", "search_total", "search_page"];

/** One statement for a search: its ranked matches, then every match counted and the page, or the page alone. */
export function searchStatement(queries: CypherQueries, counted: boolean): string {
  return `${queries.get("search_matches")}\n${queries.get(counted ? "search_total" : "search_page")}`;
}

/** One statement for a neighbourhood of `depth` hops: the centre, a block per hop, the graph. */
export function neighbourhoodStatement(queries: CypherQueries, depth: number, relationshipTypes: readonly RelationshipType[]): string {
  const [centre, level, graph] = STATEMENT_PARTS;
  return [
    queries.get(centre),
    ...Array.from({ length: depth }, () => queries.get(level, { relationshipTypes })),
    queries.get(graph),
  ].join("\n");
}

/** Rows of entities, each once. */
function unique(nodes: Row[]): Row[] {
  return [...new Map(nodes.map((node) => [String(node.id), node])).values()];
}

/**
 * neo4j-driver captures and formats a stack trace for every statement it runs,
 * only to append it to the statement's failure — a few per cent of the
 * server's CPU per read (npm run profile). A failed read here becomes a store
 * error with the driver's own message and code, so reads run without it: the
 * trace is empty while the driver builds the result, synchronously.
 */
function runWithoutCallerStack(session: Session, text: string, params: Row, timeout: number) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(text, params, { timeout });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const rowsOf = (result: QueryResult) => result.records.map((r) => plain(r.toObject()) as Row);

const summaryFromRow = (row: Row): EntitySummary => ({ id: String(row.id), kind: row.kind as NodeKind, name: String(row.name) });

/** The parameters of transfers.cypher for a question. */
export function transferParameters(query: TransferQuery): Row {
  const { offset, limit, include, ...filters } = query;
  const check = countryChecks(query);
  return {
    ...filters, named: namedIds(query), wholeEnds: include.ends === "whole", wholeParties: include.parties === "whole",
    checkProviderCountry: check.providerCountry !== null, checkRecipientCountry: check.recipientCountry !== null,
    countryRole: query.providerCountry ? PartyRole.PROVIDER : PartyRole.RECIPIENT,
    offset: neo4j.int(offset), limit: neo4j.int(limit),
  };
}

function relationshipFromRow(row: Row): Relationship {
  const stored = row.properties as Row;
  return {
    id: String(stored.id), type: row.type as RelationshipType,
    from: String(row.from), to: String(row.to), properties: relationshipProperties(stored),
  };
}
