/**
 * The time budget of a request, which every store call made for it keeps to
 * (it reaches them in the request's scope, requestScope.ts). Work outside any
 * budget (a `kg load`, an index build) runs to its end.
 */
import { StoreError } from "./errors.js";

export interface Budget {
  /** When the work must be over (performance.now() time). */
  readonly deadline: number;
  /** Aborted when the deadline passes or the client goes away. */
  readonly signal: AbortSignal;
}

/** Milliseconds left of `budget` (at least 1), or null when none applies; throws STORE_TIMEOUT when it is spent. */
export function remainingBudgetMs(budget: Budget | undefined, what: string): number | null {
  if (!budget) return null;
  const left = Math.floor(budget.deadline - performance.now());
  if (left <= 0 || budget.signal.aborted) throw budgetSpent(what);
  return left;
}

export function budgetSpent(what: string): StoreError {
  return new StoreError("STORE_TIMEOUT", `the request's time budget was spent before ${what} could run`);
}
