/**
 * The GraphQL endpoint: reads the body within its size limit, refuses
 * documents with too many tokens before they are parsed, identifies the
 * curator from the API key, runs the request through Apollo within the time
 * budget, and logs one line per request.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { GraphStore } from "../../store/port.js";
import { createContext, type Context } from "../../graphql/context.js";
import { languageFromHeader } from "../../domain/labels.js";
import { checkDocumentText } from "../../graphql/limits.js";
import { actorOf, UnauthenticatedError } from "../auth.js";
import type { ApiKey, Limits } from "../config.js";
import type { Logger } from "../log.js";
import { BodyTooLargeError, readBody } from "./body.js";
import { sendGraphQLError } from "./respond.js";

export interface GraphQLRouteOptions {
  readonly apollo: ApolloServer<Context>;
  readonly store: GraphStore;
  readonly limits: Limits;
  readonly apiKeys: readonly ApiKey[];
  readonly logger: Logger;
}

class RequestTimeoutError extends Error {}

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

function documentOf(body: unknown, search: string): string | undefined {
  if (body && typeof body === "object" && typeof (body as { query?: unknown }).query === "string") return (body as { query: string }).query;
  return new URLSearchParams(search).get("query") ?? undefined;
}

function withinBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RequestTimeoutError(`The request took longer than ${ms} ms and was stopped`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function execute(options: GraphQLRouteOptions, request: IncomingMessage, response: ServerResponse, context: { requestId: string; actor: string | null }) {
  const headers = headerMap(request);
  const url = new URL(request.url ?? "/", "http://localhost");
  const text = request.method === "POST" ? await readBody(request, options.limits.maxBodyBytes) : "";
  const body = parsedBody(text, headers.get("content-type") ?? "");
  const document = documentOf(body, url.search);
  if (document !== undefined) checkDocumentText(document, options.limits);
  let requestContext: Context | undefined;
  const result = await withinBudget(options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
    context: async () => (requestContext = createContext(options.store, context.actor, languageFromHeader(headers.get("accept-language")))),
  }), options.limits.requestTimeoutMs);
  response.statusCode = result.status ?? 200;
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
  try {
    actor = actorOf(request.headers.authorization, options.apiKeys);
    outcome = await execute(options, request, response, { requestId, actor });
  } catch (error) {
    if (error instanceof SyntaxError) sendGraphQLError(response, 400, "The request body is not valid JSON", "BAD_REQUEST");
    else if (error instanceof BodyTooLargeError) sendGraphQLError(response, 413, error.message, "PAYLOAD_TOO_LARGE");
    else if (error instanceof UnauthenticatedError) sendGraphQLError(response, 401, error.message, "UNAUTHENTICATED");
    // A GraphQL error, not a 5xx: the server is fine, this one question took too long.
    else if (error instanceof RequestTimeoutError) sendGraphQLError(response, 200, error.message, "REQUEST_TIMEOUT");
    else if (isLimitError(error)) sendGraphQLError(response, 400, error.message, error.extensions.code);
    else throw error;
  } finally {
    options.logger.info("request", {
      requestId, method: request.method, operationName: outcome.operationName, actor,
      status: response.statusCode, durationMs: Math.round((performance.now() - started) * 10) / 10, roundTrips: outcome.roundTrips,
    });
  }
}

function isLimitError(error: unknown): error is Error & { extensions: { code: string } } {
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === "string" && ["TOO_MANY_TOKENS", "DOCUMENT_TOO_LARGE"].includes(code);
}
