/** `kg ingest` on the embedded store: a report on success; bad metadata exits 1, names the field and writes nothing. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli.js";
import { ARTICLE } from "./fixtures.js";

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
});
