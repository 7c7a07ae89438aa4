/** A recorded change's summary, kept as JSON text, handed out as a JSON value. */
import { FieldResolver, Resolver, Root } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { ChangeView } from "../types/change.type.js";

@Resolver(() => ChangeView)
export class ChangeResolver {
  @FieldResolver(() => GraphQLJSON, { description: "What it did: an object whose fields depend on the action (e.g. kind, name and created for createEntity)." })
  summary(@Root() change: ChangeView): unknown {
    return JSON.parse(change.summary);
  }
}
