/**
 * The HTTP app, assembled from small parts: CORS, health checks, Prometheus metrics, the IDE page
 * on GET /graphql for browsers, the explorer on GET /explorer, file exports on GET /export, and the GraphQL endpoint (Apollo Server with
 * the query limits). It holds no state of its own beyond the store handle, so
 * several instances can run behind a load balancer.
 */
import { createServer, type Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { GraphStore } from "../store/port.js";
import type { Context } from "../graphql/context.js";
import { limitsPlugin } from "../graphql/limits.js";
import type { ServerConfig } from "./config.js";
import { formatError } from "./errors.js";
import { applyCors } from "./http/cors.js";
import { exportRoute } from "./http/export.js";
import { graphqlRoute } from "./http/graphql.js";
import { healthz, readyz } from "./http/health.js";
import { sendJson } from "./http/respond.js";
import { EXPLORER_PREFIX, explorerRoute } from "./explorer.js";
import { ideRoute } from "./ide.js";
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
  /** Stops taking requests, lets those in flight finish, then stops Apollo. */
  close(): Promise<void>;
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
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), responsePlugin(metrics), limitsPlugin(config.limits)],
  });
  await apollo.start();
  const ide = ideRoute();
  const explorer = explorerRoute();
  const graphql = { apollo, store: metrics.timed(store), limits: config.limits, apiKeys: config.apiKeys, logger, metrics };
  const exports = { store, apiKeys: config.apiKeys, logger };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const handle = async () => {
      if (path === "/healthz") return healthz(response);
      if (path === "/metrics" && config.metrics) return metrics.send(response);
      if (path === "/readyz") return readyz(response, store, config.store.queryTimeoutMs);
      if (path.startsWith("/ide/")) return ide.asset(path, response);
      if (path === EXPLORER_PREFIX) return explorer.page(response);
      if (path.startsWith(`${EXPLORER_PREFIX}/`)) return explorer.asset(path, response);
      if (path === "/export") return applyCors(request, response, config.corsOrigins) || exportRoute(exports, request, response);
      if (path === "/") return void response.writeHead(302, { location: "/graphql" }).end();
      if (path !== "/graphql") return sendJson(response, 404, { error: `Nothing at ${path}; the API is at /graphql` });
      if (applyCors(request, response, config.corsOrigins)) return;
      if (request.method === "GET" && (request.headers.accept ?? "").includes("text/html")) return ide.page(response);
      return graphqlRoute(graphql, request, response);
    };
    handle().catch((error: unknown) => {
      logger.error("unhandled error", { error: (error as Error).message, stack: config.production ? undefined : (error as Error).stack });
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else response.end();
    });
  });
  return {
    server,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A keep-alive connection whose request finishes during shutdown turns idle and would hold the
      // server open until the client hangs up: it is closed as soon as it is idle.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.closeIdleConnections();
      try {
        await closed;
      } finally {
        clearInterval(sweep);
      }
      await apollo.stop();
    },
  };
}
