/**
 * The query limits as the server applies them: size and tokens checked on the
 * raw text before parsing; depth, aliases and cost once the operation is
 * known, with the request's own variables — each worked out once per document
 * (and variables shape, for the cost) and then remembered (limitsMemo.ts). They run in a plugin rather than as
 * validation rules because Apollo replaces a validation error's code with
 * GRAPHQL_VALIDATION_FAILED, and a client must see which limit it hit.
 */
import { GraphQLError, Kind, validate, type DocumentNode, type OperationDefinitionNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Limits } from "../server/config.js";
import { LimitsMemo } from "./limitsMemo.js";
import { assertDocumentSize, assertTokenLimit, estimateCost, maxAliasesRule, maxDepthRule } from "./rules/index.js";

/** Throws a coded GraphQLError when the raw document is too large or holds too many tokens. */
export function checkDocumentText(document: string, limits: Limits): void {
  assertDocumentSize(document, limits.maxBodyBytes);
  assertTokenLimit(document, limits.maxTokens);
}

/** Introspection reads the schema, not the graph: its cost does not grow with the data, so it is not limited by cost. */
function onlyIntrospection(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return !!operation && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith("__"));
}

const badRequest = (error: GraphQLError) =>
  new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, http: { status: 400 } } });

export function limitsPlugin<C extends object>(limits: Limits): ApolloServerPlugin<C> {
  const rules = [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases)];
  const memo = new LimitsMemo();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const broken = memo.broken(document, () => validate(schema, document, rules)[0] ?? null);
          if (broken) throw badRequest(broken);
          if (onlyIntrospection(document, operationName)) return;
          const variables = request.variables ?? {};
          const cost = memo.cost(document, operationName, variables, () => estimateCost(schema, document, variables, operationName ?? undefined));
          if (cost > limits.maxCost) {
            throw new GraphQLError(`The query would cost about ${cost}, more than the limit of ${limits.maxCost}: ask for fewer items (first, limit) or fewer nested lists`, {
              extensions: { code: "QUERY_TOO_COSTLY", limit: limits.maxCost, actual: cost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
