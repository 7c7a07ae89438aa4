/**
 * Causal consistency on a Neo4j cluster. One bookmark manager per process (per
 * store): every session of the process takes part in it, so a read waits for
 * the process's own last write wherever the cluster sends it. A request may add
 * bookmarks a client got from another instance; they travel in its scope
 * (requestScope.ts), so the sessions its calls open carry them, and the
 * bookmarks of the writes the request made are collected there to answer with.
 */
import type { RequestScope } from "../requestScope.js";

/** The client's bookmarks for the session about to open (none outside a request). */
export function givenBookmarks(scope: RequestScope): string[] {
  return [...(scope.bookmarks?.given ?? [])];
}

/** Records a write's bookmarks for the request's answer. */
export function recordWritten(scope: RequestScope, bookmarks: readonly string[]): void {
  if (scope.bookmarks && bookmarks.length) scope.bookmarks.written = bookmarks;
}
