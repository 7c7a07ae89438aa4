/**
 * Store failures in words the layers above can act on, whichever database
 * raised them: the store is away (try again later) or took too long.
 */
export type StoreErrorCode = "STORE_UNAVAILABLE" | "STORE_TIMEOUT";

export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreError";
  }

  /** What a client is told: no database internals. */
  get publicMessage(): string {
    return this.code === "STORE_TIMEOUT"
      ? "The graph store took too long to answer; narrow the question or try again"
      : "The graph store is not available right now; try again shortly";
  }
}

/** A bookmark the client sent that the database does not accept: not one a mutation answered with. */
export class BookmarkError extends Error {
  readonly code = "BAD_BOOKMARK";
}

/** The store cannot be used as configured; the message says what to change. */
export class StoreConfigError extends Error {}

/**
 * Another process holds the embedded store. `serverUrl` is set when that
 * process is this project's server, so a command that only reads can ask it.
 */
export class StoreLockedError extends StoreConfigError {
  constructor(message: string, readonly serverUrl: string | null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreLockedError";
  }
}

/**
 * A question the store will not answer because it would read too much of the
 * graph at once; narrowing it (a filter, an anchor) makes it answerable.
 */
export class TooCostlyError extends Error {
  readonly code = "QUERY_TOO_COSTLY";

  constructor(message: string) {
    super(message);
    this.name = "TooCostlyError";
  }
}
