/** A source's article and the article's details, so a reader reaches the text without a second query. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Article } from "../types/kinds.type.js";
import { PartialDateValue } from "../types/partialDate.type.js";
import { Source } from "../types/relationship.type.js";
import { entityView } from "./statement.resolver.js";

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Article)
  article(@Root() s: Source, @Ctx() context: Context) {
    return entityView(context, s.articleId);
  }

  @FieldResolver(() => String, { nullable: true, description: "The article's headline." })
  async title(@Root() s: Source, @Ctx() context: Context) {
    return (await entityView(context, s.articleId)).title;
  }

  @FieldResolver(() => String, { nullable: true })
  async publisher(@Root() s: Source, @Ctx() context: Context) {
    return (await entityView(context, s.articleId)).publisher;
  }

  @FieldResolver(() => String, { nullable: true })
  async url(@Root() s: Source, @Ctx() context: Context) {
    return (await entityView(context, s.articleId)).url;
  }

  @FieldResolver(() => String)
  async language(@Root() s: Source, @Ctx() context: Context) {
    return (await entityView(context, s.articleId)).language;
  }

  @FieldResolver(() => PartialDateValue, { nullable: true, description: "When the article was published, as far as it says." })
  async published(@Root() s: Source, @Ctx() context: Context) {
    return (await entityView(context, s.articleId)).published;
  }
}
