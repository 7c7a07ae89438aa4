/**
 * The HTTP app, assembled from small parts: the GraphQL endpoint (Apollo
 * Server), the IDE page on GET /graphql for browsers, and health checks.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { GraphStore } from "../store/port.js";
import { createContext, type Context } from "../graphql/context.js";
import { ideRoute } from "./ide.js";

/** Reports each request's store round trips in `extensions.roundTrips`. */
const roundTripsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === "single") {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, roundTrips: contextValue.roundTrips() };
        }
      },
    };
  },
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: ServerResponse, status: number, body: string, type = "application/json; charset=utf-8"): void {
  response.writeHead(status, { "content-type": type });
  response.end(body);
}

async function graphqlRoute(apollo: ApolloServer<Context>, store: GraphStore, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const text = request.method === "POST" ? await readBody(request) : "";
  let body: unknown = text;
  if (text && (headers.get("content-type") ?? "").includes("json")) {
    try {
      body = JSON.parse(text);
    } catch {
      send(response, 400, JSON.stringify({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] }));
      return;
    }
  }
  const url = new URL(request.url ?? "/", "http://localhost");
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
    context: async () => createContext(store),
  });
  response.statusCode = result.status ?? 200;
  for (const [name, value] of result.headers) response.setHeader(name, value);
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

export interface App {
  readonly server: Server;
  close(): Promise<void>;
}

export async function createApp(schema: GraphQLSchema, store: GraphStore): Promise<App> {
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), roundTripsPlugin],
  });
  await apollo.start();
  const ide = ideRoute();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const handle = async () => {
      if (path === "/healthz") return send(response, 200, JSON.stringify({ status: "ok" }));
      if (path === "/graphql" && request.method === "GET" && (request.headers.accept ?? "").includes("text/html")) return ide.page(response);
      if (path.startsWith("/ide/")) return ide.asset(path, response);
      if (path === "/graphql") return graphqlRoute(apollo, store, request, response);
      if (path === "/") return void response.writeHead(302, { location: "/graphql" }).end();
      send(response, 404, JSON.stringify({ error: `Nothing at ${path}; the API is at /graphql` }));
    };
    handle().catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, JSON.stringify({ error: "internal error" }));
      else response.end();
    });
  });
  return {
    server,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
