/**
 * Reads one article against the names the graph knows: links every mention,
 * turns unknown names into candidates, and proposes relationships sentence by
 * sentence. Pure: the same text, metadata and names give the same findings,
 * with the same content-derived ids.
 */
import { createHash } from "node:crypto";
import { foldName, foldText } from "../domain/names.js";
import { NodeKind, RelationshipType } from "../domain/ontology.js";
import { indexEntity } from "../domain/indexing.js";
import { ExtractionMethod, ReviewState, type AttributeValue } from "../domain/records.js";
import type { ArticleFindings, CandidateRecord, MentionRecord, ProposalRecord } from "../store/findings.js";
import type { Gazetteer } from "./gazetteer.js";
import type { DetectableLanguage } from "./language.js";
import { readDates, withArticleYear } from "./dates.js";
import { resolveNames } from "./extend.js";
import { articleWords, type ArticleWords } from "./articleWords.js";
import { findMentions, findUnknownNames, type FoundMention } from "./mentions.js";
import { RULES } from "./rules/languages.js";
import { SentenceView } from "./rules/phrases.js";
import { proposeFromSentence, type Party } from "./rules/propose.js";
import { KnownSignings } from "./signings.js";
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

/** A mention's confidence when ingest knew the entity by what the sentence says of it (its signers, its ceremony), not by its name. */
const KNOWN_BY_READING = 0.8;

/** A mention's confidence when its name belongs to several entities. */
const shared = (entities: number) => Math.round((1 / entities) * 100) / 100;

export function analyseArticle(article: ArticleMetadata, text: string, gazetteer: Gazetteer, signings = new KnownSignings()): ArticleFindings {
  const reader = new ArticleReader(article, text, gazetteer, signings);
  const sentences = splitSentences(text);
  const words = articleWords(sentences);
  for (const sentence of sentences) reader.read(sentence, words);
  return reader.findings();
}

type Proposed = ReturnType<typeof proposeFromSentence>[number];

/** The relationships that happen on a day: a signing and its witnessing carry the date of the signing. */
const DATED: ReadonlySet<RelationshipType> = new Set([RelationshipType.SIGNED, RelationshipType.WITNESSED]);

type SigningDate = ReturnType<typeof withArticleYear>;

/**
 * An agreement named only by a definite noun, with at most one word saying
 * what kind ("the agreement", "on the cooperation agreement", "perjanjian
 * kerja sama tersebut", "thỏa thuận này", "avtalen"), folded.
 */
const DEFINITE_AGREEMENT: Readonly<Record<DetectableLanguage, RegExp>> = {
  en: /^(?:(?:on|of|for|under) )?(?:the|this|that) (?:\S+ )?(?:agreement|deal|memorandum|contract|document)$/,
  id: /^(?:perjanjian|kesepakatan|nota kesepahaman|dokumen) (?:\S+ (?:\S+ )?)?(?:ini|tersebut)$/,
  vi: /^(?:thoa thuan|hop dong|ban ghi nho|van ban) (?:\S+ (?:\S+ )?)?(?:nay|tren)$/,
  no: /^(?:avtalen|intensjonsavtalen|kontrakten|dokumentet)$/,
};

/**
 * Whether an event's noun is definite, tested on "WORD WORD | WORD WORD NAME"
 * (the two words before it, the two after, then its name; folded): "the"
 * or "this" before it, "tersebut" or "ini", "này" or "đó" after it, or
 * Norwegian's definite ending.
 */
const DEFINITE_EVENT: Readonly<Record<DetectableLanguage, RegExp>> = {
  en: /(?:^|\s)(?:the|this|that) \|/,
  id: /\| (?:tersebut|ini)(?: |$)/,
  vi: /\| (?:nay|do)(?: |$)/,
  no: /(?:et|en|a)$/,
};

class ArticleReader {
  private readonly mentions: MentionRecord[] = [];
  private readonly candidates = new Map<string, CandidateRecord>();
  private readonly proposals = new Map<string, ProposalRecord>();
  /** Entity → the first sentence naming it, with its surest mention's confidence there. */
  private readonly mentioned = new Map<string, { sentence: Sentence; confidence: number }>();
  /** A new agreement → who signed it, to know it again in a later sentence. */
  private readonly signers = new Map<string, Set<string>>();

