/**
 * The GraphQL endpoint: reads the body within its size limit, refuses
 * documents with too many tokens (or that do not even lex) before they are
 * parsed, identifies the curator from the API key, runs the request through
 * Apollo within the time budget — which every store call it makes shares, so
 * a request that runs out of time stops its store work too — and logs one
 * line per request with the status the client was actually sent. On Neo4j a
 * request reads at least the writes whose bookmarks it sends (`kg-bookmark`),
 * and a mutation answers with its own.
 */
import { createHash, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { GraphQLError } from "graphql";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { GraphStore } from "../../store/port.js";
import type { Budget } from "../../store/budget.js";
import { gatedStore, Slots } from "../../store/gate.js";
import { createContext, type Context } from "../../graphql/context.js";
import { languageFromHeader } from "../../domain/labels.js";
import { checkDocumentText } from "../../graphql/limits.js";
import { actorOf, UnauthenticatedError } from "../auth.js";
import type { ApiKey, Limits } from "../config.js";
import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";
import { BodyTooLargeError, readBody } from "./body.js";
import { sendGraphQLError } from "./respond.js";

export interface GraphQLRouteOptions {
  readonly apollo: ApolloServer<Context>;
  readonly store: GraphStore;
  readonly limits: Limits;
  readonly apiKeys: readonly ApiKey[];
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Store calls in flight for the whole server, shared by every request. */
  readonly serverSlots: Slots;
}

class RequestTimeoutError extends Error {}

/**
 * Causal consistency across instances (Neo4j): a mutation's answer carries the
 * bookmark of its write in this header; a request that sends it back, to any
 * instance, reads at least that write.
 */
export const BOOKMARK_HEADER = "kg-bookmark";

class BadBookmarkError extends Error {}

/** Neo4j bookmarks are opaque tokens of letters, digits and a few signs; anything else is refused before the store sees it. */
function bookmarksOf(request: IncomingMessage): string[] {
  const header = request.headers[BOOKMARK_HEADER];
  if (header === undefined) return [];
  const bookmarks = (Array.isArray(header) ? header.join(",") : header).split(",").map((b) => b.trim()).filter(Boolean);
  if (bookmarks.length > 16 || bookmarks.some((b) => !/^[\w:+/=.-]{1,1024}$/.test(b))) {
    throw new BadBookmarkError(`${BOOKMARK_HEADER} must hold bookmarks a mutation answered with, comma separated (at most 16)`);
  }
  return bookmarks;
}

/** A request the server refuses before Apollo sees it, with the status and code to answer. */
class RefusedRequestError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

/** The parsed JSON body, or the text as it came when it is not JSON (Apollo then answers 400 itself). */
function parsedBody(text: string, contentType: string): unknown {
  if (!text || !contentType.includes("json")) return text;
  return JSON.parse(text);
}

function documentOf(body: unknown, search: URLSearchParams): string | undefined {
  if (body && typeof body === "object" && typeof (body as { query?: unknown }).query === "string") return (body as { query: string }).query;
  return search.get("query") ?? undefined;
}

/** The persisted-query hash a request states, from the body or from GET's `extensions` parameter. */
function persistedQueryHash(body: unknown, search: URLSearchParams): unknown {
  let extensions = (body as { extensions?: unknown } | null)?.extensions;
  if (extensions === undefined && search.has("extensions")) {
    try {
      extensions = JSON.parse(search.get("extensions")!);
    } catch {
      return undefined;
    }
  }
  return (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
}

/**
 * Refuses what Apollo would answer as an internal error: a document that does
 * not lex, and a persisted-query hash that is not the document's.
 */
function checkDocument(document: string | undefined, hash: unknown, limits: Limits): void {
  if (document === undefined) return;
  try {
    checkDocumentText(document, limits);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === undefined) throw new RefusedRequestError(400, "GRAPHQL_PARSE_FAILED", error.message);
    throw error;
  }
  if (hash !== undefined && hash !== createHash("sha256").update(document).digest("hex")) {
    throw new RefusedRequestError(400, "PERSISTED_QUERY_HASH_MISMATCH", "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it");
  }
}

/**
 * Runs `work` under a budget of `ms`, which it is given for its store calls
 * to keep to; the answer is a timeout when it is not done by then.
 */
function withinBudget<T>(work: (budget: Budget) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new RequestTimeoutError(`The request took longer than ${ms} ms and was stopped`));
    }, ms);
  });
  return Promise.race([work({ deadline: performance.now() + ms, signal: controller.signal }), timeout]).finally(() => clearTimeout(timer));
}

