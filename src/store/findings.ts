/**
 * What ingesting an article finds, kept beside the fact graph rather than in
 * it: where each known entity is mentioned, names that match no entity
 * (candidates), and relationships proposed by machine. Fact reads never see
 * them; a curator's review turns one into a fact through curation. The shapes,
 * and the named queries every store runs for them with the same parameters.
 */
import type { NodeKind, RelationshipType } from "../domain/ontology.js";
import type { AttributeValue, ExtractionMethod, GraphBatch, ReviewState } from "../domain/records.js";
import { writeSteps, type RowEncoding } from "./writePlan.js";
import type { RunQuery } from "./curationQueries.js";
import type { Slots } from "./cypher.js";

export interface MentionRecord {
  readonly id: string;
  readonly article: string;
  readonly entity: string;
  /** Character offsets of the name in the article's text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The name as the article writes it. */
  readonly surface: string;
  /** The sentence it stands in. */
  readonly quote: string;
}

interface Reviewed {
  readonly state: ReviewState;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
}

export interface CandidateRecord extends Reviewed {
  readonly id: string;
  readonly article: string;
  readonly kind: NodeKind;
  /** In the article's own words. */
  readonly name: string;
  readonly language: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /** The entity it became when accepted. */
  readonly entity: string | null;
}

export interface ProposalRecord extends Reviewed {
  readonly id: string;
  readonly article: string;
  readonly type: RelationshipType;
  /** Entity ids, or candidate ids while an end is still a candidate. */
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, AttributeValue>>;
  /** The sentence that states it, and its offsets in the article's text. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly method: ExtractionMethod;
  readonly confidence: number;
  /** The curation change that made it a fact, once accepted. */
  readonly change: string | null;
}

export interface ArticleFindings {
  readonly article: string;
  /**
   * The Article entity, written as a fact under the article's own origin; null
   * when the article is already in the graph (its URL is known), which leaves it as it is.
   */
  readonly facts: GraphBatch | null;
  readonly mentions: readonly MentionRecord[];
  readonly candidates: readonly CandidateRecord[];
  readonly proposals: readonly ProposalRecord[];
}

export interface FindingFilter {
  readonly state?: ReviewState;
  readonly article?: string;
}

export interface FindingQuery extends FindingFilter {
  readonly limit: number;
  readonly offset: number;
}

export interface Review {
  readonly id: string;
  readonly state: ReviewState.accepted | ReviewState.rejected;
  readonly actor: string;
  readonly at: string;
  /** For a proposal: the change that wrote the fact. For a candidate: the entity it became. */
  readonly outcome: string | null;
}

/** The origin of an ingested article's facts: a re-ingest replaces exactly them. */
export const ingestOrigin = (article: string) => `ingest:${article}`;

type Row = Record<string, unknown>;

/** `end` is a Cypher keyword, so offsets travel and are stored as offsetStart and offsetEnd. */
function offsets<T extends { start: number; end: number }>({ start, end, ...rest }: T): Row {
  return { ...rest, offsetStart: start, offsetEnd: end };
}
const orNull = (value: unknown) => (value === "" || value === null || value === undefined ? null : String(value));
const reviewed = (row: Row): Reviewed => ({
  state: row.state as ReviewState, reviewedBy: orNull(row.reviewedBy), reviewedAt: orNull(row.reviewedAt),
});

export class FindingQueries {
  constructor(private readonly run: RunQuery, private readonly count: (n: number) => unknown) {}

  /** The steps of writing an article's findings, run in the transaction of its ingestArticle change. */
  *writes(findings: ArticleFindings, encoding: RowEncoding): Generator<{ query: string; params: Row; slots?: Slots }> {
    if (findings.facts) yield* writeSteps(ingestOrigin(findings.article), findings.facts, encoding);
    const { article } = findings;
    const upserts = [
      ["upsert_mentions", findings.mentions.map(offsets)],
      ["upsert_candidates", findings.candidates.map((c) => ({ ...offsets(c), entity: c.entity ?? "", reviewedBy: "", reviewedAt: "" }))],
      // Confidence travels as text: Kùzu types a row's number from the first row, and reads a whole 1 as an integer's bits.
      ["upsert_proposals", findings.proposals.map((p) => ({
        ...offsets(p), properties: JSON.stringify(p.properties), confidence: String(p.confidence), change: p.change ?? "", reviewedBy: "", reviewedAt: "",
      }))],
    ] as const;
    for (const [query, rows] of upserts) if (rows.length > 0) yield { query, params: { rows } };
    // A re-ingest under changed rules drops what they no longer find, unless a curator reviewed it.
    for (const [query, items] of [["prune_mentions", findings.mentions], ["prune_candidates", findings.candidates], ["prune_proposals", findings.proposals]] as const) {
      yield { query, params: { article, keep: items.map((i) => i.id) } };
    }
  }

