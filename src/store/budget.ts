/**
 * The time budget of the work under way — a request's — carried along its
 * async calls, so every store call made for a request stops at the request's
 * deadline without each port method taking a deadline argument. Work outside
 * any budget (a `kg load`) runs to its end.
 */
import { StoreError } from "./errors.js";
import { currentScope, inScope } from "./requestScope.js";

export interface Budget {
  /** When the work must be over (performance.now() time). */
  readonly deadline: number;
  /** Aborted when the deadline passes or the client goes away. */
  readonly signal: AbortSignal;
}

/** Runs `work` with `budget` applying to every store call it makes. */
export function underBudget<T>(budget: Budget, work: () => Promise<T>): Promise<T> {
  return inScope({ budget }, work);
}

/** Runs `work` under no budget: for work shared by many requests, which one request's deadline must not cut short. */
export function outsideAnyBudget<T>(work: () => Promise<T>): Promise<T> {
  return inScope({ budget: undefined }, work);
}

export function currentBudget(): Budget | undefined {
  return currentScope()?.budget;
}

/** Milliseconds left of the current budget (at least 1), or null when none applies; throws STORE_TIMEOUT when it is spent. */
export function remainingBudgetMs(what: string): number | null {
  const budget = currentBudget();
  if (!budget) return null;
  const left = Math.floor(budget.deadline - performance.now());
  if (left <= 0 || budget.signal.aborted) throw budgetSpent(what);
  return left;
}

export function budgetSpent(what: string): StoreError {
  return new StoreError("STORE_TIMEOUT", `the request's time budget was spent before ${what} could run`);
}
