/**
 * `npm run eval-ingest`: how well ingest finds what the curators recorded.
 * Each seed article in turn is ingested into a fresh embedded store holding
 * the rest of the seed — every other article's facts, and only the entities
 * those facts touch — and what ingest finds is compared with the article's
 * own curated statements. Writes eval/ingest-results.json and
 * docs/ingest-evaluation.md, and prints the table.
 *
 * An entity only this article names is absent from the store, so ingest can
 * only find it as a candidate. It counts as found when a candidate's folded
 * name is one of the entity's names; an agreement or event (whose names are
 * descriptions no article writes out) counts as found by a proposal whose
 * candidate end is of its kind and whose sentence is one the curators quoted
 * for that very statement.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { NodeKind, RelationshipType } from "../src/domain/ontology.js";
import type { Entity, GraphBatch, Relationship } from "../src/domain/records.js";
import { foldName } from "../src/domain/names.js";
import { formsOf } from "../src/ingest/gazetteer.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { readSeedGraph } from "../src/seed/index.js";
import type { ArticleFindings, CandidateRecord } from "../src/store/findings.js";
import { DEFAULT_QUERY_TIMEOUT_MS, openStore } from "../src/store/index.js";

const EVALUATED = [
  RelationshipType.SIGNED, RelationshipType.WITNESSED, RelationshipType.TRANSFERS,
  RelationshipType.HOLDS_POSITION, RelationshipType.ATTENDED,
] as const;
const OUT = fileURLToPath(new URL("../../eval/ingest-results.json", import.meta.url));
const DOC = fileURLToPath(new URL("../../docs/ingest-evaluation.md", import.meta.url));

interface Tally { found: number; predicted: number; expected: number; correctPredictions?: number }
type Scores = Record<"mentions" | "newEntities" | "mentionsWithCandidates" | RelationshipType, Tally>;

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const overlaps = (a: string, b: string) => collapse(a).includes(collapse(b)) || collapse(b).includes(collapse(a));

/** The seed without one article: its evidence, the statements only it supports, the entities only they touch. */
export function withoutArticle(full: GraphBatch, article: string): GraphBatch {
  const evidence = full.evidence.filter((e) => e.article !== article);
  const supported = new Set(evidence.map((e) => e.subject));
  const relationships = full.relationships.filter((r) => supported.has(r.id));
  const touched = new Set(relationships.flatMap((r) => [r.from, r.to]));
  const entities = full.entities.filter((e) => e.id !== article && (e.kind === NodeKind.Article || touched.has(e.id)));
  const kept = new Set([...entities.map((e) => e.id), ...relationships.map((r) => r.id)]);
  return { entities, relationships, evidence: evidence.filter((e) => kept.has(e.subject)) };
}

interface Gold {
  readonly byId: ReadonlyMap<string, Entity>;
  /** Entities the leave-one-out store holds. */
  readonly present: ReadonlySet<string>;
  /** Statement id → the article's quotes for it. */
  readonly quotes: ReadonlyMap<string, string[]>;
}

function score(full: GraphBatch, article: Entity, present: ReadonlySet<string>, findings: ArticleFindings): Scores {
  const quotes = new Map<string, string[]>();
  for (const e of full.evidence.filter((e) => e.article === article.id)) quotes.set(e.subject, [...(quotes.get(e.subject) ?? []), e.quote]);
  const gold: Gold = { byId: new Map(full.entities.map((e) => [e.id, e])), present, quotes };
  const scores = scoreMentions(full, article, gold, findings) as Scores;
  for (const type of EVALUATED) scores[type] = scoreRelationships(full.relationships.filter((r) => r.type === type && quotes.has(r.id)), gold, findings, type);
  return scores;
}

/** A candidate names an entity the store lacks when its folded name is one of that entity's names. */
function names(gold: Gold, candidate: CandidateRecord, entity: string): boolean {
  const e = gold.byId.get(entity)!;
  return !gold.present.has(entity) && e.kind === candidate.kind && formsOf(e).includes(foldName(candidate.name));
}

const described = (kind: NodeKind) => kind === NodeKind.Agreement || kind === NodeKind.Event;

