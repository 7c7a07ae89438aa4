/** The language detector on each seed article and on short texts of its own. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SEED_DIR } from "../../src/seed/index.js";
import { detectLanguage, LanguageUnknownError } from "../../src/ingest/language.js";

describe("language detection", () => {
  it("tells each seed article's language from its text alone", () => {
    const dir = join(DEFAULT_SEED_DIR, "articles");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const article = JSON.parse(readFileSync(join(dir, file), "utf8"));
      const text = readFileSync(join(dir, article.file), "utf8");
      assert.equal(detectLanguage(text).language, article.language, file);
    }
  });

  it("tells the four languages apart in one sentence each", () => {
    const samples = {
      vi: "Hai bên đã thống nhất tăng cường hợp tác trong lĩnh vực y tế và dược phẩm.",
      en: "The two sides agreed to strengthen their cooperation in health and pharmaceuticals.",
      id: "Kedua pihak sepakat untuk memperkuat kerja sama di bidang kesehatan dan farmasi.",
      no: "De to partene ble enige om å styrke samarbeidet innen helse og legemidler.",
    };
    for (const [language, text] of Object.entries(samples)) {
      const guess = detectLanguage(text);
      assert.equal(guess.language, language, text);
      assert.ok(guess.confidence > 0.5, `${language}: ${guess.confidence}`);
    }
  });

  it("refuses a text with nothing to go on instead of guessing", () => {
    assert.throws(() => detectLanguage("12/09/2025 — 3.594"), LanguageUnknownError);
  });
});
