/**
 * Reads one article against the names the graph knows: links every mention,
 * turns unknown names into candidates, and proposes relationships sentence by
 * sentence. Pure: the same text, metadata and names give the same findings,
 * with the same content-derived ids.
 */
import { createHash } from "node:crypto";
import { foldName } from "../domain/names.js";
import { NodeKind, RelationshipType } from "../domain/ontology.js";
import { evidenceId, statementId } from "../domain/ids.js";
import { indexEntity } from "../domain/indexing.js";
import {
  ExtractionMethod, ReviewState, type AttributeValue, type Evidence, type Relationship,
} from "../domain/records.js";
import type { ArticleFindings, CandidateRecord, MentionRecord, ProposalRecord } from "../store/findings.js";
import type { Gazetteer } from "./gazetteer.js";
import type { DetectableLanguage } from "./language.js";
import { findMentions, findUnknownNames, recurringCapitalisedWords } from "./mentions.js";
import { RULES } from "./rules/languages.js";
import { SentenceView } from "./rules/phrases.js";
import { proposeFromSentence, type Party } from "./rules/propose.js";
import { splitSentences, type Sentence } from "./text.js";

export interface ArticleMetadata {
  readonly id: string;
  readonly title: string;
  readonly language: DetectableLanguage;
  readonly url?: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly author?: string;
}

const digest = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);

/** A mention's confidence when its name belongs to several entities. */
const shared = (entities: number) => Math.round((1 / entities) * 100) / 100;

export function analyseArticle(article: ArticleMetadata, text: string, gazetteer: Gazetteer): ArticleFindings {
  const reader = new ArticleReader(article, text, gazetteer);
  const sentences = splitSentences(text);
  const recurring = recurringCapitalisedWords(sentences);
  for (const sentence of sentences) reader.read(sentence, recurring);
  return reader.findings();
}

type Proposed = ReturnType<typeof proposeFromSentence>[number];

class ArticleReader {
  private readonly mentions: MentionRecord[] = [];
  private readonly candidates = new Map<string, CandidateRecord>();
  private readonly proposals = new Map<string, ProposalRecord>();
  /** Entity → each sentence naming it, with the mention's confidence. */
  private readonly mentioned = new Map<string, Map<string, number>>();
  /** A new agreement → who signed it, to know it again in a later sentence. */
  private readonly signers = new Map<string, Set<string>>();

  constructor(private readonly article: ArticleMetadata, private readonly text: string, private readonly gazetteer: Gazetteer) {}

  read(sentence: Sentence, recurring: ReadonlySet<string>): void {
    const found = findMentions(sentence, this.text, this.gazetteer);
    for (const m of found) {
      this.mentions.push({ id: `mention:${digest(this.article.id, m.entity, String(m.start))}`, article: this.article.id, entity: m.entity, start: m.start, end: m.end, surface: m.surface, quote: sentence.text });
      const sentences = this.mentioned.get(m.entity) ?? new Map<string, number>();
      sentences.set(sentence.text, Math.min(sentences.get(sentence.text) ?? 1, shared(found.filter((f) => f.start === m.start).length)));
      this.mentioned.set(m.entity, sentences);
    }
    // A name is one candidate however many sentences use it; a described agreement or event is one per sentence.
    const parties: Party[] = [
      ...found.map((m) => ({ id: m.entity, kind: m.kind, first: m.first, last: m.last, known: true })),
      ...findUnknownNames(sentence, found, recurring).map((n) => ({
        id: this.candidate(n.kind, n.name, sentence, n.start, n.end, ""), kind: n.kind, first: n.first, last: n.last, known: false,
      })),
    ].sort((a, b) => a.first - b.first);
    const describe = (kind: NodeKind.Agreement | NodeKind.Event, name: string, span: { first: number; last: number }) =>
      this.candidate(kind, name, sentence, sentence.tokens[span.first].start, sentence.tokens[span.last - 1].end, sentence.text);
    const proposed = this.sameSignings(proposeFromSentence(new SentenceView(sentence), parties, RULES[this.article.language], describe));
    for (const p of proposed) {
      const id = `proposal:${digest(this.article.id, p.type, p.from, p.to, sentence.text)}`;
      if (!this.proposals.has(id)) this.proposals.set(id, proposalRecord(id, this.article.id, sentence, p));
    }
  }

