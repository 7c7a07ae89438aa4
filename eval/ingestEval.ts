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

async function main(): Promise<void> {
  const seed = await readSeedGraph();
  const devSet = await runDevSet(seed);
  const fit = await seedFit(seed);
  writeFileSync(OUT, `${JSON.stringify({ devSet, seedFit: fit }, null, 2)}\n`);
  const before = existsSync(BEFORE) ? (JSON.parse(readFileSync(BEFORE, "utf8")) as { devSet: DevResults }).devSet : null;
  writeFileSync(DOC, document(devSet, before, seedFitTable(fit)));
  process.stdout.write(`${devTable(devSet)}\n`);
}

function document(devSet: DevResults, before: DevResults | null, fit: string): string {
  const errors = devSet.perArticle.map((a) => `### ${a.file} (${a.language})\n\n${a.errors.length ? a.errors.map((e) => `- ${e}`).join("\n") : "- none"}`);
  return `${DOC_HEAD}
## Development set: ${devSet.articles} articles ingest was not written from

${devTable(devSet)}
${before ? `\nBefore this round of work (eval/ingest-results-before.json):\n\n${devTable(before)}\n` : ""}
Language detection on the text alone: ${devSet.perArticle.filter((a) => a.detectedLanguage !== a.language).map((a) => `${a.file} ${a.language}→${a.detectedLanguage}`).join("; ") || "right for every article"}.

## Fit on the five seed articles (leave-one-out)

${fit}

## What went wrong, article by article

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

**The seed fit** ingests each seed article into the seed without it and
compares with its curated statements; the rules were written while reading
these five articles, so it measures fit, not performance on unseen text.
`;

if (process.argv[1]?.endsWith("ingestEval.js")) await main();
