/**
 * One place that shapes every GraphQL error the server sends: a client always
 * gets `extensions.code`; a store failure becomes STORE_UNAVAILABLE or
 * STORE_TIMEOUT, a bookmark the database refuses BAD_BOOKMARK; anything unexpected is logged and, in production, masked.
 */
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { BookmarkError, StoreError, TooCostlyError } from "../store/errors.js";
import type { Logger } from "./log.js";

export function formatError(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof StoreError) {
      logger.warn("store error", { code: original.code, error: original.message });
      return { message: original.publicMessage, path: formatted.path, extensions: { code: original.code } };
    }
    if (original instanceof BookmarkError) {
      return { message: `The kg-bookmark header names a write this database does not know; send a bookmark a mutation answered with`, path: formatted.path, extensions: { code: original.code } };
    }
    if (original instanceof TooCostlyError) return { message: original.message, path: formatted.path, extensions: { code: original.code } };
    if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
    logger.error("internal error", { error: (original as Error)?.message, path: formatted.path });
    if (!production) return formatted;
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
