/**
 * Fields every relationship has, wherever it appears: its ends, its
 * properties (generic and typed), its date and its sources.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { parsePartialDate } from "../../domain/dates.js";
import { ReviewState, type IndexedEntity } from "../../domain/records.js";
import type { Context } from "../context.js";
import { readsOnlySummary } from "./connections.js";
import { Entity, viewOf, type EntityView } from "../types/entity.type.js";
import { PartialDateValue } from "../types/partialDate.type.js";
import { Property, RelationshipEdge, Source, Statement, type StatementView } from "../types/relationship.type.js";

/**
 * Views already made, by the record they show: a page's ends and the article
 * each source cites are read by several fields (`node`, `title`, `publisher`,
 * …), and a view is made once per record rather than once per field. Records
 * live in a request's loaders, so the views go with them.
 */
const views = new WeakMap<IndexedEntity, EntityView>();

export async function entityView(context: Context, id: string): Promise<EntityView> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new Error(`relationship end ${id} is missing from the store`);
  let view = views.get(entity);
  if (!view) views.set(entity, (view = viewOf(entity)));
  return view;
}

/**
 * A relationship's end as the field's selection reads it: from the end's
 * summary when the selection reads no more than its id, kind and name (the
 * view then holds only those, and nothing below reads more), else whole.
 */
export async function endView(context: Context, id: string, info: GraphQLResolveInfo): Promise<EntityView> {
  if (!readsOnlySummary(info)) return entityView(context, id);
  const summary = await context.loaders.summary.load(id);
  if (!summary) throw new Error(`relationship end ${id} is missing from the store`);
  return summary as EntityView;
}

/** The accepted sources of a statement or entity, as GraphQL Source objects. */
export async function sourcesOf(context: Context, subject: string): Promise<Source[]> {
  const evidence = await context.loaders.evidence.load(subject);
  return evidence
    .filter((e) => e.reviewState === ReviewState.accepted)
    .map((e) => Object.assign(new Source(), { ...e, articleId: e.article }));
}

/** Why the year of a signing date read without one is what it is. */
const INFERRED_FROM_ARTICLE = "the year of the article that states it";

const text = (value: unknown) => (typeof value === "string" ? value : undefined);
const date = (value: unknown) => (typeof value === "string" ? PartialDateValue.of(parsePartialDate(value)) : undefined);

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Entity, { description: "Where the relationship starts." })
  from(@Root() s: StatementView, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return endView(context, s.from, info);
  }

  @FieldResolver(() => Entity, { description: "Where the relationship ends." })
  to(@Root() s: StatementView, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return endView(context, s.to, info);
  }

  @FieldResolver(() => [Property], { description: "Every property, as text." })
  properties(@Root() s: StatementView): Property[] {
    return Object.entries(s.properties).map(([name, value]) => ({ name, value: String(value) }));
  }

  @FieldResolver(() => String, { nullable: true, description: "HOLDS_POSITION: the post, in English." })
  title(@Root() s: StatementView) {
    return text(s.properties.title);
  }

  @FieldResolver(() => String, { nullable: true, description: "PARTY_TO: PROVIDER, RECIPIENT or PARTY; ATTENDED: the part played." })
  role(@Root() s: StatementView) {
    return text(s.properties.role);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "HOLDS_POSITION: false for a former post." })
  current(@Root() s: StatementView) {
    return typeof s.properties.current === "boolean" ? s.properties.current : undefined;
  }

  @FieldResolver(() => String, { nullable: true, description: "TRANSFERS, PRODUCES, TREATS: how far along it is." })
  status(@Root() s: StatementView) {
    return text(s.properties.status);
  }

  @FieldResolver(() => PartialDateValue, { nullable: true, description: "HOLDS_POSITION: since when." })
  since(@Root() s: StatementView) {
    return date(s.properties.from);
  }

  @FieldResolver(() => PartialDateValue, { nullable: true, description: "HOLDS_POSITION: until when." })
  until(@Root() s: StatementView) {
    return date(s.properties.to);
  }

  @FieldResolver(() => Entity, { nullable: true, description: "SIGNED: the organisation or country the signer signed for." })
  onBehalfOf(@Root() s: StatementView, @Ctx() context: Context) {
    const id = text(s.properties.onBehalfOf);
    return id ? entityView(context, id) : null;
  }

  @FieldResolver(() => PartialDateValue, {
    nullable: true,
    description: "SIGNED, WITNESSED: the day of the signing, when the source states it; otherwise the date of the agreement, event or resolution it involves, if known.",
  })
  async date(@Root() s: StatementView, @Ctx() context: Context) {
    if (typeof s.properties.date === "string") {
      return PartialDateValue.of(parsePartialDate(s.properties.date), s.properties.dateYearInferred === true ? INFERRED_FROM_ARTICLE : undefined);
    }
    for (const id of [s.to, s.from]) {
      const view = await entityView(context, id);
      if (view.date instanceof PartialDateValue) return view.date;
    }
    return null;
  }

  @FieldResolver(() => [Source], { description: "The articles and sentences that state it." })
  sources(@Root() s: StatementView, @Ctx() context: Context) {
    return sourcesOf(context, s.id);
  }
}

@Resolver(() => RelationshipEdge)
export class RelationshipEdgeResolver {
  @FieldResolver(() => Entity, { description: "The other end, seen from the entity asked about." })
  node(@Root() s: StatementView, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return endView(context, s.direction === "IN" ? s.from : s.to, info);
  }
}
