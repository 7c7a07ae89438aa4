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
import { findMentions, findUnknownNames } from "./mentions.js";
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
  const mentions: MentionRecord[] = [];
  const candidates = new Map<string, CandidateRecord>();
  const proposals = new Map<string, ProposalRecord>();
  const mentionEvidence = new Map<string, Map<string, number>>();
  for (const sentence of splitSentences(text)) {
    const found = findMentions(sentence, text, gazetteer);
    for (const m of found) {
      mentions.push({ id: `mention:${digest(article.id, m.entity, String(m.start))}`, article: article.id, entity: m.entity, start: m.start, end: m.end, surface: m.surface, quote: sentence.text });
      const sentences = mentionEvidence.get(m.entity) ?? new Map<string, number>();
      sentences.set(sentence.text, Math.min(sentences.get(sentence.text) ?? 1, shared(found.filter((f) => f.start === m.start).length)));
      mentionEvidence.set(m.entity, sentences);
    }
    const candidate = (kind: NodeKind, name: string, start: number, end: number): string => {
      const id = `candidate:${digest(article.id, kind, foldName(name), sentence.text)}`;
      if (!candidates.has(id)) {
        candidates.set(id, {
          id, article: article.id, kind, name, language: article.language, quote: sentence.text, start, end,
          state: ReviewState.proposed, entity: null, reviewedBy: null, reviewedAt: null,
        });
      }
      return id;
    };
    const parties: Party[] = [
      ...found.map((m) => ({ id: m.entity, kind: m.kind, first: m.first, last: m.last, known: true })),
      ...findUnknownNames(sentence, found).map((n) => ({ id: candidate(n.kind, n.name, n.start, n.end), kind: n.kind, first: n.first, last: n.last, known: false })),
    ].sort((a, b) => a.first - b.first);
    const view = new SentenceView(sentence);
    const describe = (kind: NodeKind.Agreement | NodeKind.Event, name: string, span: { first: number; last: number }) =>
      candidate(kind, name, sentence.tokens[span.first].start, sentence.tokens[span.last - 1].end);
    for (const p of proposeFromSentence(view, parties, RULES[article.language], describe)) {
      const id = `proposal:${digest(article.id, p.type, p.from, p.to, sentence.text)}`;
      if (!proposals.has(id)) proposals.set(id, proposalRecord(id, article.id, sentence, p));
    }
  }
  return { article: article.id, facts: articleFacts(article, text, mentionEvidence), mentions, candidates: [...candidates.values()], proposals: [...proposals.values()] };
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
  const entity = indexEntity({ id: article.id, kind: NodeKind.Article, name: article.title, names: {}, aliases: [], attributes }, []);
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
