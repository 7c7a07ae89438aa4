/**
 * Causal consistency on a Neo4j cluster. One bookmark manager per process (per
 * store): every session of the process takes part in it, so a read waits for
 * the process's own last write wherever the cluster sends it. A request may add
 * bookmarks a client got from another instance; they travel with the request
 * through AsyncLocalStorage, so the sessions its loaders open carry them, and the
 * bookmarks of the writes the request made are collected to answer with.
 */
import { AsyncLocalStorage } from "node:async_hooks";

interface RequestBookmarks {
  /** What the client sent: writes this request's reads must see. */
  readonly given: readonly string[];
  /** After each write of the request, the bookmarks it produced. */
  written: readonly string[];
}

const requestScope = new AsyncLocalStorage<RequestBookmarks>();

export async function withRequestBookmarks<T>(given: readonly string[], work: () => Promise<T>): Promise<{ result: T; bookmarks: readonly string[] }> {
  const scope: RequestBookmarks = { given, written: [] };
  const result = await requestScope.run(scope, work);
  return { result, bookmarks: scope.written };
}

/** The client's bookmarks for the session about to open (none outside a request). */
export function givenBookmarks(): string[] {
  return [...(requestScope.getStore()?.given ?? [])];
}

/** Records a write's bookmarks for the request's answer. */
export function recordWritten(bookmarks: readonly string[]): void {
  const scope = requestScope.getStore();
  if (scope && bookmarks.length) scope.written = bookmarks;
}
