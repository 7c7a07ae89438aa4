/**
 * The peer: @neo4j/graphql 7 over the same Neo4j, served by its own Apollo
 * Server on a loopback port, in a process of its own as `kg serve` is. It
 * counts the driver sessions each request opens and reports them as
 * extensions.roundTrips, as our server does. Reads NEO4J_URI, NEO4J_USERNAME,
 * NEO4J_PASSWORD, NEO4J_DATABASE and PORT; prints "peer listening at URL".
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { peerTypeDefs } from "./typeDefs.js";

let sessions = 0;

/** The driver, with every session it opens counted: one session is one round trip of the request to Neo4j. */
function counting(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === "session") return (...args: Parameters<Driver["session"]>) => (sessions += 1, target.session(...args));
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`the peer needs ${name}`);
  return value;
};

const driver = neo4j.driver(env("NEO4J_URI"), neo4j.auth.basic(env("NEO4J_USERNAME"), env("NEO4J_PASSWORD")));
const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver: counting(driver) }).getSchema();
const server = new ApolloServer<{ sessionsAtStart: number; sessionConfig: { database: string } }>({
  schema,
  plugins: [{
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind === "single") {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, roundTrips: sessions - contextValue.sessionsAtStart };
          }
        },
      };
    },
  }],
});
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(env("PORT")), host: "127.0.0.1" },
  context: async () => ({ sessionsAtStart: sessions, sessionConfig: { database: process.env.NEO4J_DATABASE || "neo4j" } }),
});
process.stderr.write(`peer listening at ${url}\n`);
const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
