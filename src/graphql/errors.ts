/** Errors a client can act on, each with a stable code in `extensions.code`. */
import { GraphQLError } from "graphql";

export function notFound(id: string): GraphQLError {
  return new GraphQLError(`No entity has the id "${id}"`, { extensions: { code: "NOT_FOUND", id } });
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}
