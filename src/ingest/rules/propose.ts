/**
 * Proposes relationships from one sentence by the rules of its language:
 * who signed (before an active verb, after a passive one, after "with"), who
 * witnessed ("in the presence of", "witnessed by", an active verb), who
 * attended, what was transferred, and who holds which position (a name, a
 * dash or comma, a title, an organisation). An agreement or event the graph
 * does not know becomes a candidate named in the sentence's own words.
 */
import { NodeKind, RelationshipType } from "../../domain/ontology.js";
import type { AttributeValue } from "../../domain/records.js";
import type { LanguageRules } from "./languages.js";
import { COMPOUND_TITLES, ORGANIZATION_WORDS, TITLE_WORDS } from "../nameWords.js";
import { SentenceView, type Span } from "./phrases.js";

/** An entity the sentence names: known to the graph, or a candidate. */
export interface Party extends Span {
  readonly id: string;
  readonly kind: NodeKind;
  readonly known: boolean;
}

export interface ProposedRelationship {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, AttributeValue>>;
  readonly confidence: number;
}

/** What a rule needs from outside the sentence: a candidate for an agreement or event the sentence describes. */
export interface CandidateMaker {
  (kind: NodeKind.Agreement | NodeKind.Event, name: string, span: Span): string;
}

/** The one known agreement that transfers an item, or null: a transfer reported again without its agreement is that one. */
export interface KnownTransfer {
  (item: string): string | null;
}

const ACTORS = new Set([NodeKind.Person, NodeKind.Organization]);
/** Confidence lost when an end is a candidate rather than a known entity. */
const CANDIDATE_END = 0.9;
const LONGEST_TITLE = 8;
const LONGEST_NAME = 7;
const AND = / (?:dan|va|and|og)(?= |$)/g;

/**
 * `current` is the agreement an earlier sentence's signing was of: a sentence
 * that names no agreement of its own ("The ceremony was witnessed by …",
 * "The transferred products include …") is about it.
 */
export function proposeFromSentence(
  view: SentenceView, parties: readonly Party[], rules: LanguageRules, makeCandidate: CandidateMaker, current: string | null = null,
  knownTransfer: KnownTransfer = () => null,
): ProposedRelationship[] {
  const proposals: ProposedRelationship[] = [];
  const add = (type: RelationshipType, from: Party | string, to: Party | string, confidence: number, properties: Record<string, AttributeValue> = {}) => {
    const [fromId, toId] = [from, to].map((p) => (typeof p === "string" ? p : p.id));
    const candidates = [from, to].filter((p) => typeof p !== "string" && !p.known).length;
    if (fromId !== toId) proposals.push({ type, from: fromId, to: toId, properties, confidence: round(confidence * CANDIDATE_END ** candidates) });
  };
  const positions = [...appositions(view, parties, rules, stated(view, rules)), ...titlesBefore(view, parties)];
  for (const p of positions) add(RelationshipType.HOLDS_POSITION, p.person, p.organization, 0.7, p.properties);
  const sentence = new Clauses(view, parties, rules, new Set([...positions.map((p) => p.organization), ...inAppositions(view, parties)]), current);
  for (const signing of sentence.signings(makeCandidate)) {
    for (const signer of signing.signers) {
      const onBehalfOf = positions.find((p) => p.person === signer && p.organization.known)?.organization.id;
      add(RelationshipType.SIGNED, signer, signing.agreement, signing.confidence, onBehalfOf ? { onBehalfOf } : {});
    }
  }
  for (const { witnesses, confidence, target } of sentence.witnessings(makeCandidate)) {
    for (const witness of witnesses) add(RelationshipType.WITNESSED, witness, target, confidence);
  }
  for (const { attendees, event } of sentence.attendances(makeCandidate)) {
    for (const attendee of attendees) add(RelationshipType.ATTENDED, attendee, event, 0.7);
  }
  for (const { agreement, items, confidence } of sentence.transfers(makeCandidate, knownTransfer)) {
    for (const item of items) add(RelationshipType.TRANSFERS, agreement, item, confidence);
  }
  return proposals;
}

const round = (n: number) => Math.round(n * 100) / 100;

interface Position {
  readonly person: Party;
  readonly organization: Party;
  readonly properties: Record<string, AttributeValue>;
}

