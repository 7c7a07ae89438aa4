/**
 * The GraphStore port: what the API needs of a graph database, and nothing
 * about any particular one. Every read takes a batch of keys and answers in key
 * order, so a DataLoader can call it once per tick.
 */
import type { NodeKind, RelationshipType } from "../domain/ontology.js";
import type {
  Direction, Evidence, GraphBatch, GraphCounts, IndexedEntity, Relationship,
} from "../domain/records.js";
import type { RequestScope } from "./requestScope.js";
import type { ChangeFilter, ChangeQuery, ChangeRecord, CurationChange, CurationOverrides } from "./curation.js";
import type {
  CandidateRecord, FindingFilter, FindingQuery, MentionRecord, ProposalRecord,
} from "./findings.js";

export interface RelationshipQuery {
  readonly entityId: string;
  /** Empty means every type. */
  readonly types: readonly RelationshipType[];
  readonly direction: Direction;
}

export interface SearchQuery {
  readonly text: string;
  readonly kinds: readonly NodeKind[];
  readonly limit: number;
  readonly offset: number;
  /** The hits' entities whole (when absent) or as their summaries: id, kind and name only. */
  readonly entities?: "whole" | "summaries";
  /**
   * Whether to count every match into `total` (unless false). A reader that
   * needs no count spares Neo4j ranking every match: it stops at the page.
   */
  readonly counted?: boolean;
}

/**
 * How well a name matched: exact; qualified (the query, then a word such as
 * "of" that narrows it: "Ministry of Health of Vietnam" for "Ministry of
 * Health"); prefix (the query, then more words naming something else: "Ministry
 * of Health workshop on …"); partial.
 */
export enum MatchTier {
  EXACT = 0,
  QUALIFIED = 1,
  PREFIX = 2,
  PARTIAL = 3,
}

export interface SearchHit {
  readonly id: string;
  /** How many of the query's words its names hold: hits with more come first, then by tier, then by id. */
  readonly matchedWords: number;
  readonly tier: MatchTier;
  /** The entity found, whole or its summary as the query asks, so a reader needs no second round trip for it. */
  readonly entity: IndexedEntity | EntitySummary;
}

export interface SearchPage {
  /** How many entities match in all; absent when the query was not counted. */
  readonly total?: number;
  /** From `offset`, at most `limit`. */
  readonly hits: readonly SearchHit[];
}

/**
 * What a reader of a relationship page needs beside the page itself, and how
 * much of it: most selections read an end's id, kind and name only, and an
 * article's headline and publisher only, and a page that brings only that
 * is a fraction of the bytes to send and decode.
 */
export interface PageIncludes {
  /** The entities at both ends of each relationship: none, their summaries, or whole. */
  readonly ends: "none" | "summaries" | "whole";
  /** Each relationship's evidence. */
  readonly evidence: boolean;
  /** The articles that evidence cites (implies evidence): none, their citations, or whole. */
  readonly articles: "none" | "citations" | "whole";
  /** Each relationship's properties; without them each comes with none (`{}`), its id, type and ends only. */
  readonly properties: boolean;
}

/** What a source shows of the article it cites. */
export interface Citation {
  readonly id: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly language: string | null;
  /** The publication date as stored (a partial date's text), and the calendar its year counts in. */
  readonly published: string | null;
  readonly yearBasis: string | null;
}

export interface RelationshipPageQuery extends RelationshipQuery {
  /** Relationships to skip, in type-then-id order. */
  readonly offset: number;
  readonly limit: number;
  readonly include: PageIncludes;
}

export interface RelationshipPage {
  /** The entity whose relationships these are (an id merged away answers with its survivor); null when there is none. */
  readonly entity: IndexedEntity | null;
  /** How many relationships the query has in all. */
  readonly total: number;
  /** From `offset`, at most `limit`, ordered by type then id. */
  readonly relationships: readonly Relationship[];
  /** Every entity at an end of the page's relationships, when asked whole (in no particular order). */
  readonly ends: readonly IndexedEntity[];
  /** The same, when asked as summaries. */
  readonly endSummaries: readonly EntitySummary[];
  /** Per relationship of the page, in page order, its evidence ordered by article then id, when asked. */
  readonly evidence: readonly (readonly Evidence[])[];
  /** Every article the page's evidence cites, when asked whole (in no particular order). */
  readonly articles: readonly IndexedEntity[];
  /** The same, when asked as citations. */
  readonly citations: readonly Citation[];
}

export interface NeighbourhoodQuery {
  readonly id: string;
  readonly depth: number;
  /** Empty means every traversal type. */
  readonly types: readonly RelationshipType[];
  /** The most nodes to return, the centre included. */
  readonly limit: number;
  /**
   * False when the caller draws only the edges' ids, types and ends: each
   * edge then comes with empty properties, which spares most of the answer's
   * bytes on Neo4j. Absent means true.
   */
  readonly edgeProperties?: boolean;
}

