/**
 * What a request carries along its async calls to the store — its time budget
 * (budget.ts) and, on Neo4j, its bookmarks (neo4j/bookmarks.ts) — in one
 * AsyncLocalStorage: Node propagates every storage in use to every promise
 * made, so two would cost each promise of a request twice.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Budget } from "./budget.js";

export interface RequestScope {
  readonly budget?: Budget;
  readonly bookmarks?: {
    /** What the client sent: writes this request's reads must see. */
    readonly given: readonly string[];
    /** After each write of the request, the bookmarks it produced. */
    written: readonly string[];
  };
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `work` in the current scope with `change` made to it: what it does not name stays as it is. */
export function inScope<T>(change: RequestScope, work: () => T): T {
  return scope.run({ ...scope.getStore(), ...change }, work);
}

export function currentScope(): RequestScope | undefined {
  return scope.getStore();
}
