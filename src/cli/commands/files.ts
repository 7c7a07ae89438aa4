/** `kg ingest` and `kg export`: an article file into the store, the graph out to files. */
import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { exportToPath } from "../../export/files.js";
import { exportRequest } from "../../export/index.js";
import { ingestArticle } from "../../ingest/ingest.js";
import { exportThroughServer } from "../../server/client.js";
import { withStore } from "./store.js";

export async function ingest(file: string, options: Record<string, string | boolean | undefined>): Promise<number> {
  const { json, ...metadata } = options as Record<string, string | undefined> & { json?: boolean };
  // Read before the store opens: a wrong path fails at once, naming the file.
  const text = await readFile(file, "utf8");
  // The change record names who ingested: on the command line, the account that ran kg.
  const report = await withStore((store) => ingestArticle(store, { ...metadata, text }, `cli:${userInfo().username}`));
  const { mentions, candidates, proposals } = report.findings;
  if (json) {
    process.stdout.write(`${JSON.stringify({ article: report.article, language: report.language, languageDetected: report.languageDetected, mentions, candidates, proposals }, null, 2)}\n`);
    return 0;
  }
  const counts = (items: readonly { type: string }[]) => [...new Set(items.map((i) => i.type))].map((t) => `${t} ${items.filter((i) => i.type === t).length}`).join(", ");
  process.stdout.write([
    `${report.article} (${report.language}${report.languageDetected ? ", detected" : ""})`,
    `mentions: ${mentions.length} of ${new Set(mentions.map((m) => m.entity)).size} known entities`,
    `candidate entities: ${candidates.length}`,
    `proposals: ${proposals.length}${proposals.length ? ` (${counts(proposals)})` : ""} — review them with the proposals query and acceptProposal / rejectProposal`,
  ].join("\n") + "\n");
  return 0;
}

export async function exportGraph(options: Record<string, string | undefined>): Promise<number> {
  const { out, maxLength, ...rest } = options;
  // Checked before the store opens, so a typo costs no start-up.
  const parameters = { ...rest, maxLength };
  const request = exportRequest(parameters, { needsFile: false, spell: (name) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` });
  const written = await withStore((store) => exportToPath(store, request, out!), (url) => exportThroughServer(url, parameters, request, out!));
  process.stderr.write(`Wrote ${written.join(", ")}\n`);
  return 0;
}
