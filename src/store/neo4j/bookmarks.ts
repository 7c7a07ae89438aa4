/**
 * Causal consistency on a Neo4j cluster. One bookmark manager per process (per
 * store): every session of the process takes part in it, so a read waits for
 * the process's own last write wherever the cluster sends it. A request may add
 * bookmarks a client got from another instance; they travel with the request
 * in its scope (requestScope.ts), so the sessions its loaders open carry them,
 * and the bookmarks of the writes the request made are collected to answer with.
 */
import { currentScope, inScope, type RequestScope } from "../requestScope.js";

export async function withRequestBookmarks<T>(given: readonly string[], work: () => Promise<T>): Promise<{ result: T; bookmarks: readonly string[] }> {
  const bookmarks: NonNullable<RequestScope["bookmarks"]> = { given, written: [] };
  const result = await inScope({ bookmarks }, work);
  return { result, bookmarks: bookmarks.written };
}

/** The client's bookmarks for the session about to open (none outside a request). */
export function givenBookmarks(): string[] {
  return [...(currentScope()?.bookmarks?.given ?? [])];
}

/** Records a write's bookmarks for the request's answer. */
export function recordWritten(bookmarks: readonly string[]): void {
  const scope = currentScope()?.bookmarks;
  if (scope && bookmarks.length) scope.written = bookmarks;
}
