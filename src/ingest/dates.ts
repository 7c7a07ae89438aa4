/**
 * Reads the dates a sentence states, in the ways each language writes them:
 * "September 12, 2025", "12 September", "in May"; "ngày 12/9", "tối 12/9",
 * "12/9/2025", "tháng 5"; "tanggal 12 September 2025"; "12. september
 * 2025", "18. mars". Only what is written is read: a date without its year
 * stays without it until `withArticleYear` takes the year from the article's
 * own date and marks it inferred. Numbers that only look like dates ("3/4 of
 * the doses", "2-1") are not read unless a word for a day or a time of day
 * comes before them.
 */
import { formatPartialDate, parsePartialDate, PartialDateError, type PartialDate } from "../domain/dates.js";
import type { DetectableLanguage } from "./language.js";

export interface StatedDate {
  readonly date: PartialDate;
  readonly start: number;
  readonly end: number;
}

const MONTH_NAMES: Record<DetectableLanguage, readonly string[]> = {
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  id: ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
  no: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  vi: [],
};

/** Words after which a bare day/month number ("12/9", "8-6") is a date in Vietnamese: day, morning, noon, afternoon, evening, night. */
const VI_DAY_WORDS = "ngày|sáng|trưa|chiều|tối|đêm|hôm";

interface Form {
  readonly pattern: RegExp;
  /** The date's parts from the match; `month` numbers a month's name. */
  readonly read: (m: RegExpExecArray, month: (name: string) => number) => { year?: number; month: number; day?: number };
}

const YEAR = "(\\d{4})";
const DAY = "(\\d{1,2})";

function formsOf(language: DetectableLanguage): Form[] {
  const months = MONTH_NAMES[language].join("|");
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  switch (language) {
    case "en":
      return [
        // "September 12, 2025", "September 12" — the month capitalised, as English writes it.
        { pattern: new RegExp(`\\b(${cap(months)})\\s+${DAY}(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR}\\b)?`, "gu"), read: (m, month) => ({ month: month(m[1]), day: num(m[2]), year: num(m[3]) }) },
        // "12 September 2025", "12th of September"
        { pattern: new RegExp(`\\b${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${cap(months)})\\b(?:,?\\s+${YEAR}\\b)?`, "gu"), read: (m, month) => ({ day: num(m[1]), month: month(m[2]), year: num(m[3]) }) },
        // "in May", "in May 2025": a month alone only after "in", where "May" is no verb.
        { pattern: new RegExp(`\\b[Ii]n\\s+(${cap(months)})\\b(?:\\s+${YEAR}\\b)?(?!\\s+\\d)`, "gu"), read: (m, month) => ({ month: month(m[1]), year: num(m[2]) }) },
      ];
    case "id":
      return [
        { pattern: new RegExp(`\\b${DAY}\\s+(${months})\\b(?:\\s+${YEAR}\\b)?`, "giu"), read: (m, month) => ({ day: num(m[1]), month: month(m[2]), year: num(m[3]) }) },
        { pattern: new RegExp(`\\bbulan\\s+(${months})\\b(?:\\s+${YEAR}\\b)?`, "giu"), read: (m, month) => ({ month: month(m[1]), year: num(m[2]) }) },
      ];
    case "no":
      return [
        { pattern: new RegExp(`\\b${DAY}\\.\\s*(${months})\\b(?:\\s+${YEAR}\\b)?`, "giu"), read: (m, month) => ({ day: num(m[1]), month: month(m[2]), year: num(m[3]) }) },
        { pattern: new RegExp(`\\bi\\s+(${months})\\b(?:\\s+${YEAR}\\b)?(?!\\s+\\d)`, "giu"), read: (m, month) => ({ month: month(m[1]), year: num(m[2]) }) },
      ];
    case "vi":
      return [
        // "ngày 12 tháng 9 năm 2025"
        { pattern: new RegExp(`(?<!\\p{L})${DAY}\\s+tháng\\s+${DAY}(?:\\s+năm\\s+${YEAR})?(?!\\p{L})`, "giu"), read: (m) => ({ day: num(m[1]), month: Number(m[2]), year: num(m[3]) }) },
        // "12/9/2025", "12-9-2025"
        { pattern: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/]|[.-]\d)/gu, read: (m) => ({ day: num(m[1]), month: Number(m[3]), year: num(m[4]) }) },
        // "tối 12/9", "chiều 8-6", "ngày 12/9-14/9" (its first day): a day word first, since "3/4" alone may be a fraction.
        { pattern: new RegExp(`(?<!\\p{L})(?:${VI_DAY_WORDS})\\s+(?:ngày\\s+)?(\\d{1,2})[/-](\\d{1,2})(?![\\d/]|\\.\\d|-(?!\\d{1,2}\\/)\\d)`, "giu"), read: (m) => ({ day: num(m[1]), month: Number(m[2]) }) },
        // "tháng 5", "tháng 5/2025", "tháng 5 năm 2025"
        { pattern: new RegExp(`(?<!\\p{L})tháng\\s+(\\d{1,2})(?:(?:/|\\s+năm\\s+)${YEAR})?(?![\\d/])`, "giu"), read: (m) => ({ month: Number(m[1]), year: num(m[2]) }) },
      ];
  }
}

/** English writes a month's name capitalised; "may" in lower case is a verb. */
function cap(months: string): string {
  return months.split("|").map((m) => m[0].toUpperCase() + m.slice(1)).join("|");
}

/** Every date the text states, in order, none overlapping another. */
export function readDates(text: string, language: DetectableLanguage): StatedDate[] {
  const month = (name: string) => MONTH_NAMES[language].indexOf(name.toLowerCase()) + 1;
  const found: StatedDate[] = [];
  for (const form of formsOf(language)) {
    for (const m of text.matchAll(form.pattern)) {
      const parts = form.read(m as RegExpExecArray, month);
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const date = partialDate(parts);
      if (date) found.push({ date, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function partialDate(parts: { year?: number; month: number; day?: number }): PartialDate | null {
  const pad = (n: number) => String(n).padStart(2, "0");
  const text = parts.year === undefined
    ? `--${pad(parts.month)}${parts.day === undefined ? "" : `-${pad(parts.day)}`}`
    : `${parts.year}-${pad(parts.month)}${parts.day === undefined ? "" : `-${pad(parts.day)}`}`;
  try {
    return parsePartialDate(text);
  } catch (error) {
    if (error instanceof PartialDateError) return null;
    throw error;
  }
}

/**
 * The date as a proposal carries it: a date without a year takes the year
 * of the article's date that puts it nearest to the article — a report
 * written on 3 January of "28 December" means the December before — and is
 * marked inferred. Without an article date, the year stays unknown.
 */
export function withArticleYear(date: PartialDate, published: string | undefined): { date: string; dateYearInferred?: true } {
  if (date.year !== undefined || published === undefined) return { date: formatPartialDate(date) };
  const article = parsePartialDate(published);
  if (article.year === undefined) return { date: formatPartialDate(date) };
  const at = (year: number) => Date.UTC(year, (date.month ?? 1) - 1, date.day ?? 15);
  const articleDay = Date.UTC(article.year, (article.month ?? 7) - 1, article.day ?? 1);
  const year = [article.year - 1, article.year, article.year + 1]
    .reduce((best, y) => (Math.abs(at(y) - articleDay) < Math.abs(at(best) - articleDay) ? y : best));
  const precision = date.day === undefined ? "month" : "day";
  return { date: formatPartialDate({ ...date, year, precision }), dateYearInferred: true };
}
