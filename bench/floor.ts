/**
 * The least a GraphQL answer over HTTP costs with this project's stack: Apollo
 * Server 5, standalone, with a one-field schema, answering `{ __typename }`. It
 * runs as every server in the bench does (a process of its own, NODE_ENV=production)
 * and the bench asks it as it asks them, turn by turn with them; so raw Cypher's
 * time plus the floor's is the fastest any API on this stack could answer a query
 * by sending raw's statement, and (raw + floor) ÷ raw the lowest "ours ÷ raw" it could reach.
 * Reads PORT; prints "floor listening at URL".
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

const server = new ApolloServer({ typeDefs: "type Query { ok: Boolean }", resolvers: { Query: { ok: () => true } } });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: "127.0.0.1" } });
process.stderr.write(`floor listening at ${url}\n`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
