/**
 * Scores what ingest found in one development-set article against what a
 * reader annotated in it (eval/devSet.ts). Ends are matched by meaning, not by
 * id: a known entity by its id, a new named entity by a candidate of its kind
 * whose folded name is one of its names, and a new agreement or event — which
 * articles describe rather than name — by a candidate of its kind proposed in
 * the sentence the annotation quotes.
 */
import { foldName } from "../src/domain/names.js";
import { NodeKind, RelationshipType } from "../src/domain/ontology.js";
import type { ArticleFindings, CandidateRecord, ProposalRecord } from "../src/store/findings.js";
import { endsOf, type DevArticle, type GoldEnd, type GoldNewEntity } from "./devSet.js";

export const SCORED_TYPES = [
  RelationshipType.SIGNED, RelationshipType.WITNESSED, RelationshipType.TRANSFERS,
  RelationshipType.HOLDS_POSITION, RelationshipType.ATTENDED,
] as const;
/** The three relationships the targets take together. */
export const NAMED_TYPES: readonly RelationshipType[] = [RelationshipType.SIGNED, RelationshipType.WITNESSED, RelationshipType.TRANSFERS];

export interface Tally {
  found: number;
  predicted: number;
  expected: number;
  /** When precision counts predictions rather than found items (several candidates may name one entity). */
  correctPredictions?: number;
}

export interface ArticleScore {
  readonly links: Tally;
  readonly candidates: Tally;
  readonly relationships: Record<(typeof SCORED_TYPES)[number] | "SIGNED+WITNESSED+TRANSFERS", Tally>;
  /** Known agreements and events the article reports again: linked to, and duplicated as new candidates. */
  readonly reReported: { expected: number; linked: number; duplicated: number };
  /**
   * Gold dates captured; dates proposed; proposed dates no annotation
   * supports; and of the gold dates, those of a signing (their subject is
   * what the annotation says was signed or witnessed) and how many of those
   * were captured.
   */
  readonly dates: { expected: number; captured: number; proposed: number; invented: number; signings: number; signingsCaptured: number };
  /** What went wrong, for reading: wrong links, wrong candidates, missed and wrong relationships. */
  readonly errors: string[];
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const overlaps = (a: string, b: string) => collapse(a).includes(collapse(b)) || collapse(b).includes(collapse(a));
const described = (kind: NodeKind) => kind === NodeKind.Agreement || kind === NodeKind.Event;

class Matcher {
  readonly candidates: ReadonlyMap<string, CandidateRecord>;
  private readonly entities: ReadonlyMap<string, GoldNewEntity>;

  constructor(private readonly gold: DevArticle, findings: ArticleFindings) {
    this.candidates = new Map(findings.candidates.map((c) => [c.id, c]));
    this.entities = new Map(gold.newEntities.map((e) => [`new:${e.key}`, e]));
  }

  /** Whether a finding's end (entity or candidate id), proposed in `sentences`, is the gold end. */
  end(end: string, gold: GoldEnd, sentences: readonly string[], quotes: readonly string[]): boolean {
    if (end === gold) return true;
    const candidate = this.candidates.get(end);
    const entity = this.entities.get(gold);
    if (!candidate || !entity || candidate.kind !== entity.kind) return false;
    if (!described(entity.kind)) return this.names(candidate, entity);
    const stated = [...quotes, ...(entity.quote ? [entity.quote] : [])];
    return sentences.some((s) => stated.some((q) => overlaps(s, q)));
  }

  names(candidate: CandidateRecord, entity: GoldNewEntity): boolean {
    return entity.kind === candidate.kind && entity.names.some((n) => foldName(n) === foldName(candidate.name));
  }

