import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  comparePartialDates, dateQuality, DateQuality, dateRange, formatPartialDate, parsePartialDate, PartialDateError,
} from "../../src/domain/dates.js";

describe("partial dates", () => {
  for (const text of ["2025", "2025-05", "2025-05-04", "--10-21", "--02-29", "--11"]) {
    it(`${text} round-trips`, () => assert.equal(formatPartialDate(parsePartialDate(text)), text));
  }

  it("a day and month keep no year", () => {
    const d = parsePartialDate("--10-21");
    assert.deepEqual([d.year, d.month, d.day, d.precision], [undefined, 10, 21, "month-day"]);
    assert.equal(dateRange(d), null);
  });

  for (const bad of ["2025-13", "2025-02-29", "2024-04-31", "--02-30", "21/10/2025", "2025-1-1", "", "0999"]) {
    it(`${JSON.stringify(bad)} is refused`, () => assert.throws(() => parsePartialDate(bad), PartialDateError));
  }

  it("2024-02-29 exists", () => assert.equal(parsePartialDate("2024-02-29").day, 29));

  it("a month spans its days, a year its months", () => {
    assert.deepEqual(dateRange(parsePartialDate("2025-02")), { start: "2025-02-01", end: "2025-02-28" });
    assert.deepEqual(dateRange(parsePartialDate("2027")), { start: "2027-01-01", end: "2027-12-31" });
  });
});

describe("dateQuality", () => {
  const published = parsePartialDate("2025-11-17");
  it("flags a date after its source", () => assert.equal(dateQuality(parsePartialDate("2026-06-26"), published), DateQuality.AFTER_SOURCE));
  it("accepts the same day", () => assert.equal(dateQuality(parsePartialDate("2025-11-17"), published), DateQuality.OK));
  it("accepts a month that may hold the source day", () => assert.equal(dateQuality(parsePartialDate("2025-11"), published), DateQuality.OK));
  it("cannot judge without a year", () => {
    assert.equal(dateQuality(parsePartialDate("--12-31"), published), DateQuality.OK);
    assert.equal(dateQuality(parsePartialDate("2030"), parsePartialDate("--11-17")), DateQuality.OK);
    assert.equal(dateQuality(parsePartialDate("2030"), undefined), DateQuality.OK);
  });
});

describe("comparePartialDates", () => {
  it("orders by first day, precise first on ties, yearless last", () => {
    const texts = ["--09-12", "2025", "2024-12-22", "2025-01-09", "--05-01", "2025-01"];
    const sorted = texts.map(parsePartialDate).sort(comparePartialDates).map(formatPartialDate);
    assert.deepEqual(sorted, ["2024-12-22", "2025-01", "2025", "2025-01-09", "--05-01", "--09-12"]);
  });
});