function scoreMentions(full: GraphBatch, article: Entity, gold: Gold, findings: ArticleFindings): Pick<Scores, "mentions" | "newEntities" | "mentionsWithCandidates"> {
  const expected = new Set(full.relationships.filter((r) => r.type === RelationshipType.MENTIONS && r.from === article.id).map((r) => r.to));
  const known = [...expected].filter((id) => gold.present.has(id));
  const absent = [...expected].filter((id) => !gold.present.has(id));
  const linked = [...new Set(findings.mentions.map((m) => m.entity))];
  const nameCandidates = findings.candidates.filter((c) => !described(c.kind));
  const named = absent.filter((id) => nameCandidates.some((c) => names(gold, c, id)));
  const useful = nameCandidates.filter((c) => absent.some((id) => names(gold, c, id)));
  return {
    mentions: { found: linked.filter((id) => expected.has(id)).length, predicted: linked.length, expected: known.length },
    newEntities: { found: named.length, predicted: nameCandidates.length, expected: absent.length, correctPredictions: useful.length },
    mentionsWithCandidates: tally([...linked, ...named], (id) => expected.has(id), expected.size),
  };
}

/**
 * Proposals are counted once per statement (type, from, to) however many
 * sentences propose it, as a curator accepts a statement once. An end matches
 * when it is the curated entity, a candidate naming it, or — for an agreement
 * or event the store lacks — a described candidate of its kind proposed in a
 * sentence the curators quoted for that statement.
 */
function scoreRelationships(expected: readonly Relationship[], gold: Gold, findings: ArticleFindings, type: RelationshipType): Tally {
  const candidates = new Map(findings.candidates.map((c) => [c.id, c]));
  const statements = new Map<string, { from: string; to: string; quotes: string[] }>();
  for (const p of findings.proposals.filter((p) => p.type === type)) {
    const key = `${p.from} ${p.to}`;
    const statement = statements.get(key) ?? { from: p.from, to: p.to, quotes: [] };
    statement.quotes.push(p.quote);
    statements.set(key, statement);
  }
  const endMatches = (end: string, goldEnd: string, quotes: readonly string[], g: Relationship) => {
    if (end === goldEnd) return true;
    const c = candidates.get(end);
    if (!c) return false;
    if (names(gold, c, goldEnd)) return true;
    return described(c.kind) && !gold.present.has(goldEnd) && gold.byId.get(goldEnd)!.kind === c.kind
      && gold.quotes.get(g.id)!.some((q) => quotes.some((quote) => overlaps(q, quote)));
  };
  const unmatched = [...expected];
  let found = 0;
  for (const s of statements.values()) {
    const i = unmatched.findIndex((g) => endMatches(s.from, g.from, s.quotes, g) && endMatches(s.to, g.to, s.quotes, g));
    if (i >= 0) {
      unmatched.splice(i, 1);
      found += 1;
    }
  }
  return { found, predicted: statements.size, expected: expected.length };
}