  /** Each word of the people the article names → the person, or null when two people share it. */
  private readonly people = new Map<string, string | null>();
  /** A signed or witnessed agreement or event → the dates of the sentences stating its signing (see signingDate). */
  private readonly signingDates = new Map<string, Set<string>>();
  /** The agreement the article's latest signing was of: what a later sentence's witnesses and transfers are about. */
  private current: string | null = null;
  /** The event the article's latest attendance was at: what a later "the meeting" is. */
  private currentEvent: string | null = null;

  constructor(
    private readonly article: ArticleMetadata, private readonly text: string, private readonly gazetteer: Gazetteer, private readonly signings: KnownSignings,
  ) {}

  read(sentence: Sentence, words: ArticleWords): void {
    const direct = findMentions(sentence, this.text, this.gazetteer, (person) => this.signings.isCredited(person));
    this.rememberPeople(direct);
    const { found, names } = resolveNames(sentence, direct, findUnknownNames(sentence, direct, words, this.gazetteer.words), this.gazetteer, this.people);
    for (const m of found) {
      this.mentions.push({ id: `mention:${digest(this.article.id, m.entity, String(m.start))}`, article: this.article.id, entity: m.entity, start: m.start, end: m.end, surface: m.surface, quote: sentence.text });
      const confidence = shared(found.filter((f) => f.start === m.start).length);
      const first = this.mentioned.get(m.entity);
      if (!first) this.mentioned.set(m.entity, { sentence, confidence });
      else if (first.sentence === sentence) first.confidence = Math.max(first.confidence, confidence);
    }
    // A name is one candidate however many sentences use it; a described agreement or event is one per sentence.
    const parties: Party[] = [
      ...found.map((m) => ({ id: m.entity, kind: m.kind, first: m.first, last: m.last, known: true })),
      ...names.map((n) => ({
        id: this.candidate(n.kind, n.name, sentence, n.start, n.end, ""), kind: n.kind, first: n.first, last: n.last, known: false,
      })),
    ].sort((a, b) => a.first - b.first);
    const describe = (kind: NodeKind.Agreement | NodeKind.Event, name: string, span: { first: number; last: number }) =>
      this.candidate(kind, name, sentence, sentence.tokens[span.first].start, sentence.tokens[span.last - 1].end, sentence.text);
    const read = proposeFromSentence(new SentenceView(sentence), parties, RULES[this.article.language], describe, this.current, (item) => this.signings.transferOf(item));
    const known = this.knownSignings(this.definiteAgreements(read), sentence);
    this.current = known.filter((p) => p.type === RelationshipType.SIGNED).at(-1)?.to ?? this.current;
    const proposed = this.knownMeeting(sentence, found, this.sameSignings(this.atKnownCeremony(sentence, known)));
    this.current = proposed.filter((p) => p.type === RelationshipType.SIGNED).at(-1)?.to ?? this.current;
    const met = this.definiteEvents(proposed, sentence);
    this.currentEvent = met.filter((p) => p.type === RelationshipType.ATTENDED).at(-1)?.to ?? this.currentEvent;
    const date = this.signingDate(sentence);
    for (const p of met) {
      const id = `proposal:${digest(this.article.id, p.type, p.from, p.to, sentence.text)}`;
      const dated = date !== null && DATED.has(p.type);
      if (dated) this.signingDates.set(p.to, new Set([...(this.signingDates.get(p.to) ?? []), JSON.stringify(date)]));
      if (!this.proposals.has(id)) this.proposals.set(id, proposalRecord(id, this.article.id, sentence, dated ? { ...p, properties: { ...p.properties, ...date } } : p));
    }
  }

  findings(): ArticleFindings {
    this.dateSignings();
    for (const p of this.mentionProposals()) this.proposals.set(p.id, p);
    const used = new Set([...this.proposals.values()].flatMap((p) => [p.from, p.to]));
    const candidates = [...this.candidates.values()].filter((c) => used.has(c.id) || (c.kind !== NodeKind.Agreement && c.kind !== NodeKind.Event));
    return {
      article: this.article.id, facts: { entities: [articleEntity(this.article, this.text)], relationships: [], evidence: [] },
      mentions: this.mentions, candidates, proposals: [...this.proposals.values()],
    };
  }

