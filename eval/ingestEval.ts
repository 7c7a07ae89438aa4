/**
 * `npm run eval-ingest`: how well ingest reads articles it has never seen —
 * the development set under eval/articles/, annotated by hand — and, beside
 * it, how well it fits the five seed articles its rules were written from.
 * Writes eval/ingest-results.json and docs/ingest-evaluation.md (keeping the
 * figures of eval/ingest-results-before.json, when present, for comparison)
 * and prints the development-set table.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readSeedGraph } from "../src/seed/index.js";
import { devTable, runDevSet, type DevResults } from "./devEval.js";
import { seedFit, seedFitTable } from "./seedFit.js";

const OUT = fileURLToPath(new URL("../../eval/ingest-results.json", import.meta.url));
const BEFORE = fileURLToPath(new URL("../../eval/ingest-results-before.json", import.meta.url));
const DOC = fileURLToPath(new URL("../../docs/ingest-evaluation.md", import.meta.url));
/** What a person found reading the remaining errors, kept beside the figures it explains. */
const ANALYSIS = fileURLToPath(new URL("../../eval/remaining-errors.md", import.meta.url));

async function main(): Promise<void> {
  const seed = await readSeedGraph();
  const devSet = await runDevSet(seed);
  const fit = await seedFit(seed);
  writeFileSync(OUT, `${JSON.stringify({ devSet, seedFit: fit }, null, 2)}\n`);
  const before = existsSync(BEFORE) ? (JSON.parse(readFileSync(BEFORE, "utf8")) as { devSet: DevResults }).devSet : null;
  writeFileSync(DOC, document(devSet, before, seedFitTable(fit), existsSync(ANALYSIS) ? readFileSync(ANALYSIS, "utf8").trim() : null));
  process.stdout.write(`${devTable(devSet)}\n`);
}

/** The issue's targets on the whole set: each measure before, now, the target, and whether it is met. */
function targetsTable(now: DevResults, before: DevResults | null): string {
  const named = (r: DevResults) => r.relationships["SIGNED+WITNESSED+TRANSFERS"];
  const ratio = (a: number, b: number) => (b === 0 ? "–" : String(Math.round((a / b) * 1000) / 1000));
  const rows: [string, (r: DevResults) => string, string, (r: DevResults) => boolean][] = [
    ["links to known entities: precision", (r) => String(r.links.precision), "≥ 0.97", (r) => (r.links.precision ?? 0) >= 0.97],
    ["links to known entities: recall", (r) => String(r.links.recall), "≥ 0.90", (r) => (r.links.recall ?? 0) >= 0.9],
    ["SIGNED+WITNESSED+TRANSFERS: precision", (r) => String(named(r).precision), "≥ 0.80", (r) => (named(r).precision ?? 0) >= 0.8],
    ["SIGNED+WITNESSED+TRANSFERS: recall", (r) => String(named(r).recall), "≥ 0.70", (r) => (named(r).recall ?? 0) >= 0.7],
    ["new candidates of the right kind", (r) => String(r.candidates.precision), "≥ 0.85", (r) => (r.candidates.precision ?? 0) >= 0.85],
    ["known agreement reported again: linked, not duplicated", (r) => `${r.reReported.linked} linked, ${r.reReported.duplicated} duplicated / ${r.reReported.expected}`,
      "every case", (r) => r.reReported.linked === r.reReported.expected && r.reReported.duplicated === 0],
    ["signing dates captured (none invented)", (r) => (r.dates.signings === undefined ? "–" : `${r.dates.signingsCaptured}/${r.dates.signings}, ${r.dates.invented} invented`),
      "every signing date the article gives, none invented", (r) => r.dates.signingsCaptured === r.dates.signings && r.dates.invented === 0],
    ["all dates captured (none invented)", (r) => `${ratio(r.dates.captured, r.dates.expected)} (${r.dates.captured}/${r.dates.expected}, ${r.dates.invented} invented)`,
      "every date, none invented", (r) => r.dates.captured === r.dates.expected && r.dates.invented === 0],
  ];
  return [
    "| measure | before | now | target | met |", "| --- | --- | --- | --- | --- |",
    ...rows.map(([name, show, target, met]) => `| ${name} | ${before ? show(before) : "–"} | ${show(now)} | ${target} | ${met(now) ? "met" : "missed"} |`),
  ].join("\n");
}

function document(devSet: DevResults, before: DevResults | null, fit: string, analysis: string | null): string {
  const errors = devSet.perArticle.map((a) => `### ${a.file} (${a.language})\n\n${a.errors.length ? a.errors.map((e) => `- ${e}`).join("\n") : "- none"}`);
  return `${DOC_HEAD}
## Targets

${targetsTable(devSet, before)}

## Development set: ${devSet.articles} articles ingest was not written from

${devTable(devSet)}
${before ? `\nBefore this round of work (eval/ingest-results-before.json):\n\n${devTable(before)}\n` : ""}
Language detection on the text alone: ${devSet.perArticle.filter((a) => a.detectedLanguage !== a.language).map((a) => `${a.file} ${a.language}→${a.detectedLanguage}`).join("; ") || "right for every article"}.

## Fit on the five seed articles (leave-one-out)

${fit}

${analysis ? `## Remaining errors, read by hand (eval/remaining-errors.md)\n\n${analysis}\n\n` : ""}## What went wrong, article by article

${errors.join("\n\n")}
`;
}

const DOC_HEAD = `# Ingest evaluation

Written by \`npm run eval-ingest\` (eval/ingestEval.ts); the figures are in
\`eval/ingest-results.json\`. Each cell: precision / recall (found / proposed /
expected).

**The development set** (eval/articles/, described in its README) is
published news the extraction rules were not written from, in Vietnamese,
English, Indonesian and Norwegian, each annotated by hand. Each article is
ingested into a store holding the whole curated seed, and compared with its
annotation:

- **links** — entities ingest linked, against the known entities the article
  names.
- **new candidates** — precision is the share of name candidates (not
  agreements or events, which are described, not named) that are a real
  entity of the right kind: a new entity the annotation lists (optional ones
  included) or a known one the linker missed; recall is the share of the
  annotation's required new entities some candidate names.
- **relationships** — counted once per proposed statement (type, from, to).
  An end matches when it is the annotated entity; a candidate of its kind
  whose folded name is one of its names; or, for a new agreement or event, a
  candidate of its kind proposed in a sentence holding the annotation's
  quote. Where the annotation gives two ends (the agreement, or its signing
  ceremony), either counts.
- **known agreement reported again** — each known agreement or event the
  annotation relates something to: linked when a proposal ends on it,
  duplicated when a new agreement or event candidate is proposed in a
  sentence the annotation quotes for it.
- **dates** — dates proposals carry (\`properties.date\`, with
  \`dateYearInferred\` when the year comes from the dateline): captured when
  one equals an annotated date of the same subject, unsupported otherwise.
  **Signing dates** are the annotated dates of what the annotation says was
  signed or witnessed (an agreement, a signing ceremony); the others date
  meetings, visits and calls, or an earlier agreement the article mentions.

**The seed fit** ingests each seed article into the seed without it and
compares with its curated statements; the rules were written while reading
these five articles, so it measures fit, not performance on unseen text.
`;

if (process.argv[1]?.endsWith("ingestEval.js")) await main();
