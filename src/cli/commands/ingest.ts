/**
 * `kg ingest`: one article, several, or every article of a folder, into the
 * store. One file gets a full report; several get one progress bar while they
 * go in, then a line each and a total of what the articles new to the graph
 * brought. An article that cannot be read or is
 * refused is a one-line error and the others still go in; the exit code then
 * says bad input (4). Each article goes in as `kg ingest FILE` alone would put
 * it: the same call, in the order given.
 */
import { userInfo } from "node:os";
import { ingestArticle, type IngestReport } from "../../ingest/ingest.js";
import { autoAcceptThreshold } from "../../ingest/promote.js";
import type { GraphStore } from "../../store/port.js";
import { articleFiles, type ArticleFile, type ArticleMetadata } from "../articleFiles.js";
import { EXIT } from "../exitCodes.js";
import { failureOf } from "../failures.js";
import { progressReporter } from "../progress.js";
import { UsageError } from "../usage.js";
import { withStore } from "./store.js";

/** What ingesting one file came to: its report, or the one-line reason it did not go in. */
export type IngestOutcome = { readonly path: string; readonly report: IngestReport } | { readonly path: string; readonly problem: string };

/**
 * Ingests the articles one after another, as separate `kg ingest` runs
 * would; an article refused (bad input) is that article's problem, anything
 * else (the store gone) stops them all.
 */
export async function ingestFiles(
  store: GraphStore, articles: readonly ArticleFile[], actor: string, autoAccept: number | null, progress: (done: number, total: number) => void = () => undefined,
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  progress(0, articles.length);
  for (const article of articles) {
    if ("problem" in article) outcomes.push(article);
    else {
      try {
        outcomes.push({ path: article.path, report: await ingestArticle(store, article.input, actor, { autoAccept }) });
      } catch (error) {
        const failure = failureOf(error);
        if (failure.code !== EXIT.input) throw error;
        outcomes.push({ path: article.path, problem: failure.message });
      }
    }
    progress(outcomes.length, articles.length);
  }
  return outcomes;
}

export async function ingest(paths: string[], options: Record<string, string | boolean | undefined>): Promise<number> {
  const { json, ...given } = options as ArticleMetadata & { json?: boolean };
  // Read before the store opens: a wrong path is told at once, naming the file.
  const articles = await articleFiles(paths, given);
  if (articles.length > 1 && (given.url !== undefined || given.title !== undefined)) {
    throw new UsageError(`--url and --title name one article, and ${paths.join(" ")} holds ${articles.length}: put them in each article's NAME.json`);
  }
  if (articles.every((a) => "problem" in a)) {
    for (const article of articles) process.stderr.write(`kg ingest: ${(article as { problem: string }).problem}\n`);
    return EXIT.input;
  }
  const autoAccept = autoAcceptThreshold();
  // The change record names who ingested: on the command line, the account that ran kg.
  const actor = `cli:${userInfo().username}`;
  const bar = articles.length > 1 && !json ? progressReporter("kg ingest") : undefined;
  const outcomes = await withStore((store) => ingestFiles(store, articles, actor, autoAccept, bar));
  const [only] = outcomes;
  if (outcomes.length === 1 && "problem" in only!) {
    process.stderr.write(`kg ingest: ${only.problem}\n`);
    return EXIT.input;
  }
  if (json) process.stdout.write(`${JSON.stringify(outcomes.length === 1 ? reportJson(only!) : outcomes.map(reportJson), null, 2)}\n`);
  else if (outcomes.length === 1) process.stdout.write(fullReport((only as { report: IngestReport }).report, autoAccept));
  else printSummaries(outcomes);
  return outcomes.some((o) => "problem" in o) ? EXIT.input : EXIT.ok;
}

function reportJson(outcome: IngestOutcome): Record<string, unknown> {
  if ("problem" in outcome) return { file: outcome.path, error: outcome.problem };
  const { report } = outcome;
  const { mentions, candidates, proposals } = report.findings;
  return { file: outcome.path, article: report.article, language: report.language, languageDetected: report.languageDetected, knownUrl: report.known, mentions, candidates, proposals };
}

/** "SIGNED 2, WITNESSED 1": proposals counted by type, in the order first met. */
function byType(items: readonly { type: string }[]): string {
  return [...new Set(items.map((i) => i.type))].map((t) => `${t} ${items.filter((i) => i.type === t).length}`).join(", ");
}

function fullReport(report: IngestReport, autoAccept: number | null): string {
  const { mentions, candidates, proposals } = report.findings;
  return [
    `${report.article} (${report.language}${report.languageDetected ? ", detected" : ""}${report.known ? ", known already: only what is new is written" : ""})`,
    ...(autoAccept ? [`promoted to facts at confidence ≥ ${autoAccept}: ${report.promoted.length}`] : []),
    `mentions: ${mentions.length} of ${new Set(mentions.map((m) => m.entity)).size} known entities`,
    `candidate entities: ${candidates.length}`,
    `proposals: ${proposals.length}${proposals.length ? ` (${byType(proposals)})` : ""} — review them at /review, or with the proposals query and acceptProposal / rejectProposal`,
  ].join("\n") + "\n";
}

/**
 * A line per article in the order given — errors on stderr — then the total.
 * An article whose URL the graph knew is read again, not added: its line
 * says so, and what it lists is what awaits review of it, not new writing.
 */
function printSummaries(outcomes: readonly IngestOutcome[]): void {
  const added = { articles: 0, proposals: 0, candidates: 0, mentions: 0 };
  for (const outcome of outcomes) {
    if ("problem" in outcome) {
      process.stderr.write(`kg ingest: ${outcome.problem}\n`);
      continue;
    }
    const { report } = outcome;
    const { proposals, candidates, mentions } = report.findings;
    const found = `proposals ${proposals.length}${proposals.length ? ` (${byType(proposals)})` : ""}, candidates ${candidates.length}; mentions ${mentions.length}`;
    if (!report.known) {
      added.articles += 1;
      added.proposals += proposals.length;
      added.candidates += candidates.length;
      added.mentions += mentions.length;
    }
    process.stdout.write(`${outcome.path} → ${report.article}: ${report.known ? `known URL, read again, not added; to review: ${found}` : found}\n`);
  }
  const failed = outcomes.filter((o) => "problem" in o).length;
  const known = outcomes.length - failed - added.articles;
  process.stdout.write(
    `${outcomes.length} articles: ${added.articles} added, ${known} known URL${known === 1 ? "" : "s"} read again, ${failed} failed; ` +
    `from those added: proposals ${added.proposals}, candidates ${added.candidates}, mentions ${added.mentions}\n`,
  );
}
