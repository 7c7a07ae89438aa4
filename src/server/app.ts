/**
 * The HTTP app, assembled from small parts: CORS, health checks, Prometheus metrics, the IDE page
 * on GET /graphql for browsers, the explorer on GET /explorer, the review desk on GET /review, file exports on GET /export, and the GraphQL endpoint (Apollo Server with
 * the query limits). It holds no state of its own beyond the store handle, so
 * several instances can run behind a load balancer.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { GraphStore } from "../store/port.js";
import type { Context } from "../graphql/context.js";
import { limitsPlugin } from "../graphql/limits.js";
import { supportedOperationsPlugin } from "../graphql/operations.js";
import { gatedStore, Slots } from "../store/gate.js";
import { actorOf } from "./auth.js";
import type { ServerConfig } from "./config.js";
import { formatError } from "./errors.js";
import { applyCors } from "./http/cors.js";
import { exportRoute } from "./http/export.js";
import { graphqlRoute } from "./http/graphql.js";
import { healthz, readyz } from "./http/health.js";
import { sendJson } from "./http/respond.js";
import { EXPLORER_PREFIX, explorerRoute } from "./explorer.js";
import { ideRoute } from "./ide.js";
import { REVIEW_PREFIX, reviewRoute } from "./review.js";
import type { Logger } from "./log.js";
import { Metrics } from "./metrics.js";

/** Reports each request's store round trips in `extensions.roundTrips`, and counts the errors it sends by code. */
function responsePlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, roundTrips: contextValue?.roundTrips() ?? 0 };
          for (const error of result.errors ?? []) metrics.countError(String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
        },
      };
    },
  };
}

export interface App {
  readonly server: Server;
  /**
   * Stops taking requests, closes idle connections, drops those still sending
   * their request after a second's grace, lets the requests being answered
   * finish, then stops Apollo.
   */
  close(): Promise<void>;
}

/** How long shutdown waits for a request still being sent before it drops the connection. */
const SLOW_SENDER_GRACE_MS = 1000;

/** How often Node looks for connections past their header or request timeout (its default is 30 s). */
const TIMEOUT_CHECK_MS = 1000;

/** Whether the request carries a key this server knows (an unknown or malformed one counts as none). */
function fromCurator(request: IncomingMessage, config: AppConfig): boolean {
  try {
    return actorOf(request.headers.authorization, config.apiKeys) !== null;
  } catch {
    return false;
  }
}

export type AppConfig = Pick<ServerConfig, "production" | "introspection" | "corsOrigins" | "apiKeys" | "limits" | "store" | "metrics">;

export async function createApp(schema: GraphQLSchema, store: GraphStore, config: AppConfig, logger: Logger): Promise<App> {
  const metrics = new Metrics();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    // Shutdown is ours (main.ts): Apollo's own handler would stop it before the requests in flight finish.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError: formatError(config.production, logger),
    // No cache-control hints are used, and Apollo's cache-control plugin would wrap every field resolver to look for them.
    plugins: [
      ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), responsePlugin(metrics), supportedOperationsPlugin(), limitsPlugin(config.limits),
    ],
  });
  await apollo.start();
  const ide = ideRoute();
  const explorer = explorerRoute();
  const review = reviewRoute();
  const { limits } = config;
  const serverSlots = new Slots(limits.storeCallsPerServer);
  const graphql = { apollo, store: metrics.timed(store), limits, apiKeys: config.apiKeys, logger, metrics, serverSlots };
  const exports = { store: gatedStore(store, [serverSlots]), apiKeys: config.apiKeys, logger };
  /** Requests not yet answered, so shutdown can drop those whose client is still sending them. */
  const inFlight = new Set<IncomingMessage>();
  let closing = false;
  const server = createServer({
    // A slow client — headers or a body dripped a byte at a time — is answered 408 and dropped, instead of holding a connection for Node's 300 s.
    headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_MS,
  }, (request, response) => {
    inFlight.add(request);
    response.once("close", () => {
      inFlight.delete(request);
      if (closing) server.closeIdleConnections();
    });
    if (closing) response.setHeader("connection", "close");
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const handle = async () => {
      if (path === "/healthz") return healthz(response);
      if (path === "/metrics" && config.metrics) return metrics.send(response);
      if (path === "/readyz") return readyz(response, store, config.store.queryTimeoutMs, fromCurator(request, config));
      if (path.startsWith("/ide/")) return ide.asset(path, response);
      if (path === EXPLORER_PREFIX) return explorer.page(response);
      if (path.startsWith(`${EXPLORER_PREFIX}/`)) return explorer.asset(path, response);
      if (path === REVIEW_PREFIX) return review.page(response);
      if (path.startsWith(`${REVIEW_PREFIX}/`)) return review.asset(path, response);
      if (path === "/export") return applyCors(request, response, config.corsOrigins) || exportRoute(exports, request, response);
      if (path === "/") return void response.writeHead(302, { location: "/graphql" }).end();
      if (path !== "/graphql") return sendJson(response, 404, { error: `Nothing at ${path}; the API is at /graphql` });
      if (applyCors(request, response, config.corsOrigins)) return;
      if (request.method === "GET" && (request.headers.accept ?? "").includes("text/html")) return ide.page(response);
      return graphqlRoute(graphql, request, response);
    };
    handle().catch((error: unknown) => {
      // The client is gone, or was dropped for sending too slowly (Node answered it 408): nothing more can be sent.
      if (request.socket.destroyed) {
        if (!request.complete) response.statusCode = 408;
        return;
      }
      logger.error("unhandled error", { error: (error as Error).message, stack: config.production ? undefined : (error as Error).stack });
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else response.end();
    });
  });
  // Past this many open connections new ones are refused, so slow clients cannot use up the process's file descriptors.
  server.maxConnections = limits.maxConnections;
  return {
    server,
    async close() {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A keep-alive connection whose request finishes during shutdown turns idle and would hold the
      // server open until the client hangs up: it is closed as soon as it is idle.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.closeIdleConnections();
      // A request still arriving gets a moment to finish (it may be half sent when the signal lands); a slow one is then dropped.
      const dropSlowSenders = setTimeout(() => {
        for (const request of inFlight) if (!request.complete) request.socket.destroy();
      }, SLOW_SENDER_GRACE_MS);
      try {
        await closed;
      } finally {
        clearInterval(sweep);
        clearTimeout(dropSlowSenders);
      }
      await apollo.stop();
    },
  };
}
