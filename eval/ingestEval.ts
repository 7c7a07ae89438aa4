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
import type { ArticleFindings, CandidateRecord, ProposalRecord } from "../src/store/findings.js";
import { DEFAULT_QUERY_TIMEOUT_MS, openStore } from "../src/store/index.js";

const EVALUATED = [
  RelationshipType.SIGNED, RelationshipType.WITNESSED, RelationshipType.TRANSFERS,
  RelationshipType.HOLDS_POSITION, RelationshipType.ATTENDED,
] as const;
const OUT = fileURLToPath(new URL("../../eval/ingest-results.json", import.meta.url));
const DOC = fileURLToPath(new URL("../../docs/ingest-evaluation.md", import.meta.url));

interface Tally { found: number; predicted: number; expected: number }
type Scores = Record<"mentions" | RelationshipType, Tally>;

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

function score(full: GraphBatch, article: Entity, store: ReadonlySet<string>, findings: ArticleFindings): Scores {
  const byId = new Map(full.entities.map((e) => [e.id, e]));
  const candidates = new Map(findings.candidates.map((c) => [c.id, c]));
  const absent = (id: string) => !store.has(id);
  const namedBy = (c: CandidateRecord, gold: string) => absent(gold) && byId.get(gold)!.kind === c.kind && formsOf(byId.get(gold)!).includes(foldName(c.name));
  const goldMentions = new Set(full.relationships.filter((r) => r.type === RelationshipType.MENTIONS && r.from === article.id).map((r) => r.to));
  const linked = new Set(findings.mentions.map((m) => m.entity));
  const named = new Set([...goldMentions].filter((g) => absent(g) && findings.candidates.some((c) => namedBy(c, g))));
  const scores = { mentions: tally([...linked, ...named], (id) => goldMentions.has(id), goldMentions.size) } as Scores;
  const quotes = new Map<string, string[]>();
  for (const e of full.evidence.filter((e) => e.article === article.id)) quotes.set(e.subject, [...(quotes.get(e.subject) ?? []), e.quote]);
  for (const type of EVALUATED) {
    const gold = full.relationships.filter((r) => r.type === type && quotes.has(r.id));
    const endMatches = (end: string, goldEnd: string, p: ProposalRecord, g: Relationship) => {
      if (end === goldEnd) return true;
      const c = candidates.get(end);
      if (!c) return false;
      if (namedBy(c, goldEnd)) return true;
      const describes = c.kind === NodeKind.Agreement || c.kind === NodeKind.Event;
      return describes && absent(goldEnd) && byId.get(goldEnd)!.kind === c.kind && quotes.get(g.id)!.some((q) => overlaps(q, p.quote));
    };
    const unmatched = [...gold];
    let found = 0;
    const proposed = findings.proposals.filter((p) => p.type === type);
    for (const p of proposed) {
      const i = unmatched.findIndex((g) => endMatches(p.from, g.from, p, g) && endMatches(p.to, g.to, p, g));
      if (i >= 0) {
        unmatched.splice(i, 1);
        found += 1;
      }
    }
    scores[type] = { found, predicted: proposed.length, expected: gold.length };
  }
  return scores;
}

function tally(predicted: string[], correct: (id: string) => boolean, expected: number): Tally {
  const unique = [...new Set(predicted)];
  return { found: unique.filter(correct).length, predicted: unique.length, expected };
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const measures = (t: Tally) => ({ precision: ratio(t.found, t.predicted), recall: ratio(t.found, t.expected), ...t });

function sum(all: Scores[]): Scores {
  const total = {} as Scores;
  for (const key of ["mentions", ...EVALUATED] as const) {
    total[key] = all.reduce((s, x) => ({ found: s.found + x[key].found, predicted: s.predicted + x[key].predicted, expected: s.expected + x[key].expected }), { found: 0, predicted: 0, expected: 0 });
  }
  return total;
}

function report(scores: Scores) {
  return {
    mentions: measures(scores.mentions),
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
      const detected = (await ingestArticle(store, { text, title: String(a.title) })).language;
      const { findings } = await ingestArticle(store, {
        text, title: String(a.title), language: String(a.language),
        url: a.url as string | undefined, publisher: a.publisher as string | undefined, published: a.published as string | undefined,
      });
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
  const rows = [...Object.entries(perLanguage), ["all", overall] as const].map(([language, r]) =>
    `| ${language} | ${cell(r.mentions)} | ${EVALUATED.map((t) => cell(r.relationships[t])).join(" | ")} |`);
  return [
    `| language | mentions | ${EVALUATED.join(" | ")} |`,
    `|---|---|${EVALUATED.map(() => "---").join("|")}|`,
    ...rows,
  ].join("\n");
}

const DOC_HEAD = `# Ingest evaluation

Written by \`npm run eval-ingest\` (eval/ingestEval.ts); the figures are in
\`eval/ingest-results.json\`. Each seed article is ingested into a store that
holds every other article's curated facts but not its own, and ingest's
mentions and proposals are compared with the article's curated statements.
Each cell: precision / recall (found / proposed / curated).

An entity that only the article itself names is not in the store; it counts as
found when a candidate entity's folded name is one of its names, and an
agreement or event (described, never named, in the text) counts as found when a
proposal's candidate end is of its kind and the proposal's sentence is one the
curators quoted for that statement. Candidates that match nothing are not
counted against mention precision; mentions of known entities that the curators
did not record are.

The extraction rules were written while reading these same five articles, so
these figures flatter the rules: they measure fit, not performance on unseen text.
`;

if (process.argv[1]?.endsWith("ingestEval.js")) await main();