/** "Name – title Organisation" and "Name, title of Organisation": the words between are the title. */
/** Where the sentence states something: no title runs across one of these. */
function stated(view: SentenceView, rules: LanguageRules): Span[] {
  return [rules.sign, rules.signedBy, rules.witnessedBy, rules.supervisedBy, rules.witnesses, rules.attendedBy, rules.attends, rules.transfer]
    .flatMap((r) => view.find(r));
}

function appositions(view: SentenceView, parties: readonly Party[], rules: LanguageRules, statements: readonly Span[]): Position[] {
  const positions: Position[] = [];
  for (const person of parties.filter((p) => p.kind === NodeKind.Person)) {
    if (!apposed(view, parties, person)) continue;
    const organization = parties.find((p) => p.kind === NodeKind.Organization && p.first > person.last && p.first - person.last <= LONGEST_TITLE);
    if (!organization) continue;
    const between = { first: person.last, last: organization.first };
    const interrupted = parties.some((p) => p.first >= between.first && p.first < between.last)
      || statements.some((s) => s.first < between.last && between.first < s.last)
      || Array.from({ length: between.last - between.first - 1 }, (_, k) => view.gapBefore(between.first + 1 + k)).some((gap) => /[,;:(]/.test(gap));
    if (interrupted) continue;
    const title = view.words(between);
    const former = view.find(rules.former).some((s) => s.first === between.first);
    positions.push({ person, organization, properties: former ? { title, current: false } : { title } });
  }
  return positions;
}

/**
 * Whether a title follows the person: after a dash, or after a comma when
 * words come first, not another party ("Lan, VNVC and Medsintez signed"
 * lists signers).
 */
function apposed(view: SentenceView, parties: readonly Party[], person: Party): boolean {
  const gap = view.gapBefore(person.last);
  return /[\-–—]/.test(gap) || (gap.includes(",") && !parties.some((p) => p.first === person.last));
}

/**
 * A title before the name that names its body: "Bộ trưởng Bộ Y tế Việt Nam
 * Đào Hồng Lan", "Chủ tịch Quốc hội Vương Đình Huệ", "Direktur Institut
 * Pasteur X" — title words, an organisation, perhaps its country, then the
 * person, with no punctuation between. A title naming only a country
 * ("Menteri Kesehatan Vietnam X") says which ministry it is no more than the
 * article does, and is left to the curator.
 */
function titlesBefore(view: SentenceView, parties: readonly Party[]): Position[] {
  const positions: Position[] = [];
  const joined = (i: number) => !/[,;:()\-–—"“”]/.test(view.gapBefore(i));
  for (const person of parties.filter((p) => p.kind === NodeKind.Person && p.first > 0 && joined(p.first))) {
    const country = parties.find((p) => p.kind === NodeKind.Country && p.last === person.first && joined(p.first));
    const organization = parties.find((p) => p.kind === NodeKind.Organization && p.last === (country ?? person).first);
    if (!organization) continue;
    let start = organization.first;
    while (start > 0 && organization.first - start < LONGEST_TITLE && joined(start) && isTitleWord(view, start - 1)) start -= 1;
    if (start === organization.first) continue;
    positions.push({ person, organization, properties: { title: view.words({ first: start, last: person.first }) } });
  }
  return positions;
}

/** A word of a title: "Bộ trưởng", "Minister", "Direktur"; "Bộ" only in "Bộ trưởng", where it is no ministry. */
function isTitleWord(view: SentenceView, i: number): boolean {
  const [word, next, previous] = [view.wordAt(i), view.wordAt(i + 1), view.wordAt(i - 1)];
  if (COMPOUND_TITLES.has(`${word} ${next}`) || COMPOUND_TITLES.has(`${previous} ${word}`)) return true;
  return TITLE_WORDS.has(word) && !ORGANIZATION_WORDS.has(word);
}

/**
 * The organisations named inside a person's apposition ("X, head of the office
 * of Medsintez in Vietnam,"): they say where the person works, not who acts.
 */
function inAppositions(view: SentenceView, parties: readonly Party[]): Party[] {
  const inside: Party[] = [];
  for (const person of parties.filter((p) => p.kind === NodeKind.Person)) {
    if (!apposed(view, parties, person)) continue;
    let end = person.last + 1;
    while (end < view.length && end - person.last <= LONGEST_TITLE && !/[,;:()]/.test(view.gapBefore(end))) end += 1;
    inside.push(...parties.filter((p) => p.kind === NodeKind.Organization && p.first >= person.last && p.last <= end));
  }
  return inside;
}

interface Signing {
  readonly signers: Party[];
  readonly agreement: Party | string;
  readonly confidence: number;
}

/** The sentence's verbs and markers, and the parties each one governs. */
class Clauses {
  private readonly verbs: Span[];

  constructor(
    private readonly view: SentenceView,
    private readonly parties: readonly Party[],
    private readonly rules: LanguageRules,
    private readonly titleOrganizations: ReadonlySet<Party>,
    private readonly current: string | null,
  ) {
    const markers = [rules.signedBy, rules.witnessedBy, rules.supervisedBy, rules.attendedBy];
    const marked = markers.flatMap((m) => view.find(m));
    // "lễ ký kết" (signing ceremony) names an event: its "ký kết" is no verb.
    const events = view.find(rules.eventNoun);
    const verbs = [rules.sign, rules.witnesses, rules.attends].flatMap((v) => view.find(v))
      .filter((v) => ![...marked, ...events].some((m) => v.first < m.last && m.first < v.last));
    this.verbs = [...marked, ...verbs].sort((a, b) => a.first - b.first);
  }

  signings(makeCandidate: CandidateMaker): Signing[] {
    const active = this.withoutMarkers(this.view.find(this.rules.sign)).map((verb) => {
      const signers = this.actorsBefore(verb);
      const inverted = signers.length === 0 && this.rules.verbSecond ? this.subjectsAfter(verb) : null;
      if (inverted) return { signers: inverted.signers, agreement: this.agreementAfter(inverted.span, makeCandidate), confidence: 0.75 };
      const counterpart = this.view.find(this.rules.counterpart).find((c) => c.first >= verb.last && c.first < this.clauseEnd(verb.last));
      if (counterpart) {
        const partner = this.parties.find((p) => ACTORS.has(p.kind) && p.first >= counterpart.last && p.first - counterpart.last <= 2);
        if (partner) signers.push(partner);
      }
      return { signers, agreement: this.agreementAfter(verb, makeCandidate), confidence: 0.8 };
    });
    const passive = this.view.find(this.rules.signedBy).map((verb) => ({
      signers: this.actorsIn({ first: verb.last, last: this.clauseEnd(verb.last) }),
      agreement: this.agreementNear({ first: this.clauseStart(verb.first), last: verb.first }, makeCandidate),
      confidence: 0.75,
    }));
    return [...active, ...passive].filter((s) => s.signers.length > 0 && s.agreement !== null) as Signing[];
  }

  witnessings(makeCandidate: CandidateMaker) {
    const target = (at: Span) => this.signedAgreementNear(at, makeCandidate) ?? this.knownOfKind(NodeKind.Event) ?? this.current ?? this.eventOf(makeCandidate);
    const marked = [
      ...this.view.find(this.rules.witnessedBy).map((m) => ({ marker: m, confidence: 0.8 })),
      ...this.view.find(this.rules.supervisedBy).map((m) => ({ marker: m, confidence: 0.6 })),
    ].map(({ marker, confidence }) => ({
      witnesses: this.personsIn(this.listAfter(marker)), confidence, target: target(marker),
    }));
    const active = this.withoutMarkers(this.view.find(this.rules.witnesses)).map((verb) => ({
      witnesses: this.actorsBefore(verb).filter((p) => p.kind === NodeKind.Person), confidence: 0.65, target: target(verb),
    }));
    return [...marked, ...active].filter((w) => w.witnesses.length > 0 && w.target !== null) as { witnesses: Party[]; confidence: number; target: Party | string }[];
  }

  attendances(makeCandidate: CandidateMaker) {
    const talks = this.talks(makeCandidate);
    const event = this.eventOf(makeCandidate);
    if (event === null) return talks;
    const marked = this.view.find(this.rules.attendedBy).map((m) => this.actorsIn({ first: m.last, last: this.clauseEnd(m.last) }));
    const active = this.withoutMarkers(this.view.find(this.rules.attends)).map((verb) => this.actorsBefore(verb));
    // Who signs or witnesses at the event is there already by saying so.
    const acting = new Set([...this.signings(makeCandidate).flatMap((s) => s.signers), ...this.witnessings(makeCandidate).flatMap((w) => w.witnesses)]);
    const present = this.view.find(this.rules.atEvent).some((at) => this.eventNouns().some((n) => n.first >= at.last && n.first - at.last <= 1))
      ? [this.personsIn({ first: 0, last: this.view.length }).filter((p) => !acting.has(p))] : [];
    return [...marked, ...active, ...present].filter((a) => a.length > 0).map((attendees) => ({ attendees, event })).concat(talks);
  }

  /**
   * Talks between people ("X held bilateral talks with Y", "X điện đàm với
   * Y"): the people before the word for meeting and after the "with" that
   * follows it attended one meeting, when they are two or more.
   */
  private talks(makeCandidate: CandidateMaker) {
    return this.view.find(this.rules.meeting).flatMap((word) => {
      const counterpart = this.view.find(this.rules.counterpart).find((c) => c.first >= word.last && c.first - word.last <= 2);
      if (!counterpart) return [];
      const attendees = [
        ...this.personsIn({ first: this.clauseStart(word.first), last: word.first }),
        ...this.personsIn({ first: counterpart.last, last: this.clauseEnd(counterpart.last) }),
      ];
      if (attendees.length < 2) return [];
      return [{ attendees, event: this.knownOfKind(NodeKind.Event) ?? makeCandidate(NodeKind.Event, this.view.words({ first: word.first, last: counterpart.first }), word) }];
    });
  }

  /** Where the sentence names an event: a word for one, or for a signing ceremony ("signeringsseremonien"). */
  private eventNouns(): Span[] {
    return [...this.view.find(this.rules.eventNoun), ...this.view.find(this.rules.signingCeremony)].sort((a, b) => a.first - b.first);
  }

  /**
   * What a transfer sentence transfers, and under which agreement: the one
   * the sentence names or signs, else the article's current one, else each
   * item's known transfer, else a new agreement in the sentence's words. A
   * sentence listing what "will be produced" after a signing lists what that
   * agreement transfers.
   */
  transfers(makeCandidate: CandidateMaker, knownTransfer: KnownTransfer) {
    const items = this.parties.filter((p) => p.kind === NodeKind.Drug || p.kind === NodeKind.Technology);
    const [transfer] = this.view.find(this.rules.transfer);
    if (items.length === 0) return [];
    if (!transfer) return this.current && this.view.find(this.rules.produce).length > 0 ? [{ agreement: this.current, items, confidence: 0.5 }] : [];
    const stated = this.knownOfKind(NodeKind.Agreement) ?? this.signings(makeCandidate)[0]?.agreement ?? this.current;
    if (stated) return [{ agreement: stated, items, confidence: 0.6 }];
    const known = items.filter((item) => knownTransfer(item.id) !== null).map((item) => ({ agreement: knownTransfer(item.id)!, items: [item], confidence: 0.6 }));
    const rest = items.filter((item) => knownTransfer(item.id) === null);
    if (rest.length === 0) return known;
    const described = makeCandidate(NodeKind.Agreement, this.view.words({ first: transfer.first, last: Math.min(this.view.length, transfer.first + LONGEST_NAME) }), transfer);
    return [...known, { agreement: described, items: rest, confidence: 0.6 }];
  }

  /**
   * A verb-second clause's subjects: the people and organisations between
   * the verb and the agreement noun after it; the span ends with the last
   * of them, where the agreement's words start.
   */
  private subjectsAfter(verb: Span): { signers: Party[]; span: Span } | null {
    const end = this.clauseEnd(verb.last);
    const noun = this.view.find(this.rules.agreementNoun).find((n) => n.first >= verb.last && n.first < end);
    const signers = noun ? this.actorsIn({ first: verb.last, last: noun.first }) : [];
    return signers.length > 0 ? { signers, span: { first: verb.first, last: signers[signers.length - 1].last } } : null;
  }

  private withoutMarkers(verbs: Span[]): Span[] {
    return verbs.filter((v) => this.verbs.some((k) => k.first === v.first && k.last === v.last));
  }

  /** Where the clause holding token i starts: after the previous verb or marker, or a clause break. */
  private clauseStart(i: number): number {
    let start = 0;
    for (const v of this.verbs) if (v.last <= i) start = Math.max(start, v.last);
    for (let k = i; k > start; k--) if (this.view.clauseBreakBefore(k)) return k;
    return start;
  }

  private clauseEnd(i: number): number {
    const next = this.verbs.find((v) => v.first >= i)?.first ?? this.view.length;
    for (let k = i + 1; k < next; k++) if (this.view.clauseBreakBefore(k)) return k;
    return next;
  }

  /**
   * A list of witnesses after a marker ends at a comma followed by an
   * ordinary word, or by an organisation rather than another titled person
   * ("in the presence of Minister X, VNVC and Medsintez signed …").
   */
  private listAfter(marker: Span): Span {
    const end = this.clauseEnd(marker.last);
    for (let k = marker.last + 1; k < end; k++) {
      if (!this.view.gapBefore(k).includes(",")) continue;
      const next = this.parties.filter((p) => ACTORS.has(p.kind) && p.first >= k && p.first < end)[0];
      if (!this.view.capitalised(k) || (next?.first === k && next.kind === NodeKind.Organization)) return { first: marker.last, last: k };
    }
    return { first: marker.last, last: end };
  }

  /** Who acts in a span: people and organisations, not a place, not a parenthesis, not the organisation of someone's title. */
  private actorsIn(span: Span): Party[] {
    const places = this.view.find(this.rules.place);
    return this.parties.filter((p) => ACTORS.has(p.kind) && p.first >= span.first && p.last <= span.last
      && !this.view.inParentheses(p.first) && !this.titleOrganizations.has(p)
      && !places.some((at) => at.last === p.first || at.last === p.first - 1));
  }

  private personsIn(span: Span): Party[] {
    return this.actorsIn(span).filter((p) => p.kind === NodeKind.Person);
  }

  private actorsBefore(verb: Span): Party[] {
    const start = this.clauseStart(verb.first);
    const inMarkedLists = [this.rules.witnessedBy, this.rules.supervisedBy].flatMap((m) => this.view.find(m)).map((m) => this.listAfter(m));
    return this.actorsIn({ first: start, last: verb.first })
      .filter((p) => !inMarkedLists.some((l) => p.first >= l.first && p.last <= l.last));
  }

  private knownOfKind(kind: NodeKind): Party | undefined {
    return this.parties.find((p) => p.kind === kind);
  }

  /** The agreement a signing verb signs: a known one the sentence names, or the words after the verb. */
  private agreementAfter(verb: Span, makeCandidate: CandidateMaker): Party | string {
    return this.agreementNear({ first: verb.last, last: this.nameEnd(verb.last) }, makeCandidate) ?? makeCandidate(NodeKind.Agreement, this.view.words(verb), verb);
  }

  private agreementNear(span: Span, makeCandidate: CandidateMaker): Party | string | null {
    const known = this.knownOfKind(NodeKind.Agreement);
    if (known) return known;
    const words = this.view.words(span);
    return words ? makeCandidate(NodeKind.Agreement, words, span) : null;
  }

  /** The agreement of the signing nearest to a marker: the next one, else the previous one. */
  private signedAgreementNear(at: Span, makeCandidate: CandidateMaker): Party | string | null {
    const signs = this.withoutMarkers(this.view.find(this.rules.sign));
    const verb = signs.find((s) => s.first >= at.last) ?? signs.reverse().find((s) => s.last <= at.first);
    return verb ? this.agreementAfter(verb, makeCandidate) : null;
  }

  private eventOf(makeCandidate: CandidateMaker): Party | string | null {
    const known = this.knownOfKind(NodeKind.Event);
    if (known) return known;
    const [noun] = this.eventNouns();
    return noun ? makeCandidate(NodeKind.Event, this.view.words(noun), noun) : null;
  }

  /** A new agreement's name: the words after the verb up to "with", a place, a comma, or a few words. */
  private nameEnd(from: number): number {
    const stops = [this.rules.counterpart, this.rules.place].flatMap((r) => this.view.find(r)).map((s) => s.first).filter((s) => s >= from);
    let end = Math.min(this.clauseEnd(from), from + LONGEST_NAME, ...stops);
    for (let k = from + 1; k < end; k++) if (/[,(]/.test(this.view.gapBefore(k))) end = k;
    // A name does not end on "and": what follows it is another clause.
    while (end > from + 1 && this.view.find(this.rules.counterpart).concat(this.view.find(AND)).some((s) => s.first === end - 1)) end -= 1;
    return end;
  }
}
