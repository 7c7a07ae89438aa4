/**
 * Signing dates: the date reader of each language, the year taken from the
 * article's date and marked inferred, and the date a signing's or a
 * witnessing's proposal carries — only one the article states.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { formatPartialDate } from "../../src/domain/dates.js";
import { readDates, withArticleYear } from "../../src/ingest/dates.js";
import type { DetectableLanguage } from "../../src/ingest/language.js";
import { analyse } from "./fixtures.js";

/** Each date the text states, as "what was written = the partial date". */
const dates = (text: string, language: DetectableLanguage) =>
  readDates(text, language).map((d) => `${text.slice(d.start, d.end)} = ${formatPartialDate(d.date)}`);

describe("reading dates", () => {
  it("English: month and day either way round, with or without a year; a month alone after 'in'", () => {
    assert.deepEqual(dates("On the evening of May 10, 2025, in Moscow", "en"), ["May 10, 2025 = 2025-05-10"]);
    assert.deepEqual(dates("took place on September 12 evening", "en"), ["September 12 = --09-12"]);
    assert.deepEqual(dates("signed on 12 September 2025", "en"), ["12 September 2025 = 2025-09-12"]);
    assert.deepEqual(dates("an agreement signed in May", "en"), ["in May = --05"]);
    assert.deepEqual(dates("prices may 3 times rise; may 10", "en"), []);
  });

  it("Vietnamese: day/month after a word for a day or a time of day, a full date, a month", () => {
    assert.deepEqual(dates("Lễ ký kết diễn ra vào tối 12/9.", "vi"), ["tối 12/9 = --09-12"]);
    assert.deepEqual(dates("Chiều 8-6, hai bên điện đàm", "vi"), ["Chiều 8-6 = --06-08"]);
    assert.deepEqual(dates("từ ngày 12/9-14/9", "vi"), ["ngày 12/9 = --09-12"]);
    assert.deepEqual(dates("ký ngày 12 tháng 9 năm 2025 và 3/10/2025", "vi"), ["12 tháng 9 năm 2025 = 2025-09-12", "3/10/2025 = 2025-10-03"]);
    assert.deepEqual(dates("hồi tháng 5", "vi"), ["tháng 5 = --05"]);
    assert.deepEqual(dates("3/4 số liều, tỷ lệ 2-1", "vi"), []);
  });

  it("Indonesian and Norwegian: day, month name, year", () => {
    assert.deepEqual(dates("Pada tanggal 12 September, di Hanoi", "id"), ["12 September = --09-12"]);
    assert.deepEqual(dates("pada 10 Mei 2025", "id"), ["10 Mei 2025 = 2025-05-10"]);
    assert.deepEqual(dates("Den 18. mars signerte", "no"), ["18. mars = --03-18"]);
    assert.deepEqual(dates("12. september 2025 og i mai", "no"), ["12. september 2025 = 2025-09-12", "i mai = --05"]);
  });

  it("a day that does not exist is no date", () => {
    assert.deepEqual(dates("tối 31/2", "vi"), []);
  });
});

describe("the year of a date that states none", () => {
  const monthDay = (month: number, day: number) => ({ month, day, precision: "month-day" as const });

  it("is the article's year that puts the date nearest to the article, marked inferred", () => {
    assert.deepEqual(withArticleYear(monthDay(9, 12), "2025-09-15"), { date: "2025-09-12", dateYearInferred: true });
    assert.deepEqual(withArticleYear(monthDay(12, 28), "2026-01-03"), { date: "2025-12-28", dateYearInferred: true });
    assert.deepEqual(withArticleYear({ month: 5, precision: "month-only" }, "2025-09"), { date: "2025-05", dateYearInferred: true });
  });

  it("stays unknown without an article date, and a written year is not inferred", () => {
    assert.deepEqual(withArticleYear(monthDay(9, 12), undefined), { date: "--09-12" });
    assert.deepEqual(withArticleYear({ year: 2024, month: 9, day: 12, precision: "day" }, "2025-09-15"), { date: "2024-09-12" });
  });
});

