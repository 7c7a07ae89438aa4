/**
 * The shapes facts take between the seed, the stores and the API. Plain data,
 * no behaviour: every store adapter reads and writes exactly these.
 */
import type { NodeKind, RelationshipType } from "./ontology.js";
import type { DateQuality } from "./dates.js";

export type AttributeValue = string | boolean;

/**
 * A name in one language, marked as the article's own words (with the article
 * that writes it) or as a translation: a gloss, never presented as the article's.
 */
export interface Label {
  readonly lang: string;
  readonly text: string;
  readonly asWritten: boolean;
  /** The article that writes it; null for a translation. */
  readonly source: string | null;
}

export interface Entity {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  /** The name as each language writes it, keyed by language code. */
  readonly names: Readonly<Record<string, string>>;
  readonly aliases: readonly string[];
  /** Every label, as written and translated; empty for entities made by curation or ingest (their names stand in). */
  readonly labels: readonly Label[];
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

/** What a store keeps beside an entity so it can search and sort without the domain. */
export interface IndexedEntity extends Entity {
  readonly searchText: string;
  /** First and last ISO day of the entity's date; null when it has none or its year is unknown. */
  readonly dateStart: string | null;
  readonly dateEnd: string | null;
  readonly dateQuality: DateQuality | null;
}

export interface Relationship {
  /** The statement id: stable across loads, shared by every source that states it. */
  readonly id: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, AttributeValue>>;
}

export enum ExtractionMethod {
  curated = "curated",
  machine = "machine",
}

export enum ReviewState {
  accepted = "accepted",
  proposed = "proposed",
  rejected = "rejected",
}

export interface Evidence {
  readonly id: string;
  /** The relationship (statement) it supports, or the entity whose attributes it supports. */
  readonly subject: string;
  readonly article: string;
  /** The words of the article, in its own language. */
  readonly quote: string;
  readonly gloss: string | null;
  readonly method: ExtractionMethod;
  readonly confidence: number;
  readonly reviewState: ReviewState;
}

/** A whole graph as one unit of writing: the seed, or a batch of curation. */
export interface GraphBatch {
  readonly entities: readonly IndexedEntity[];
  readonly relationships: readonly Relationship[];
  readonly evidence: readonly Evidence[];
}

export type Direction = "OUT" | "IN" | "BOTH";

export interface GraphCounts {
  readonly nodes: Readonly<Record<NodeKind, number>>;
  readonly relationships: Readonly<Record<RelationshipType, number>>;
  readonly evidence: number;
  readonly relationshipsWithoutEvidence: number;
}