  /** A candidate is a real entity of the right kind: a new one annotated, or a known one the linker missed. */
  real(candidate: CandidateRecord, kindOf: (id: string) => NodeKind | undefined): boolean {
    if (this.gold.newEntities.some((e) => this.names(candidate, e))) return true;
    return this.gold.mentions.some((m) => kindOf(m.entity) === candidate.kind && foldName(m.surface) === foldName(candidate.name));
  }
}

interface Statement {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly sentences: string[];
  readonly proposals: ProposalRecord[];
}

/** Proposals counted once per (type, from, to), as a curator accepts a statement once. */
function statements(proposals: readonly ProposalRecord[]): Statement[] {
  const byKey = new Map<string, Statement>();
  for (const p of proposals) {
    const key = `${p.type} ${p.from} ${p.to}`;
    const s = byKey.get(key) ?? { type: p.type, from: p.from, to: p.to, sentences: [], proposals: [] };
    s.sentences.push(p.quote);
    s.proposals.push(p);
    byKey.set(key, s);
  }
  return [...byKey.values()];
}

export function scoreArticle(gold: DevArticle, findings: ArticleFindings, kindOf: (id: string) => NodeKind | undefined): ArticleScore {
  const matcher = new Matcher(gold, findings);
  const errors: string[] = [];
  const expectedLinks = new Set(gold.mentions.map((m) => m.entity).filter((id) => !id.startsWith("new:")));
  const linked = [...new Set(findings.mentions.map((m) => m.entity))];
  for (const id of linked.filter((l) => !expectedLinks.has(l))) errors.push(`wrong link ${id} ("${findings.mentions.find((m) => m.entity === id)!.surface}")`);
  for (const id of [...expectedLinks].filter((e) => !linked.includes(e))) errors.push(`missed link ${id}`);

  const named = findings.candidates.filter((c) => !described(c.kind));
  const real = named.filter((c) => matcher.real(c, kindOf));
  for (const c of named.filter((n) => !real.includes(n))) errors.push(`wrong candidate ${c.kind} "${c.name}"`);
  const required = gold.newEntities.filter((e) => !e.optional && !described(e.kind));
  const foundNew = required.filter((e) => named.some((c) => matcher.names(c, e)));

  const all = statements(findings.proposals);
  const relationships = {} as ArticleScore["relationships"];
  for (const type of SCORED_TYPES) relationships[type] = scoreType(gold, all.filter((s) => s.type === type), matcher, type, errors);
  relationships["SIGNED+WITNESSED+TRANSFERS"] = NAMED_TYPES.map((t) => relationships[t as (typeof SCORED_TYPES)[number]])
    .reduce((a, b) => ({ found: a.found + b.found, predicted: a.predicted + b.predicted, expected: a.expected + b.expected }));

  return {
    links: { found: linked.filter((l) => expectedLinks.has(l)).length, predicted: linked.length, expected: expectedLinks.size },
    candidates: { found: foundNew.length, predicted: named.length, expected: required.length, correctPredictions: real.length },
    relationships,
    reReported: reReported(gold, findings, all, kindOf),
    dates: scoreDates(gold, all, matcher, errors),
    errors,
  };
}

function scoreType(gold: DevArticle, proposed: readonly Statement[], matcher: Matcher, type: RelationshipType, errors: string[]): Tally {
  const expected = gold.relationships.filter((r) => r.type === type);
  const unmatched = [...expected];
  let found = 0;
  for (const s of proposed) {
    const i = unmatched.findIndex((g) => endsOf(g.from).some((f) => matcher.end(s.from, f, s.sentences, [g.quote]))
      && endsOf(g.to).some((t) => matcher.end(s.to, t, s.sentences, [g.quote])));
    if (i >= 0) {
      unmatched.splice(i, 1);
      found += 1;
    } else {
      errors.push(`wrong ${type} ${describe(s.from, matcher)} → ${describe(s.to, matcher)} in "${s.sentences[0].slice(0, 90)}"`);
    }
  }
  for (const g of unmatched) errors.push(`missed ${type} ${endsOf(g.from).join("|")} → ${endsOf(g.to).join("|")}`);
  return { found, predicted: proposed.length, expected: expected.length };
}

const describe = (end: string, matcher: Matcher) => {
  const c = matcher.candidates.get(end);
  return c ? `candidate ${c.kind} "${c.name}"` : end;
};

/**
 * A known agreement or event the annotation relates something to is reported
 * again. It is linked when some proposal ends on it, duplicated when a new
 * agreement or event candidate is proposed in a sentence the annotation
 * quotes for it.
 */
function reReported(gold: DevArticle, findings: ArticleFindings, all: readonly Statement[], kindOf: (id: string) => NodeKind | undefined) {
  const quotes = new Map<string, string[]>();
  for (const r of gold.relationships) {
    for (const end of [...endsOf(r.from), ...endsOf(r.to)]) {
      const kind = kindOf(end);
      if (kind && described(kind)) quotes.set(end, [...(quotes.get(end) ?? []), r.quote]);
    }
  }
  // A relationship that may end on either a known agreement or its known ceremony reports one signing.
  const groups = new Map<string, string[]>();
  for (const r of gold.relationships) {
    const known = [...endsOf(r.from), ...endsOf(r.to)].filter((e) => quotes.has(e)).sort();
    if (known.length > 0 && ![...groups.values()].some((g) => g.some((k) => known.includes(k)))) groups.set(known.join("|"), known);
  }
  const newDescribed = findings.candidates.filter((c) => described(c.kind)).map((c) => c.id);
  let linked = 0;
  let duplicated = 0;
  for (const group of groups.values()) {
    if (all.some((s) => group.includes(s.from) || group.includes(s.to))) linked += 1;
    const stated = group.flatMap((k) => quotes.get(k)!);
    if (all.some((s) => [s.from, s.to].some((e) => newDescribed.includes(e)) && s.sentences.some((sentence) => stated.some((q) => overlaps(sentence, q))))) duplicated += 1;
  }
  return { expected: groups.size, linked, duplicated };
}

function scoreDates(gold: DevArticle, all: readonly Statement[], matcher: Matcher, errors: string[]) {
  // One date on one end, however many statements carry it: supported when one of them is about the annotated subject.
  const proposed = new Map<string, { statements: Statement[]; date: string; inferred: boolean }>();
  for (const s of all) {
    for (const p of s.proposals) {
      if (typeof p.properties.date !== "string") continue;
      const inferred = p.properties.dateYearInferred === true;
      const key = `${s.to} ${p.properties.date} ${inferred}`;
      const dated = proposed.get(key) ?? { statements: [], date: p.properties.date, inferred };
      if (!dated.statements.includes(s)) dated.statements.push(s);
      proposed.set(key, dated);
    }
  }
  const supports = (d: (typeof gold.dates)[number], p: { statements: Statement[]; date: string; inferred: boolean }) =>
    d.date === p.date && (d.yearInferred ?? false) === p.inferred
    && p.statements.some((s) => [s.to, s.from].some((end) => matcher.end(end, d.subject, s.sentences, [d.quote])));
  const captured = gold.dates.filter((d) => [...proposed.values()].some((p) => supports(d, p)));
  const invented = [...proposed.values()].filter((p) => !gold.dates.some((d) => supports(d, p)));
  for (const p of invented) errors.push(`unsupported date ${p.date}${p.inferred ? " (year inferred)" : ""} on ${describe(p.statements[0].to, matcher)}`);
  const signed = new Set(gold.relationships.filter((r) => r.type === RelationshipType.SIGNED || r.type === RelationshipType.WITNESSED).flatMap((r) => endsOf(r.to)));
  const signings = gold.dates.filter((d) => signed.has(d.subject));
  for (const d of gold.dates.filter((g) => !captured.includes(g))) errors.push(`missed ${signed.has(d.subject) ? "signing " : ""}date ${d.date} of ${d.subject} ("${d.quote}")`);
  return {
    expected: gold.dates.length, captured: captured.length, proposed: proposed.size, invented: invented.length,
    signings: signings.length, signingsCaptured: signings.filter((d) => captured.includes(d)).length,
  };
}