describe("the date of a signing", () => {
  /** Each SIGNED and WITNESSED proposal as "TYPE from → to date[ inferred]". */
  function signings(text: string, language: DetectableLanguage, published?: string): string[] {
    const { candidates, proposals } = analyse(text, language, undefined, published);
    const name = (id: string) => candidates.find((c) => c.id === id)?.name ?? id;
    return proposals.filter((p) => p.type === "SIGNED" || p.type === "WITNESSED")
      .map((p) => `${p.type} ${name(p.from)} → ${name(p.to)} ${p.properties.date ?? "no date"}${p.properties.dateYearInferred ? " inferred" : ""}`).sort();
  }

  it("is the date the signing sentence states, its year from the article's date", () => {
    assert.deepEqual(signings("On September 12, Alpha Pharma signed a licensing agreement with Beta Biotech in the presence of Jane Roe.", "en", "2025-09-13"), [
      "SIGNED organization:alpha-pharma → a licensing agreement 2025-09-12 inferred",
      "SIGNED organization:beta-biotech → a licensing agreement 2025-09-12 inferred",
      "WITNESSED person:jane-roe → a licensing agreement 2025-09-12 inferred",
    ]);
  });

  it("is the date a later sentence about the same signing states, for the lead sentence too", () => {
    const text = "Alpha Pharma signed a licensing agreement with Beta Biotech.\nThe signing ceremony took place on September 12, witnessed by Jane Roe.";
    assert.deepEqual(signings(text, "en"), [
      "SIGNED organization:alpha-pharma → a licensing agreement --09-12",
      "SIGNED organization:beta-biotech → a licensing agreement --09-12",
      "WITNESSED person:jane-roe → a licensing agreement --09-12",
    ]);
  });

  it("is none when the article states none; with two for one signing, each sentence keeps its own and the others get none", () => {
    assert.deepEqual(signings("Alpha Pharma signerte en avtale med Beta Biotech den 18. mars.", "no"), [
      "SIGNED organization:alpha-pharma → en avtale --03-18",
      "SIGNED organization:beta-biotech → en avtale --03-18",
    ]);
    assert.deepEqual(signings("Alpha Pharma signed a licensing agreement with Beta Biotech in the presence of Jane Roe.", "en", "2025-09-13"), [
      "SIGNED organization:alpha-pharma → a licensing agreement no date",
      "SIGNED organization:beta-biotech → a licensing agreement no date",
      "WITNESSED person:jane-roe → a licensing agreement no date",
    ]);
    const twice = "On May 10 Alpha Pharma signed a licensing agreement with Beta Biotech.\nOn May 12 Alpha Pharma signed the agreement with Beta Biotech.\nThe signing ceremony was witnessed by Jane Roe.";
    const { proposals } = analyse(twice, "en");
    const datesOf = (type: string, sentence: number) =>
      new Set(proposals.filter((p) => p.type === type && p.quote === twice.split("\n")[sentence]).map((p) => p.properties.date ?? "no date"));
    assert.deepEqual([datesOf("SIGNED", 0), datesOf("SIGNED", 1), datesOf("WITNESSED", 2)], [new Set(["--05-10"]), new Set(["--05-12"]), new Set(["no date"])]);
  });

  it("is the opening adverbial's date of a Norwegian verb-second signing", () => {
    assert.deepEqual(signings("Den 18. mars signerte Alpha Pharma og Beta Biotech en intensjonsavtale.", "no", "2025-03-20"), [
      "SIGNED organization:alpha-pharma → en intensjonsavtale 2025-03-18 inferred",
      "SIGNED organization:beta-biotech → en intensjonsavtale 2025-03-18 inferred",
    ]);
  });

  it("is not taken from a short name that ends a sentence: 'Lan.' closes it", () => {
    const text = "The ceremony took place on September 12, witnessed by Jane Roe and Dao Hong Lan. This follows an agreement with Beta Biotech in May.";
    const { proposals } = analyse(text, "en");
    assert.ok(proposals.some((p) => p.type === "WITNESSED" && p.properties.date === "--09-12"));
  });
});
