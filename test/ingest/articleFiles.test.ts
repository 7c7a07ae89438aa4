/** What `kg ingest` reads from the paths it is given: files and folders, each article's NAME.json, and a one-line problem for what it cannot read. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articleFiles } from "../../src/cli/articleFiles.js";

describe("the articles kg ingest is given", () => {
  it("reads a folder's .txt files in name order with their NAME.json, the command line winning, and tells each file it cannot read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-article-files-"));
    try {
      writeFileSync(join(dir, "b.txt"), "Second article.");
      writeFileSync(join(dir, "b.json"), JSON.stringify({ url: "https://example.org/b", publisher: "B News", language: "en", mentions: [{ entity: "x" }] }));
      writeFileSync(join(dir, "a.txt"), "First article.");
      writeFileSync(join(dir, "c.txt"), "Third.");
      writeFileSync(join(dir, "c.json"), "{ not json");
      writeFileSync(join(dir, "d.txt"), "Fourth.");
      writeFileSync(join(dir, "d.json"), JSON.stringify({ url: 5 }));
      writeFileSync(join(dir, "notes.md"), "not an article");
      mkdirSync(join(dir, "nested"));
      writeFileSync(join(dir, "nested", "e.txt"), "Not read: a subfolder.");
      mkdirSync(join(dir, "empty"));

      const read = await articleFiles([dir, join(dir, "empty")], { publisher: "Given" });
      assert.deepEqual(read.map((a) => a.path), ["a", "b", "c", "d"].map((n) => join(dir, `${n}.txt`)).concat(join(dir, "empty")));
      assert.deepEqual(read[0], { path: join(dir, "a.txt"), input: { publisher: "Given", text: "First article." } });
      assert.deepEqual(read[1], { path: join(dir, "b.txt"), input: { url: "https://example.org/b", publisher: "Given", language: "en", text: "Second article." } });
      assert.match((read[2] as { problem: string }).problem, new RegExp(`^${join(dir, "c.json")}: is not JSON \\(`));
      assert.equal((read[3] as { problem: string }).problem, `${join(dir, "d.json")}: url must be a string, not 5`);
      assert.equal((read[4] as { problem: string }).problem, `${join(dir, "empty")}: no .txt article in this folder`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
