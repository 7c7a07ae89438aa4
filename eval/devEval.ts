/**
 * Runs ingest on every development-set article, each in a fresh embedded
 * store holding the whole curated seed (as a curator's graph would), and sums
 * the scores overall, per language and per article.
 */
import type { GraphBatch } from "../src/domain/records.js";
import type { NodeKind } from "../src/domain/ontology.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { detectLanguage } from "../src/ingest/language.js";
import { readDevSet, type DevArticle } from "./devSet.js";
import { scoreArticle, type ArticleScore } from "./devScore.js";
import { withEmbeddedStore } from "./evalStore.js";
import { addTallies, cell, measures, NO_TALLY, type Measure } from "./measures.js";

const RELATIONSHIP_COLUMNS = ["SIGNED", "WITNESSED", "TRANSFERS", "SIGNED+WITNESSED+TRANSFERS", "HOLDS_POSITION", "ATTENDED"] as const;
type Column = (typeof RELATIONSHIP_COLUMNS)[number];

export interface DevReport {
  readonly links: Measure;
  readonly candidates: Measure;
  readonly relationships: Record<Column, Measure>;
  readonly reReported: ArticleScore["reReported"];
  readonly dates: ArticleScore["dates"];
}

function sum(scores: readonly ArticleScore[]): DevReport {
  const add = <K extends string>(pick: (s: ArticleScore) => Record<K, number>, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, scores.reduce((total, s) => total + pick(s)[k], 0)])) as Record<K, number>;
  return {
    links: measures(scores.map((s) => s.links).reduce(addTallies, NO_TALLY)),
    candidates: measures(scores.map((s) => s.candidates).reduce(addTallies, NO_TALLY)),
    relationships: Object.fromEntries(RELATIONSHIP_COLUMNS.map((c) => [c, measures(scores.map((s) => s.relationships[c]).reduce(addTallies, NO_TALLY))])) as Record<Column, Measure>,
    reReported: add((s) => s.reReported, ["expected", "linked", "duplicated"] as const),
    dates: add((s) => s.dates, ["expected", "captured", "proposed", "invented", "signings", "signingsCaptured"] as const),
  };
}

export type DevResults = Awaited<ReturnType<typeof runDevSet>>;

export async function runDevSet(seed: GraphBatch) {
  const kinds = new Map<string, NodeKind>(seed.entities.map((e) => [e.id, e.kind]));
  const articles = readDevSet(seed.entities);
  const perArticle: { file: string; language: string; detectedLanguage: string; score: ArticleScore }[] = [];
  for (const article of articles) {
    const { findings } = await withEmbeddedStore(seed, (store) => ingestArticle(store, inputOf(article), "eval"));
    perArticle.push({
      file: article.file, language: article.language, detectedLanguage: detectLanguage(article.text).language,
      score: scoreArticle(article, findings, (id) => kinds.get(id)),
    });
  }
  const languages = [...new Set(perArticle.map((p) => p.language))].sort();
  return {
    articles: articles.length,
    ...sum(perArticle.map((p) => p.score)),
    perLanguage: Object.fromEntries(languages.map((l) => [l, sum(perArticle.filter((p) => p.language === l).map((p) => p.score))])),
    perArticle: perArticle.map((p) => ({ file: p.file, language: p.language, detectedLanguage: p.detectedLanguage, ...sum([p.score]), errors: p.score.errors })),
  };
}

function inputOf(article: DevArticle) {
  return {
    text: article.text, title: article.title, language: article.language, url: article.url,
    publisher: article.publisher, published: article.published,
  };
}

/** A row per language and one for the whole set. */
export function devTable(results: DevResults): string {
  const header = [
    "language", "links to known entities", "new candidates (right kind / found)", ...RELATIONSHIP_COLUMNS,
    "known agreement reported again: linked, duplicated / cases", "dates: captured / annotated, unsupported", "signing dates: captured / annotated",
  ];
  const row = (name: string, r: DevReport) => [
    name, cell(r.links), cell(r.candidates), ...RELATIONSHIP_COLUMNS.map((c) => cell(r.relationships[c])),
    `${r.reReported.linked}, ${r.reReported.duplicated} / ${r.reReported.expected}`,
    `${r.dates.captured} / ${r.dates.expected}, ${r.dates.invented}`,
    r.dates.signings === undefined ? "–" : `${r.dates.signingsCaptured} / ${r.dates.signings}`,
  ];
  const rows = [...Object.entries(results.perLanguage).map(([l, r]) => row(l, r)), row("all", results)];
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
