/**
 * GET /export: the graph, or part of it, as a file for Gephi, yEd, Cytoscape
 * or neo4j-admin (src/export/). Reads are open to everyone as on /graphql, and
 * an unknown API key is refused alike. The answer streams: headers go out
 * with the first bytes, so a bad parameter or a missing entity still gets a
 * clear 400 or 404, and an error half way through cuts the download short
 * rather than ending it as if it were complete. A store that is away or too
 * slow before the first byte is a 503 with the store's code.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  exportRequest, ExportNotFoundError, ExportScopeError, FILE_EXTENSIONS, MEDIA_TYPES, runExport, writableOutput,
  type ExportParameters, type ExportRequest, type TextOutput,
} from "../../export/index.js";
import type { GraphStore } from "../../store/port.js";
import { StoreError } from "../../store/errors.js";
import { actorOf, UnauthenticatedError } from "../auth.js";
import type { ApiKey } from "../config.js";
import type { Logger } from "../log.js";
import { sendJson } from "./respond.js";

export interface ExportRouteOptions {
  readonly store: GraphStore;
  readonly apiKeys: readonly ApiKey[];
  readonly logger: Logger;
}

const PARAMETERS = ["format", "id", "depth", "limit", "from", "to", "maxLength", "paths", "types", "file"] as const;

function parametersOf(search: URLSearchParams): ExportParameters {
  const unknown = [...search.keys()].filter((k) => !(PARAMETERS as readonly string[]).includes(k));
  if (unknown.length) throw new ExportScopeError(`unknown parameter ${unknown[0]}; /export takes ${PARAMETERS.join(", ")}`);
  return Object.fromEntries(PARAMETERS.flatMap((k) => (search.has(k) ? [[k, search.get(k)!]] : [])));
}

function fileName(request: ExportRequest): string {
  const { scope } = request;
  const subject = scope.kind === "neighbourhood" ? `neighbourhood-${scope.id}` : scope.kind === "path" ? `path-${scope.from}-${scope.to}` : "graph";
  const extension = request.format === "csv" ? `${request.file}.csv` : FILE_EXTENSIONS[request.format];
  return `kg-${subject.replace(/:/g, "_")}.${extension}`;
}

/** The response as an export output: the 200 and its headers leave with the first write. */
function responseOutput(response: ServerResponse, request: ExportRequest): TextOutput {
  const stream = writableOutput(response);
  return {
    async write(text) {
      if (!response.headersSent) {
        response.writeHead(200, {
          "content-type": MEDIA_TYPES[request.format],
          "content-disposition": `attachment; filename="${fileName(request)}"`,
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
        });
      }
      await stream.write(text);
    },
  };
}

export async function exportRoute(options: ExportRouteOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const started = performance.now();
  let exported: ExportRequest | null = null;
  // Logged once the answer is gone, so the line holds the status sent, whoever sent it.
  response.once("close", () => options.logger.info("export", {
    format: exported?.format ?? null, scope: exported?.scope.kind ?? null, status: response.statusCode,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  }));
  try {
    if (request.method !== "GET") {
      response.setHeader("allow", "GET");
      return sendJson(response, 405, { error: "/export answers GET only" });
    }
    actorOf(request.headers.authorization, options.apiKeys);
    exported = exportRequest(parametersOf(new URL(request.url ?? "/", "http://localhost").searchParams), { needsFile: true });
    const output = responseOutput(response, exported);
    await runExport(options.store, exported, exported.format === "csv" ? { [exported.file!]: output } : output);
    response.end();
  } catch (error) {
    if (response.headersSent) {
      options.logger.error("export failed part way", { error: (error as Error).message });
      return void response.destroy(error as Error);
    }
    if (error instanceof UnauthenticatedError) return sendJson(response, 401, { error: error.message });
    if (error instanceof ExportNotFoundError) return sendJson(response, 404, { error: error.message });
    if (error instanceof ExportScopeError) return sendJson(response, 400, { error: error.message });
    // As on /graphql: the store's trouble, in words and a code a client can act on, not a 500.
    if (error instanceof StoreError) {
      options.logger.warn("store error", { code: error.code, error: error.message });
      return sendJson(response, 503, { error: error.publicMessage, code: error.code });
    }
    throw error;
  }
}
