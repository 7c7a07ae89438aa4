/**
 * Partial dates: articles write "21/10" with no year, "May 2025", "end of 2027".
 * A PartialDate keeps exactly the parts that were stated, and a range of days
 * it may fall on, for sorting and filtering; missing parts are never invented.
 */

export type DatePrecision = "year" | "month" | "day" | "month-day" | "month-only";

export interface PartialDate {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

/** Why a date is doubtful: it lies after the date of the article that states it. */
export enum DateQuality {
  OK = "OK",
  AFTER_SOURCE = "AFTER_SOURCE",
}

const FORMS: ReadonlyArray<[RegExp, DatePrecision]> = [
  [/^(\d{4})$/, "year"],
  [/^(\d{4})-(\d{2})$/, "month"],
  [/^(\d{4})-(\d{2})-(\d{2})$/, "day"],
  [/^--(\d{2})-(\d{2})$/, "month-day"],
  [/^--(\d{2})$/, "month-only"],
];

export class PartialDateError extends Error {}

function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `--MM-DD` (day and month, year unknown)
 * or `--MM`. Throws PartialDateError naming what is wrong.
 */
export function parsePartialDate(text: string): PartialDate {
  for (const [pattern, precision] of FORMS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const nums = m.slice(1).map(Number);
    const hasYear = precision === "year" || precision === "month" || precision === "day";
    const year = hasYear ? nums[0] : undefined;
    const month = hasYear ? nums[1] : nums[0];
    const day = hasYear ? nums[2] : nums[1];
    if (year !== undefined && (year < 1000 || year > 9999)) throw new PartialDateError(`year ${year} is out of range`);
    if (month !== undefined && (month < 1 || month > 12)) throw new PartialDateError(`month ${month} is not 1–12`);
    if (day !== undefined && (day < 1 || day > daysInMonth(month!, year))) {
      throw new PartialDateError(`day ${day} does not exist in month ${month}${year === undefined ? "" : ` of ${year}`}`);
    }
    return { year, month, day, precision };
  }
  throw new PartialDateError(`"${text}" is not a partial date (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD or --MM)`);
}

const pad = (n: number) => String(n).padStart(2, "0");

export function formatPartialDate(date: PartialDate): string {
  switch (date.precision) {
    case "year": return `${date.year}`;
    case "month": return `${date.year}-${pad(date.month!)}`;
    case "day": return `${date.year}-${pad(date.month!)}-${pad(date.day!)}`;
    case "month-day": return `--${pad(date.month!)}-${pad(date.day!)}`;
    case "month-only": return `--${pad(date.month!)}`;
  }
}

/** The first and last ISO day the date may fall on; null when its year is unknown. */
export function dateRange(date: PartialDate): { start: string; end: string } | null {
  if (date.year === undefined) return null;
  const y = date.year;
  const firstMonth = date.month ?? 1;
  const lastMonth = date.month ?? 12;
  const firstDay = date.day ?? 1;
  const lastDay = date.day ?? daysInMonth(lastMonth, y);
  return { start: `${y}-${pad(firstMonth)}-${pad(firstDay)}`, end: `${y}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/**
 * A date is doubtful when even its earliest day lies after the latest day its
 * source could have been written. Dates or sources without a year cannot be judged.
 */
export function dateQuality(date: PartialDate, sourcePublished: PartialDate | undefined): DateQuality {
  const range = dateRange(date);
  const source = sourcePublished && dateRange(sourcePublished);
  if (!range || !source) return DateQuality.OK;
  return range.start > source.end ? DateQuality.AFTER_SOURCE : DateQuality.OK;
}

/**
 * Orders dates for a timeline: by first possible day, the more precise first on
 * ties; dates with no year go last, by month and day.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (ra && rb) return ra.start.localeCompare(rb.start) || ra.end.localeCompare(rb.end);
  if (ra) return -1;
  if (rb) return 1;
  return (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/**
 * The date in plain words: "12 September 2025", "May 2025", "21 October, year
 * not stated"; with `yearBasis`, the year is marked as inferred and why.
 */
export function plainDate(date: PartialDate, yearBasis?: string): string {
  const month = date.month === undefined ? "" : MONTHS[date.month - 1];
  const dayMonth = [date.day, month].filter((part) => part !== undefined && part !== "").join(" ");
  if (date.year === undefined) return `${dayMonth}, year not stated`;
  const words = [dayMonth, String(date.year)].filter(Boolean).join(" ");
  return yearBasis ? `${words} (year inferred: ${yearBasis})` : words;
}
