/** The GraphQL schema, built from the decorated types and resolvers; `schema.graphql` is its printed form. */
import "reflect-metadata";
import "./types/enums.js";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { validateArguments } from "./argumentValidation.js";
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
  built ??= buildSchema({
    resolvers: [
      QueryResolver, GraphResolver, GraphNodeResolver, JournalismResolver, CurationResolver, ChangeResolver, IngestResolver, EntityResolver, StatementResolver,
      RelationshipEdgeResolver, SourceResolver, ...KIND_RESOLVERS,
    ] as unknown as [Function, ...Function[]],
    orphanedTypes: ENTITY_TYPES,
    // The inputs' rules run through validateArguments, which skips argument classes without one.
    validate: true,
    validateFn: validateArguments,
  });
  return built;
}

/** The schema as SDL, sorted so the file diffs cleanly. */
export async function schemaSDL(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await graphSchema()))}\n`;
}
