/**
 * CORS for browsers on other origins, only for the origins configured: the
 * answer to a preflight, and the headers on the actual response.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

const ALLOWED_HEADERS = "content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id, kg-bookmark";
/** Response headers a browser script on another origin may read. */
const EXPOSED_HEADERS = "x-request-id, kg-bookmark";

export function allowedOrigin(request: IncomingMessage, origins: readonly string[]): string | null {
  const origin = request.headers.origin;
  if (!origin) return null;
  if (origins.includes("*")) return "*";
  return origins.includes(origin) ? origin : null;
}

/** Adds the CORS headers when the request's origin is allowed; says whether it handled a preflight. */
export function applyCors(request: IncomingMessage, response: ServerResponse, origins: readonly string[]): boolean {
  const origin = allowedOrigin(request, origins);
  if (origin) {
    response.setHeader("access-control-allow-origin", origin);
    response.setHeader("vary", "origin");
    response.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
  }
  if (request.method !== "OPTIONS") return false;
  if (origin) {
    response.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    response.setHeader("access-control-allow-headers", ALLOWED_HEADERS);
    response.setHeader("access-control-max-age", "600");
  }
  response.writeHead(204).end();
  return true;
}
