/** The GraphQL schema, built from the decorated types and resolvers; `schema.graphql` is its printed form. */
import "reflect-metadata";
import "./types/enums.js";
import { assertInterfaceType, lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, getMetadataStorage } from "type-graphql";
import { validateArguments } from "./argumentValidation.js";
import { INTERFACE_TYPE_RESOLVERS } from "./types/entity.type.js";
import { ENTITY_TYPES } from "./types/kinds.type.js";
import { ChangeResolver } from "./resolvers/change.resolver.js";
import { CurationResolver } from "./resolvers/curation.resolver.js";
import { EntityResolver } from "./resolvers/entity.resolver.js";
import { IngestResolver } from "./resolvers/ingest.resolver.js";
import { GraphNodeResolver, GraphResolver } from "./resolvers/graph.resolver.js";
import { JournalismResolver } from "./resolvers/journalism.resolver.js";
import { KIND_RESOLVERS } from "./resolvers/kinds.resolver.js";
import { QueryResolver } from "./resolvers/query.resolver.js";
import { SourceResolver } from "./resolvers/source.resolver.js";
import { RelationshipEdgeResolver, StatementResolver } from "./resolvers/statement.resolver.js";

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global. */
export function graphSchema(): Promise<GraphQLSchema> {
  built ??= withSimpleResolvers().then(() => buildSchema({
    resolvers: [
      QueryResolver, GraphResolver, GraphNodeResolver, JournalismResolver, CurationResolver, ChangeResolver, IngestResolver, EntityResolver, StatementResolver,
      RelationshipEdgeResolver, SourceResolver, ...KIND_RESOLVERS,
    ] as unknown as [Function, ...Function[]],
    orphanedTypes: ENTITY_TYPES,
    // The inputs' rules run through validateArguments, which skips argument classes without one.
    validate: true,
    validateFn: validateArguments,
  })).then(withPlainTypeResolvers);
  return built;
}

/**
 * The object types' plain fields (no field resolver) read their value off the
 * object with graphql-js's own resolver: type-graphql otherwise wraps each in a
 * middleware dispatcher, for middlewares and auth rules this schema has none of.
 * The bench's neighbourhood (500 nodes, 548 edges, at 10^6; in-process, its
 * store call answered from memory) executed in 1.52–1.64 ms so, 1.57–1.73 ms
 * wrapped. A middleware or auth rule added later stops the build instead of
 * being skipped.
 */
async function withSimpleResolvers(): Promise<void> {
  const storage = getMetadataStorage();
  if (storage.middlewares.length || storage.authorizedFields.length || storage.authorizedResolver.length) {
    throw new Error("the schema's plain fields skip type-graphql's middlewares and auth rules (schema.ts): serve them another way");
  }
  for (const type of storage.objectTypes) type.simpleResolvers ??= true;
}

/**
 * type-graphql wraps an interface's type resolver in an async function, so GraphQL
 * completes every value of an interface type — each node of a batch, each far end
 * of a page — a promise later. Ours are plain functions of the value: the schema
 * gets them back unwrapped. The bench's batch200 (200 nodes by id, on the embedded store at
 * 10^4, server and client in one process) took 1,650 µs of CPU a request this way, 1,830 wrapped.
 */
function withPlainTypeResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const [name, resolveType] of Object.entries(INTERFACE_TYPE_RESOLVERS)) assertInterfaceType(schema.getType(name)).resolveType = resolveType;
  return schema;
}

/** The schema as SDL, sorted so the file diffs cleanly. */
export async function schemaSDL(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await graphSchema()))}\n`;
}
