/** A source's article and the article's details, so a reader reaches the text without a second query. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { parsePartialDate } from "../../domain/dates.js";
import type { Citation } from "../../store/port.js";
import type { Context } from "../context.js";
import { Article } from "../types/kinds.type.js";
import { PartialDateValue } from "../types/partialDate.type.js";
import { Source } from "../types/relationship.type.js";
import { entityView } from "./statement.resolver.js";

/** What the source shows of its article, which its page usually brought along (connections.ts). */
async function citationOf(context: Context, s: Source): Promise<Citation> {
  const citation = await context.loaders.citation.load(s.articleId);
  if (!citation) throw new Error(`the article ${s.articleId} that source ${s.id} cites is missing from the store`);
  return citation;
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Article)
  article(@Root() s: Source, @Ctx() context: Context) {
    return entityView(context, s.articleId);
  }

  @FieldResolver(() => String, { nullable: true, description: "The article's headline." })
  async title(@Root() s: Source, @Ctx() context: Context) {
    return (await citationOf(context, s)).title;
  }

  @FieldResolver(() => String, { nullable: true })
  async publisher(@Root() s: Source, @Ctx() context: Context) {
    return (await citationOf(context, s)).publisher;
  }

  @FieldResolver(() => String, { nullable: true })
  async url(@Root() s: Source, @Ctx() context: Context) {
    return (await citationOf(context, s)).url;
  }

  @FieldResolver(() => String)
  async language(@Root() s: Source, @Ctx() context: Context) {
    return (await citationOf(context, s)).language;
  }

  @FieldResolver(() => PartialDateValue, { nullable: true, description: "When the article was published, as far as it says." })
  async published(@Root() s: Source, @Ctx() context: Context) {
    const { published, yearBasis } = await citationOf(context, s);
    return published === null ? null : PartialDateValue.of(parsePartialDate(published), yearBasis ?? undefined);
  }
}