  /**
   * The one date a sentence states, as a signing's date: with its year
   * taken from the article's date when the sentence gives none. A sentence
   * stating several dates does not say which is the signing's.
   */
  private signingDate(sentence: Sentence): SigningDate | null {
    const dates = new Set(readDates(sentence.text, this.article.language).map((d) => JSON.stringify(withArticleYear(d.date, this.article.published))));
    return dates.size === 1 ? JSON.parse([...dates][0]) as SigningDate : null;
  }

  /**
   * One signing told in several sentences ("X and Y signed …", "The ceremony
   * took place on 12 September, witnessed by …") has the date one of them
   * states: every signing or witnessing of the same agreement or event that
   * states none gets it, unless the article states two.
   */
  private dateSignings(): void {
    for (const [id, p] of this.proposals) {
      const dates = this.signingDates.get(p.to);
      if (!DATED.has(p.type) || p.properties.date !== undefined || dates?.size !== 1) continue;
      this.proposals.set(id, { ...p, properties: { ...p.properties, ...(JSON.parse([...dates][0]) as SigningDate) } });
    }
  }

  /**
   * That the article mentions an entity is a proposal like any other: one per
   * entity, from the first sentence naming it, at the confidence of its
   * surest mention there.
   */
  private mentionProposals(): ProposalRecord[] {
    return [...this.mentioned].map(([entity, { sentence, confidence }]) => {
      const id = `proposal:${digest(this.article.id, RelationshipType.MENTIONS, this.article.id, entity, sentence.text)}`;
      return proposalRecord(id, this.article.id, sentence, {
        type: RelationshipType.MENTIONS, from: this.article.id, to: entity, properties: {}, confidence,
      });
    });
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

  /** Records that the sentence names a known entity at a place ingest found it by its reading, not by its name. */
  private mentionKnown(entity: string, sentence: Sentence, start: number, end: number): void {
    this.mentions.push({ id: `mention:${digest(this.article.id, entity, String(start))}`, article: this.article.id, entity, start, end, surface: this.text.slice(start, end), quote: sentence.text });
    if (!this.mentioned.has(entity)) this.mentioned.set(entity, { sentence, confidence: KNOWN_BY_READING });
  }

  /**
   * Once the article's signing is a known agreement, its signing ceremony is
   * the known ceremony that agreement was signed at: the sentence's words for
   * a signing ceremony mention it, and a new ceremony proposed here — a
   * signing ceremony, or a ceremony named by its noun alone — is it.
   */
  private atKnownCeremony(sentence: Sentence, proposed: Proposed[]): Proposed[] {
    const ceremony = this.current === null ? null : this.signings.ceremonyOf(this.current);
    if (ceremony === null) return proposed;
    const view = new SentenceView(sentence);
    for (const span of view.find(RULES[this.article.language].signingCeremony)) {
      this.mentionKnown(ceremony, sentence, sentence.tokens[span.first].start, sentence.tokens[span.last - 1].end);
    }
    const isCeremony = (id: string) => {
      const c = this.candidates.get(id);
      const rules = RULES[this.article.language];
      return c?.kind === NodeKind.Event && (foldText(c.name).match(rules.signingCeremony) !== null || rules.ceremony.test(foldText(c.name)));
    };
    return proposed.map((p) => ({ ...p, from: isCeremony(p.from) ? ceremony : p.from, to: isCeremony(p.to) ? ceremony : p.to }));
  }

  /**
   * A meeting the sentence tells of ("During his meet with …", "hội đàm
   * với …") naming two or more people the graph knows attended one meeting,
   * on no other date than its own, is that meeting: the word for it mentions
   * it, a new event proposed here is it, and each of those people attended it.
   */
  private knownMeeting(sentence: Sentence, found: readonly FoundMention[], proposed: Proposed[]): Proposed[] {
    const [word] = new SentenceView(sentence).find(RULES[this.article.language].meeting);
    const people = [...new Set(found.filter((m) => m.kind === NodeKind.Person).map((m) => m.entity))];
    const event = word ? this.signings.meetingAttendedBy(people, this.signingDate(sentence)?.date ?? null) : null;
    if (!word || event === null) return proposed;
    this.mentionKnown(event, sentence, sentence.tokens[word.first].start, sentence.tokens[word.last - 1].end);
    const isNewEvent = (id: string) => this.candidates.get(id)?.kind === NodeKind.Event;
    const remapped = proposed.map((p) => ({ ...p, from: isNewEvent(p.from) ? event : p.from, to: isNewEvent(p.to) ? event : p.to }));
    const attended = people.filter((p) => this.signings.attended(p, event) && !remapped.some((r) => r.type === RelationshipType.ATTENDED && r.from === p && r.to === event));
    return [...remapped, ...attended.map((p) => ({ type: RelationshipType.ATTENDED, from: p, to: event, properties: {}, confidence: KNOWN_BY_READING }))];
  }

  private rememberPeople(found: readonly FoundMention[]): void {
    for (const m of found.filter((f) => f.kind === NodeKind.Person)) {
      for (const word of foldName(m.surface).split(" ").filter((w) => w.length >= 3)) {
        this.people.set(word, this.people.has(word) && this.people.get(word) !== m.entity ? null : m.entity);
      }
    }
  }

  /**
   * "The agreement was exchanged between …": an agreement the sentence names
   * only by a definite noun is the one the article is telling of, not a new one.
   */
  private definiteAgreements(proposed: Proposed[]): Proposed[] {
    const current = this.current;
    if (current === null) return proposed;
    const definite = (id: string) => {
      const c = this.candidates.get(id);
      return c?.kind === NodeKind.Agreement && DEFINITE_AGREEMENT[this.article.language].test(foldText(c.name));
    };
    return proposed.map((p) => ({ ...p, from: definite(p.from) ? current : p.from, to: definite(p.to) ? current : p.to }));
  }

  /**
   * "Berbicara pada pertemuan tersebut", "at the meeting", "møtet": an event
   * named by a definite noun is the one the article last told of people
   * attending, not a new one.
   */
  private definiteEvents(proposed: Proposed[], sentence: Sentence): Proposed[] {
    const current = this.currentEvent;
    if (current === null) return proposed;
    const definite = (id: string) => {
      const c = this.candidates.get(id);
      if (c?.kind !== NodeKind.Event) return false;
      const before = foldText(this.text.slice(sentence.start, c.start)).split(" ").slice(-2).join(" ");
      const after = foldText(this.text.slice(c.end, sentence.end)).split(" ").slice(0, 2).join(" ");
      return DEFINITE_EVENT[this.article.language].test(`${before} | ${after} ${foldText(c.name)}`);
    };
    return proposed.map((p) => ({ ...p, from: definite(p.from) ? current : p.from, to: definite(p.to) ? current : p.to }));
  }

  /** A new agreement whose signers are parties of a known one is that known agreement, reported again. */
  private knownSignings(proposed: Proposed[], sentence: Sentence): Proposed[] {
    const remap = new Map<string, string>();
    for (const agreement of new Set(proposed.filter((p) => p.type === RelationshipType.SIGNED && this.candidates.has(p.to)).map((p) => p.to))) {
      const signers = proposed.filter((p) => p.type === RelationshipType.SIGNED && p.to === agreement && !this.candidates.has(p.from)).map((p) => p.from);
      const known = this.signings.agreementSignedBy(signers);
      if (known) {
        remap.set(agreement, known);
        const described = this.candidates.get(agreement)!;
        this.mentionKnown(known, sentence, described.start, described.end);
      }
    }
    return proposed.map((p) => ({ ...p, from: remap.get(p.from) ?? p.from, to: remap.get(p.to) ?? p.to }));
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

/** The Article entity: the source itself, the one fact ingest writes (what it says stays a finding until reviewed). */
function articleEntity(article: ArticleMetadata, text: string) {
  const attributes: Record<string, AttributeValue> = { title: article.title, language: article.language, text };
  for (const key of ["url", "publisher", "published", "author"] as const) {
    const value = article[key];
    if (value) attributes[key] = value;
  }
  return indexEntity({ id: article.id, kind: NodeKind.Article, name: article.title, names: {}, aliases: [], labels: [], attributes }, []);
}