export interface Subgraph {
  /** Nearest first, then by id: what a drawing needs of each; the entities are a read away. */
  readonly nodes: readonly EntitySummary[];
  /** Hops from the centre, per node id. */
  readonly distances: ReadonlyMap<string, number>;
  readonly edges: readonly Relationship[];
  /** True when the limit left out nodes within the depth. */
  readonly truncated: boolean;
}

/** An entity's id, kind and name. */
export type EntitySummary = Pick<IndexedEntity, "id" | "kind" | "name">;

/**
 * Transfers of drugs and technologies (TRANSFERS from an agreement) whose
 * agreement passes every filter given; null passes all. An id merged away
 * stands for its survivor; one that names nothing is answered in
 * `TransferPage.unknown`, in the same read.
 */
export interface TransferQuery {
  /** A party that is the agreement's PROVIDER. */
  readonly provider: string | null;
  /** A party that is the agreement's RECIPIENT. */
  readonly recipient: string | null;
  /** What is transferred. */
  readonly product: string | null;
  /** A country that is, or is where a party is BASED_IN, the agreement's provider. */
  readonly providerCountry: string | null;
  readonly recipientCountry: string | null;
  /**
   * The agreement's dates must meet from–to (either end open; ISO days); with any date filter an undated
   * agreement never passes, nor one whose year is inferred (it has a yearBasis) unless `inferredYears`.
   */
  readonly dates: { readonly from: string | null; readonly to: string | null; readonly inferredYears: boolean } | null;
  readonly offset: number;
  readonly limit: number;
  readonly include: TransferIncludes;
}

/**
 * How much a reader of a transfer page needs of the entities each transfer
 * brings: most selections read their id, kind and name only, and a page of
 * summaries is a fraction of the bytes to send and decode.
 */
export interface TransferIncludes {
  /** The agreement and what it transfers. */
  readonly ends: "summaries" | "whole";
  /** The agreement's providers, recipients and other parties. */
  readonly parties: "summaries" | "whole";
}

/**
 * One transfer and the entities it brings: whole (IndexedEntity records) where
 * the query's include asks them whole, else their summaries.
 */
export interface TransferRecord {
  readonly transfer: Relationship;
  /** The agreement and what it transfers. */
  readonly ends: readonly EntitySummary[];
  /** The agreement's parties by role, each list ordered by the PARTY_TO relationship's id. */
  readonly providers: readonly EntitySummary[];
  readonly recipients: readonly EntitySummary[];
  readonly parties: readonly EntitySummary[];
}

export interface TransferPage {
  /** The ids the query names that name no entity, each once, in the order provider, recipient, product, providerCountry, recipientCountry; when any, the page is empty. */
  readonly unknown: readonly string[];
  /** How many transfers pass the filters. */
  readonly total: number;
  /** From `offset`, at most `limit`, ordered by agreement id, then transfer id. */
  readonly transfers: readonly TransferRecord[];
}

export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly maxLength: number;
  /** Empty means every traversal type. */
  readonly types: readonly RelationshipType[];
  readonly limit: number;
  /** The paths' entities whole (when absent) or as their summaries: id, kind and name only. */
  readonly entities?: "whole" | "summaries";
  /** The relationships' properties (when absent, they come); without them each has none (`{}`). */
  readonly relationshipProperties?: boolean;
}

export interface GraphPath {
  /** Entity ids from `from` to `to`. */
  readonly nodes: readonly string[];
  /** The entities of `nodes`, in the same order, whole or as summaries as the query asks. */
  readonly entities: readonly (IndexedEntity | EntitySummary)[];
  readonly relationships: readonly Relationship[];
}

export interface StoreInfo {
  readonly store: "kuzu" | "neo4j";
  readonly version: string;
  readonly location: string;
}

/** Seconds a bulk import spent on each phase of the folder. */
export interface BulkImportTimes {
  readonly entities: number;
  readonly relationships: number;
  readonly evidence: number;
}

export interface GraphStore {
  /** Creates tables, constraints and indexes that are missing; safe to call on every start. */
  bootstrap(): Promise<void>;
  info(): Promise<StoreInfo>;
  /**
   * Builds now what the first questions would otherwise wait for — the
   * embedded store's in-memory indexes, about a minute at 10^6 entities — and
   * resolves when it is done. Neo4j keeps its indexes itself: nothing to build.
   */
  warmUp(): Promise<void>;

  /**
   * Makes the graph hold exactly `batch` for `origin`: writes every item
   * (idempotently) and removes items of the same origin that the batch no
   * longer holds, all in one transaction.
   */
  replaceOrigin(origin: string, batch: GraphBatch, onProgress?: (done: number, total: number) => void): Promise<void>;

