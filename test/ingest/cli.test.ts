/**
 * `kg ingest` on the embedded store: a report on success; bad metadata exits
 * 4, names the field and writes nothing; a folder and files at once go in
 * under one progress bar with a line each and a total, unreadable files told
 * in one line each while the others go in (run as its own process, so what it
 * prints is told apart from the test runner's own output).
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli.js";
import { runToEnd } from "../support/processes.js";
import { ARTICLE, articleFolder, FOLDER_ARTICLES } from "./fixtures.js";

const KG = new URL("../../../bin/kg.js", import.meta.url).pathname;

async function captured(run: () => Promise<number>): Promise<{ code: number; output: string }> {
  const [stdout, stderr] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  const printed: string[] = [];
  process.stdout.write = ((chunk: string) => printed.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => printed.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    return { code: await run(), output: printed.join("") };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}

describe("kg ingest", () => {
  it("ingests a file, and refuses bad metadata with nothing written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-ingest-cli-"));
    const file = join(dir, "article.txt");
    writeFileSync(file, ARTICLE);
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { KG_DATA_DIR: join(dir, "data"), NEO4J_URI: "" });
      assert.equal((await captured(() => main(["load"]))).code, 0);
      const stats = async () => (await captured(() => main(["stats", "--json"]))).output;
      const before = await stats();
      const refused = await captured(() => main(["ingest", file, "--published", "2025-13"]));
      assert.equal(refused.code, 4);
      assert.match(refused.output, /kg ingest: published: "2025-13" is not a date/);
      assert.equal(await stats(), before);
      const done = await captured(() => main(["ingest", file, "--publisher", "Example", "--json"]));
      assert.equal(done.code, 0);
      const report = JSON.parse(done.output);
      assert.equal(report.language, "en");
      assert.ok(report.proposals.some((p: { type: string }) => p.type === "WITNESSED"));
      assert.equal(JSON.parse(await stats()).Article, JSON.parse(before).Article + 1);
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ingests a folder and files at once: one progress bar, a line per article, a total, and a line per file it cannot read", async () => {
    const dir = articleFolder();
    const notText = join(dir, "not-text.txt");
    writeFileSync(notText, Buffer.from([0xff, 0xfe, 0x41]));
    const missing = join(dir, "missing.txt");
    const kg = (...args: string[]) => runToEnd(process.execPath, [KG, ...args], { ...process.env, KG_DATA_DIR: join(dir, "data"), NEO4J_URI: "" });
    try {
      assert.equal((await kg("load")).code, 0);
      const tooMuch = await kg("ingest", dir, "--url", "https://example.org/a");
      assert.equal(tooMuch.code, 2);
      assert.match(tooMuch.stderr, /^kg ingest: --url and --title name one article, and .* holds 5: put them in each article's NAME\.json\n$/);

      const run = await kg("ingest", dir, missing);
      assert.equal(run.code, 4, "a file that could not be read makes it bad input");
      const lines = run.stdout.trimEnd().split("\n");
      assert.equal(lines.length, FOLDER_ARTICLES.length + 2, run.stdout);
      for (const [i, name] of [...FOLDER_ARTICLES, "zz-copy"].entries()) {
        assert.match(lines[i]!, new RegExp(`^${join(dir, name)}\\.txt → article:\\S+: `), lines[i]);
      }
      assert.match(lines[0]!, /: proposals \d+ \(.*\), candidates \d+; mentions \d+$/);
      assert.match(lines[3]!, /: known URL, read again, not added; to review: /);
      assert.match(lines[4]!, /^6 articles: 3 added, 1 known URL read again, 2 failed; from those added: proposals \d+, candidates \d+, mentions \d+$/);
      const bar = run.stderr.split("\n").filter((line) => /^kg ingest: \d+% \(/.test(line));
      assert.equal(bar.filter((line) => line.includes("100%")).length, 1, "the bar ends once");
      assert.equal(bar.at(-1), "kg ingest: 100% (6/6)");
      const errors = run.stderr.split("\n").filter((line) => line && !bar.includes(line));
      assert.deepEqual(errors, [`kg ingest: ${notText}: is not UTF-8 text`, `kg ingest: ${missing}: no such file or folder`]);

      const stats = (await kg("stats", "--json")).stdout;
      const again = await kg("ingest", join(dir, `${FOLDER_ARTICLES[1]}.txt`));
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /known already: only what is new is written/);
      assert.equal((await kg("stats", "--json")).stdout, stats, "nothing new");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
