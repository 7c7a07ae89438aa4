/**
 * The error every query limit reports: a message a person can read, plus
 * `extensions: { code, limit, actual }` so a client can tell which limit it hit
 * and by how much.
 */
import { GraphQLError, type ASTNode, type OperationDefinitionNode } from "graphql";

export function limitError(message: string, code: string, limit: number, actual: number, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: node, extensions: { code, limit, actual } });
}

/** `Operation "Name"`, or `The anonymous operation`, to start a message with. */
export function describeOperation(operation: OperationDefinitionNode): string {
  return operation.name ? `Operation "${operation.name.value}"` : "The anonymous operation";
}