function tally(predicted: string[], correct: (id: string) => boolean, expected: number): Tally {
  const unique = [...new Set(predicted)];
  return { found: unique.filter(correct).length, predicted: unique.length, expected };
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const measures = (t: Tally) => ({ precision: ratio(t.correctPredictions ?? t.found, t.predicted), recall: ratio(t.found, t.expected), ...t });

function sum(all: Scores[]): Scores {
  const total = {} as Scores;
  for (const key of ["mentions", "newEntities", "mentionsWithCandidates", ...EVALUATED] as const) {
    total[key] = all.reduce((s, x) => ({
      found: s.found + x[key].found, predicted: s.predicted + x[key].predicted, expected: s.expected + x[key].expected,
      ...(x[key].correctPredictions === undefined ? {} : { correctPredictions: (s.correctPredictions ?? 0) + x[key].correctPredictions! }),
    }), { found: 0, predicted: 0, expected: 0 } as Tally);
  }
  return total;
}

function report(scores: Scores) {
  return {
    mentions: measures(scores.mentions),
    newEntities: measures(scores.newEntities),
    mentionsWithCandidates: measures(scores.mentionsWithCandidates),
    relationships: Object.fromEntries(EVALUATED.map((t) => [t, measures(scores[t])])),
  };
}

async function main(): Promise<void> {
  const full = await readSeedGraph();
  const articles = full.entities.filter((e) => e.kind === NodeKind.Article);
  const perArticle: { article: string; language: string; detected: string; scores: Scores }[] = [];
  for (const article of articles) {
    const batch = withoutArticle(full, article.id);
    const dir = mkdtempSync(join(tmpdir(), "kg-eval-"));
    const store = await openStore({ store: "kuzu", dataDir: dir, queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS });
    try {
      await store.replaceOrigin("seed", batch);
      const a = article.attributes;
      const text = String(a.text);
      const detected = (await ingestArticle(store, { text, title: String(a.title) }, "eval")).language;
      const { findings } = await ingestArticle(store, {
        text, title: String(a.title), language: String(a.language),
        url: a.url as string | undefined, publisher: a.publisher as string | undefined, published: a.published as string | undefined,
      }, "eval");
      perArticle.push({ article: article.id, language: String(a.language), detected, scores: score(full, article, new Set(batch.entities.map((e) => e.id)), findings) });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const languages = [...new Set(perArticle.map((p) => p.language))].sort();
  const results = {
    ...report(sum(perArticle.map((p) => p.scores))),
    perLanguage: Object.fromEntries(languages.map((l) => [l, report(sum(perArticle.filter((p) => p.language === l).map((p) => p.scores)))])),
    perArticle: perArticle.map((p) => ({ article: p.article, language: p.language, detectedLanguage: p.detected, ...report(p.scores) })),
  };
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  const table = markdownTable(results.perLanguage, results);
  writeFileSync(DOC, `${DOC_HEAD}\n${table}\n\nLanguage detection (the text alone, no metadata): ${perArticle.map((p) => `${p.article} ${p.language}→${p.detected}`).join("; ")}.\n`);
  process.stdout.write(`${table}\n`);
}

type Report = ReturnType<typeof report>;

function markdownTable(perLanguage: Record<string, Report>, overall: Report): string {
  const cell = (m: { precision: number | null; recall: number | null; found: number; predicted: number; expected: number }) =>
    `${m.precision ?? "–"} / ${m.recall ?? "–"} (${m.found}/${m.predicted}/${m.expected})`;
  const mentionKinds = ["mentions", "newEntities", "mentionsWithCandidates"] as const;
  const rows = [...Object.entries(perLanguage), ["all", overall] as const].map(([language, r]) =>
    `| ${language} | ${mentionKinds.map((k) => cell(r[k])).join(" | ")} | ${EVALUATED.map((t) => cell(r.relationships[t])).join(" | ")} |`);
  return [
    `| language | ${mentionKinds.join(" | ")} | ${EVALUATED.join(" | ")} |`,
    `|---|${mentionKinds.map(() => "---").join("|")}|${EVALUATED.map(() => "---").join("|")}|`,
    ...rows,
  ].join("\n");
}

const DOC_HEAD = `# Ingest evaluation

Written by \`npm run eval-ingest\` (eval/ingestEval.ts); the figures are in
\`eval/ingest-results.json\`. Each seed article is ingested into a store that
holds every other article's curated facts (and only the entities those facts
touch) but not its own, and what ingest finds is compared with the article's
curated statements. Each cell: precision / recall (found / proposed / curated).

- **mentions** — linking known entities: the curated MENTIONS of the article
  whose entity the store holds, against every entity ingest linked. A linked
  entity the curators did not record counts against precision.
- **newEntities** — entities only this article names are not in the store, so
  they cannot be linked; ingest can only propose them as candidate entities. One
  counts as found when a candidate's folded name is one of its names; precision
  is the share of name candidates that name such an entity.
- **mentionsWithCandidates** — both together, against every curated mention.
- **relationships** — counted once per proposed statement (type, from, to),
  however many sentences propose it. An end matches when it is the curated
  entity, a candidate naming it, or — for an agreement or event the store lacks,
  which the text describes rather than names — a candidate of its kind proposed
  in a sentence the curators quoted for that very statement.

The extraction rules were written while reading these same five articles, so
these figures flatter the rules: they measure fit, not performance on unseen
text. Drugs, diseases and technologies written in lower case cannot become
candidates (only capitalised names do), which bounds newEntities recall.
`;

if (process.argv[1]?.endsWith("ingestEval.js")) await main();
