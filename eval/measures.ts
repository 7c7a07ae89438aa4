/** Counts and the precision and recall they give, shared by both evaluations. */
import type { Tally } from "./devScore.js";

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

export interface Measure extends Tally {
  readonly precision: number | null;
  readonly recall: number | null;
}

export const measures = (t: Tally): Measure => ({ precision: ratio(t.correctPredictions ?? t.found, t.predicted), recall: ratio(t.found, t.expected), ...t });

export function addTallies(a: Tally, b: Tally): Tally {
  const sum: Tally = { found: a.found + b.found, predicted: a.predicted + b.predicted, expected: a.expected + b.expected };
  if (a.correctPredictions !== undefined || b.correctPredictions !== undefined) sum.correctPredictions = (a.correctPredictions ?? 0) + (b.correctPredictions ?? 0);
  return sum;
}

export const NO_TALLY: Tally = { found: 0, predicted: 0, expected: 0 };

/** A cell of a results table: precision / recall (found / proposed / expected). */
export const cell = (m: Measure) => `${m.precision ?? "–"} / ${m.recall ?? "–"} (${m.found}/${m.predicted}/${m.expected})`;
