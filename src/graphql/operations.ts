/**
 * The operations this API runs: queries and mutations. A subscription would
 * otherwise reach execution and come back as an internal error.
 */
import { GraphQLError } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";

export function supportedOperationsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== "subscription") return;
          throw new GraphQLError("This API serves queries and mutations; subscriptions are not supported", {
            extensions: { code: "OPERATION_NOT_SUPPORTED", http: { status: 400 } },
          });
        },
      };
    },
  };
}