  async mentions(article: string): Promise<MentionRecord[]> {
    const rows = await this.run("mentions_in_article", { article });
    return rows.map((r) => ({
      id: String(r.id), article: String(r.article), entity: String(r.entity), start: Number(r.offsetStart), end: Number(r.offsetEnd),
      surface: String(r.surface), quote: String(r.quote),
    }));
  }

  async proposals(query: FindingQuery): Promise<ProposalRecord[]> {
    return (await this.run("proposals", this.filter(query))).map(proposalFromRow);
  }

  async proposalCount(filter: FindingFilter): Promise<number> {
    const [row] = await this.run("count_proposals", this.only(filter));
    return Number(row.total);
  }

  async proposal(id: string): Promise<ProposalRecord | null> {
    const [row] = await this.run("proposal_by_id", { id });
    return row ? proposalFromRow(row) : null;
  }

  async candidates(query: FindingQuery): Promise<CandidateRecord[]> {
    return (await this.run("candidates", this.filter(query))).map(candidateFromRow);
  }

  async candidateCount(filter: FindingFilter): Promise<number> {
    const [row] = await this.run("count_candidates", this.only(filter));
    return Number(row.total);
  }

  async candidate(id: string): Promise<CandidateRecord | null> {
    const [row] = await this.run("candidate_by_id", { id });
    return row ? candidateFromRow(row) : null;
  }

  async review(kind: "proposal" | "candidate", review: Review): Promise<boolean> {
    const rows = await this.run(`review_${kind}`, {
      id: review.id, state: review.state, actor: review.actor, at: review.at, outcome: review.outcome ?? "",
    });
    return rows.length > 0;
  }

  private filter(query: FindingQuery): Row {
    return { ...this.only(query), limit: this.count(query.limit), offset: this.count(query.offset) };
  }

  private only(filter: FindingFilter): Row {
    return { state: filter.state ?? "", article: filter.article ?? "" };
  }
}

function proposalFromRow(row: Row): ProposalRecord {
  return {
    id: String(row.id), article: String(row.article), type: row.type as RelationshipType, from: String(row.from), to: String(row.to),
    properties: JSON.parse(String(row.properties)), quote: String(row.quote), start: Number(row.offsetStart), end: Number(row.offsetEnd),
    method: row.method as ExtractionMethod, confidence: Number(row.confidence), change: orNull(row.change), ...reviewed(row),
  };
}

function candidateFromRow(row: Row): CandidateRecord {
  return {
    id: String(row.id), article: String(row.article), kind: row.kind as NodeKind, name: String(row.name), language: String(row.language),
    quote: String(row.quote), start: Number(row.offsetStart), end: Number(row.offsetEnd), entity: orNull(row.entity), ...reviewed(row),
  };
}

/**
 * The finding reads, answered alike by every store from its FindingQueries
 * (which runs the store's own named queries).
 */
export abstract class FindingReads {
  protected abstract readonly findings: FindingQueries;

  mentionsIn(article: string): Promise<MentionRecord[]> {
    return this.findings.mentions(article);
  }

  proposals(query: FindingQuery): Promise<ProposalRecord[]> {
    return this.findings.proposals(query);
  }

  proposalCount(filter: FindingFilter): Promise<number> {
    return this.findings.proposalCount(filter);
  }

  proposalById(id: string): Promise<ProposalRecord | null> {
    return this.findings.proposal(id);
  }

  candidates(query: FindingQuery): Promise<CandidateRecord[]> {
    return this.findings.candidates(query);
  }

  candidateCount(filter: FindingFilter): Promise<number> {
    return this.findings.candidateCount(filter);
  }

  candidateById(id: string): Promise<CandidateRecord | null> {
    return this.findings.candidate(id);
  }
}