  findings(): ArticleFindings {
    const used = new Set([...this.proposals.values()].flatMap((p) => [p.from, p.to]));
    const candidates = [...this.candidates.values()].filter((c) => used.has(c.id) || (c.kind !== NodeKind.Agreement && c.kind !== NodeKind.Event));
    return {
      article: this.article.id, facts: articleFacts(this.article, this.text, this.mentioned), mentions: this.mentions, candidates,
      proposals: [...this.proposals.values()],
    };
  }

  private candidate(kind: NodeKind, name: string, sentence: Sentence, start: number, end: number, scope: string): string {
    const id = `candidate:${digest(this.article.id, kind, foldName(name), scope)}`;
    if (!this.candidates.has(id)) {
      this.candidates.set(id, {
        id, article: this.article.id, kind, name, language: this.article.language, quote: sentence.text, start, end,
        state: ReviewState.proposed, entity: null, reviewedBy: null, reviewedAt: null,
      });
    }
    return id;
  }

  /**
   * An article tells of one signing in several sentences: a new agreement
   * signed by the same parties (two of them, or all) as one an earlier
   * sentence described is that agreement.
   */
  private sameSignings(proposed: Proposed[]): Proposed[] {
    const remap = new Map<string, string>();
    for (const agreement of new Set(proposed.filter((p) => p.type === RelationshipType.SIGNED && this.candidates.has(p.to)).map((p) => p.to))) {
      const signers = new Set(proposed.filter((p) => p.type === RelationshipType.SIGNED && p.to === agreement).map((p) => p.from));
      const earlier = [...this.signers].find(([id, known]) => id !== agreement && sameParties(known, signers));
      if (earlier) remap.set(agreement, earlier[0]);
      else this.signers.set(agreement, signers);
    }
    return proposed.map((p) => ({ ...p, from: remap.get(p.from) ?? p.from, to: remap.get(p.to) ?? p.to }));
  }
}

function sameParties(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const shared = [...a].filter((x) => b.has(x)).length;
  return shared >= 2 || (shared === a.size && shared === b.size);
}

function proposalRecord(
  id: string, article: string, sentence: Sentence,
  p: { type: RelationshipType; from: string; to: string; properties: Readonly<Record<string, AttributeValue>>; confidence: number },
): ProposalRecord {
  return {
    id, article, type: p.type, from: p.from, to: p.to, properties: p.properties, quote: sentence.text, start: sentence.start, end: sentence.end,
    method: ExtractionMethod.machine, confidence: p.confidence, state: ReviewState.proposed, change: null, reviewedBy: null, reviewedAt: null,
  };
}

/** The Article entity, and one MENTIONS per entity it names with each sentence naming it as evidence. */
function articleFacts(article: ArticleMetadata, text: string, mentioned: ReadonlyMap<string, ReadonlyMap<string, number>>) {
  const attributes: Record<string, AttributeValue> = { title: article.title, language: article.language, text };
  for (const key of ["url", "publisher", "published", "author"] as const) {
    const value = article[key];
    if (value) attributes[key] = value;
  }
  const entity = indexEntity({ id: article.id, kind: NodeKind.Article, name: article.title, names: {}, aliases: [], labels: [], attributes }, []);
  const relationships: Relationship[] = [];
  const evidence: Evidence[] = [];
  for (const [entityId, sentences] of mentioned) {
    const id = statementId(RelationshipType.MENTIONS, article.id, entityId);
    relationships.push({ id, type: RelationshipType.MENTIONS, from: article.id, to: entityId, properties: {} });
    for (const [quote, confidence] of sentences) {
      evidence.push({
        id: evidenceId(id, article.id, quote), subject: id, article: article.id, quote, gloss: null,
        method: ExtractionMethod.machine, confidence, reviewState: ReviewState.accepted,
      });
    }
  }
  return { entities: [entity], relationships, evidence };
}