  /**
   * Loads a folder written by `kg generate` (src/store/bulk/folder.ts), whose
   * items carry the origin "synthetic": entities, then relationships, then
   * evidence. Kùzu COPYs the folder in one transaction and needs its entities
   * absent (COPY adds rows, it cannot replace them); Neo4j writes it in
   * batches, a transaction each, into a store holding anything: it creates the
   * items when the store holds none of their origin, and merges them otherwise.
   */
  bulkImport(dir: string, onProgress?: (done: number, total: number) => void): Promise<BulkImportTimes>;

  /** A small named value the store keeps about itself (e.g. which seed it holds); null when unset. */
  readMarker(key: string): Promise<string | null>;
  writeMarker(key: string, value: string): Promise<void>;

  /**
   * The reads below that take entity ids (entitiesById, relationshipsOf,
   * evidenceFor, shortestPaths) take an id merged away as its survivor's and
   * answer with the survivor's records, whose ids are the survivor's.
   */
  entitiesById(ids: readonly string[]): Promise<(IndexedEntity | null)[]>;
  /** Like entitiesById, each entity's id, kind and name only: for a reader that needs no more, less to send. */
  entitySummaries(ids: readonly string[]): Promise<(EntitySummary | null)[]>;
  /** Ids of the entities of these kinds (all kinds when empty), ordered by id. */
  listEntities(query: { kinds: readonly NodeKind[]; limit: number; offset: number }): Promise<string[]>;
  /** Per query, its relationships ordered by type then id. */
  relationshipsOf(queries: readonly RelationshipQuery[]): Promise<Relationship[][]>;
  /** Relationships by statement id, in key order; null where none is in the graph (a retracted one is not). */
  relationshipsById(ids: readonly string[]): Promise<(Relationship | null)[]>;
  /**
   * Per query, one page of its relationships and, as asked, their ends,
   * evidence and the articles cited: what an entity's relationship list shows,
   * in one round trip however long the page.
   */
  relationshipPages(queries: readonly RelationshipPageQuery[]): Promise<RelationshipPage[]>;
  /** Per subject (statement or entity id), its evidence ordered by article then id. */
  evidenceFor(subjects: readonly string[]): Promise<Evidence[][]>;
  /** Hits ordered by tier then id. */
  search(query: SearchQuery): Promise<SearchPage>;
  /** The entities around one, nearest first; null when the centre does not exist. */
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null>;
  /** One page of the transfers that pass the query's filters, with their parties: one round trip. */
  transfers(query: TransferQuery): Promise<TransferPage>;
  /** Every shortest path (up to `limit`), ordered by their node ids then relationship ids. */
  shortestPaths(query: PathQuery): Promise<GraphPath[]>;
  counts(): Promise<GraphCounts>;

  /**
   * Applies one curation change in one transaction, no other change running
   * beside it, and records it; replaying the same change id for the same
   * request is a no-op that returns the recorded change, and for another
   * request a CONFLICT. Throws CurationError (NOT_FOUND, CONFLICT, INVALID)
   * and then writes nothing.
   */
  curate(change: CurationChange): Promise<ChangeRecord>;
  /** The change record, newest first (by `at`, then by recording order); optionally only changes touching one subject id. */
  changes(query: ChangeQuery): Promise<ChangeRecord[]>;
  /** How many changes `changes` would page through for the same subject. */
  changeCount(filter: ChangeFilter): Promise<number>;
  /** What a reload of another origin must respect; apply it with `withCuration` before `replaceOrigin`. */
  curationOverrides(): Promise<CurationOverrides>;

  // Ingest's findings (src/store/findings.ts). An ingested article is written by an `ingestArticle`
  // change: its Article entity (unless the article is known already) under the article's own origin,
  // its mentions, candidates and proposals — MENTIONS among them — beside the graph, none of them a
  // fact until accepted. The same findings written twice change nothing; a review already made stays.
  // Reviews are changes too (acceptProposal, rejectCandidate, …).
  /** Mentions of known entities in one article, in text order. */
  mentionsIn(article: string): Promise<MentionRecord[]>;
  /** Proposals ordered by article, offset, type and id. */
  proposals(query: FindingQuery): Promise<ProposalRecord[]>;
  /** How many proposals pass the filters `proposals` pages through. */
  proposalCount(filter: FindingFilter): Promise<number>;
  proposalById(id: string): Promise<ProposalRecord | null>;
  /** Candidate entities ordered by article, offset and id. */
  candidates(query: FindingQuery): Promise<CandidateRecord[]>;
  candidateCount(filter: FindingFilter): Promise<number>;
  candidateById(id: string): Promise<CandidateRecord | null>;

  /**
   * This store as one request sees it: every call made through the view keeps
   * to the request's budget, and its reads see at least the writes the scope's
   * bookmarks name — bookmarks a client got from a mutation answered by any
   * instance — while the bookmarks of the writes it makes are recorded in the
   * scope, for the client to pass on. Neo4j's causal consistency; the embedded
   * store lives in one process, sees its own writes and records none.
   */
  within(scope: RequestScope): GraphStore;

  close(): Promise<void>;
}