async function execute(options: GraphQLRouteOptions, request: IncomingMessage, response: ServerResponse, actor: string | null) {
  const headers = headerMap(request);
  const url = new URL(request.url ?? "/", "http://localhost");
  const text = request.method === "POST" ? await readBody(request, options.limits.maxBodyBytes) : "";
  const body = parsedBody(text, headers.get("content-type") ?? "");
  checkDocument(documentOf(body, url.searchParams), persistedQueryHash(body, url.searchParams), options.limits);
  let requestContext: Context | undefined;
  const bookmarks = { given: bookmarksOf(request), written: [] as readonly string[] };
  const result = await withinBudget((budget) => {
    const store = gatedStore(options.store.within({ budget, bookmarks }), [new Slots(options.limits.storeCallsPerRequest), options.serverSlots], budget.signal);
    return options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
      context: async () => (requestContext = createContext(store, actor, languageFromHeader(headers.get("accept-language")))),
    });
  }, options.limits.requestTimeoutMs);
  response.statusCode = result.status ?? 200;
  if (bookmarks.written.length) response.setHeader(BOOKMARK_HEADER, bookmarks.written.join(", "));
  for (const [name, value] of result.headers) response.setHeader(name, value);
  if (result.body.kind === "complete") response.end(result.body.string);
  else {
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }
  return { operationName: (body as { operationName?: string } | null)?.operationName ?? null, roundTrips: requestContext?.roundTrips() ?? 0 };
}

export async function graphqlRoute(options: GraphQLRouteOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const started = performance.now();
  const presented = request.headers["x-request-id"];
  const requestId = typeof presented === "string" && /^[\w.-]{1,64}$/.test(presented) ? presented : randomUUID();
  response.setHeader("x-request-id", requestId);
  let outcome: { operationName: string | null; roundTrips: number } = { operationName: null, roundTrips: 0 };
  let actor: string | null = null;
  // Logged once the answer is gone, so the line holds the status sent, whoever sent it.
  response.once("close", () => {
    const seconds = (performance.now() - started) / 1000;
    options.logger.info("request", {
      requestId, method: request.method, operationName: outcome.operationName, actor,
      status: response.statusCode, durationMs: Math.round(seconds * 10_000) / 10, roundTrips: outcome.roundTrips,
    });
    options.metrics.observeRequest({ operationName: outcome.operationName, status: response.statusCode, seconds, roundTrips: outcome.roundTrips });
  });
  try {
    actor = actorOf(request.headers.authorization, options.apiKeys);
    outcome = await execute(options, request, response, actor);
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    sendGraphQLError(response, ...refusal);
    options.metrics.countError(refusal[2]);
  }
}

/** A request refused before or around Apollo: its status, message and code; null for an error nobody expected. */
function refusalOf(error: unknown): [status: number, message: string, code: string] | null {
  if (error instanceof SyntaxError) return [400, "The request body is not valid JSON", "BAD_REQUEST"];
  if (error instanceof BodyTooLargeError) return [413, error.message, "PAYLOAD_TOO_LARGE"];
  if (error instanceof BadBookmarkError) return [400, error.message, "BAD_BOOKMARK"];
  if (error instanceof UnauthenticatedError) return [401, error.message, "UNAUTHENTICATED"];
  if (error instanceof RefusedRequestError) return [error.status, error.message, error.code];
  // A GraphQL error, not a 5xx: the server is fine, this one question took too long.
  if (error instanceof RequestTimeoutError) return [200, error.message, "REQUEST_TIMEOUT"];
  if (isLimitError(error)) return [400, error.message, error.extensions.code];
  return null;
}

function isLimitError(error: unknown): error is Error & { extensions: { code: string } } {
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === "string" && ["TOO_MANY_TOKENS", "DOCUMENT_TOO_LARGE"].includes(code);
}
