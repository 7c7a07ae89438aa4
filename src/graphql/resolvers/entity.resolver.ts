/** Fields every entity has: all its relationships, the articles that mention it, its sources and its timeline. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { DEFAULT_LANGUAGE, pickLabel } from "../../domain/labels.js";
import { RelationshipType } from "../../domain/ontology.js";
import type { Context } from "../context.js";
import { ConnectionArgs, RelationshipArgs } from "../inputs/page.args.js";
import { Entity, type EntityView } from "../types/entity.type.js";
import { RelationshipConnection, Source } from "../types/relationship.type.js";
import { TimelineEntryView, timelineOf } from "../types/timeline.type.js";
import { relationshipConnection } from "./connections.js";
import { sourcesOf } from "./statement.resolver.js";

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => String, {
    description: "Its label in the reader's language: `lang`, else the request's Accept-Language, else English; an article's words before a translation; the canonical name when it has no label in that language or English.",
  })
  label(@Root() e: EntityView, @Arg("lang", () => String, { nullable: true }) lang: string | null, @Ctx() context: Context): string {
    return pickLabel(e.labels, lang ?? context.language ?? DEFAULT_LANGUAGE)?.text ?? e.name;
  }

  @FieldResolver(() => RelationshipConnection, { description: "Its relationships, of the types and direction asked." })
  relationships(@Root() e: EntityView, @Args(() => RelationshipArgs) args: RelationshipArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return relationshipConnection(context, e.id, args.types ?? [], args.direction, args, info);
  }

  @FieldResolver(() => RelationshipConnection, { description: "The articles that name it (MENTIONS)." })
  mentionedIn(@Root() e: EntityView, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return relationshipConnection(context, e.id, [RelationshipType.MENTIONS], "IN", page, info);
  }

  @FieldResolver(() => [Source], { description: "The sentences that state its attributes (a number, a date, a place)." })
  sources(@Root() e: EntityView, @Ctx() context: Context) {
    return sourcesOf(context, e.id);
  }

  @FieldResolver(() => [TimelineEntryView], { description: "It and the dated entities it is directly connected to, in date order." })
  timeline(@Root() e: EntityView, @Ctx() context: Context) {
    return timelineOf(context, e.id);
  }
}
