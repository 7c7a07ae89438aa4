/**
 * The production store: Neo4j through neo4j-driver. One driver per store, a
 * session per call closed in `finally`, reads through executeRead (so a
 * cluster sends them to followers) and writes through executeWrite (retried on
 * transient failures); values leave as plain JavaScript, never driver types.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { NODE_KINDS, RELATIONSHIP_TYPES, TRAVERSAL_TYPES, type NodeKind, type RelationshipType } from "../../domain/ontology.js";
import { searchPattern } from "../../domain/names.js";
import type { Evidence, GraphBatch, GraphCounts, IndexedEntity, Relationship } from "../../domain/records.js";
import { CypherQueries, type Slots } from "../cypher.js";
import type {
  GraphPath, GraphStore, PathQuery, RelationshipQuery, SearchHit, SearchQuery, StoreInfo,
} from "../port.js";
import { answerRelationshipQueries, compareEvidence, countsFrom, groupByKey, orderPaths } from "../results.js";
import { batchSize, writeSteps } from "../writePlan.js";
import { decodeEntity, decodeEvidence, encodeEntity, plain } from "./values.js";

export interface Neo4jConfig {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
}

type Row = Record<string, unknown>;

const DIRECTION_QUERY = { OUT: "relationships_out", IN: "relationships_in", BOTH: "relationships_both" } as const;

/** See the embedded store: both must consider the same set of shortest paths. */
const PATHS_CONSIDERED = 1000;

export class Neo4jStore implements GraphStore {
  private readonly driver: Driver;
  private readonly queries = CypherQueries.load("neo4j");

  constructor(private readonly config: Neo4jConfig) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      userAgent: "health-cooperation-kg",
    });
  }

  private async read(name: string, params: Row = {}, slots: Slots = {}): Promise<Row[]> {
    const text = this.queries.get(name, slots);
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(text, params));
      return result.records.map((r) => plain(r.toObject()) as Row);
    } finally {
      await session.close();
    }
  }

  private async write(work: (tx: ManagedTransaction) => Promise<void>): Promise<void> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  async bootstrap(): Promise<void> {
    // Schema commands cannot share a transaction with each other, so each runs alone.
    const statements = [
      ...this.queries.statements("schema"),
      ...NODE_KINDS.map((label) => this.queries.get("label_constraint", { label })),
      ...RELATIONSHIP_TYPES.map((relationshipType) => this.queries.get("relationship_index", { relationshipType })),
    ];
    for (const statement of statements) await this.write(async (tx) => void (await tx.run(statement)));
    const session = this.driver.session({ database: this.config.database });
    try {
      await session.run("CALL db.awaitIndexes(300)");
    } finally {
      await session.close();
    }
  }

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

  async readMarker(key: string): Promise<string | null> {
    const [row] = await this.read("read_marker", { key });
    return row ? String(row.value) : null;
  }

  async writeMarker(key: string, value: string): Promise<void> {
    const text = this.queries.get("write_marker");
    await this.write(async (tx) => void (await tx.run(text, { key, value })));
  }

  async entitiesById(ids: readonly string[]): Promise<(IndexedEntity | null)[]> {
    const rows = await this.read("entities_by_id", { ids: [...ids] });
    const found = new Map(rows.map((r) => {
      const entity = decodeEntity(r.node as Row);
      return [entity.id, entity];
    }));
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

  async evidenceFor(subjects: readonly string[]): Promise<Evidence[][]> {
    const rows = await this.read("evidence_for", { subjects: [...subjects] });
    const items = rows.map((row) => ({ key: String(row.subject), item: decodeEvidence(row) }));
    return groupByKey(subjects, items, compareEvidence);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const pattern = searchPattern(query.text);
    if (!pattern) return [];
    const kinds: readonly NodeKind[] = query.kinds.length ? query.kinds : NODE_KINDS;
    const rows = await this.read("search", {
      lucene: pattern.words.map((w) => `${w.trim()}*`).join(" AND "),
      kinds: [...kinds], words: [...pattern.words], exact: pattern.exact, prefix: pattern.prefix,
      offset: neo4j.int(query.offset), limit: neo4j.int(query.limit),
    });
    return rows.map((r) => ({ id: String(r.id), tier: Number(r.tier) }));
  }

  async shortestPaths(query: PathQuery): Promise<GraphPath[]> {
    const relationshipTypes: readonly RelationshipType[] = query.types.length ? query.types : TRAVERSAL_TYPES;
    const rows = await this.read(
      "shortest_paths",
      { from: query.from, to: query.to, limit: neo4j.int(PATHS_CONSIDERED) },
      { relationshipTypes, maxLength: query.maxLength },
    );
    const paths = rows.map((row) => ({
      nodes: row.nodes as string[],
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

  /** Fails fast when the server cannot be reached or the credentials are wrong. */
  async verify(): Promise<void> {
    await this.driver.verifyAuthentication({ database: this.config.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

const ENCODING = {
  entity: encodeEntity,
  relationship: (r: Relationship) => ({ id: r.id, from: r.from, to: r.to, properties: r.properties }),
  evidence: (e: Evidence) => ({ ...e }),
};

/** Relationship properties beside the ones the ontology declares. */
const RELATIONSHIP_BOOKKEEPING = new Set(["id", "origin"]);

function relationshipFromRow(row: Row): Relationship {
  const stored = row.properties as Row;
  const properties = Object.fromEntries(
    Object.entries(stored).filter(([k]) => !RELATIONSHIP_BOOKKEEPING.has(k)),
  ) as Relationship["properties"];
  return {
    id: String(stored.id), type: row.type as RelationshipType,
    from: String(row.from), to: String(row.to), properties,
  };
}
