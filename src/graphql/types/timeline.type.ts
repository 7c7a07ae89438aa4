import { yearBasisOf } from "../../domain/indexing.js";
import { Field, ObjectType } from "type-graphql";
import { timeline } from "../../store/traversals.js";
import type { Context } from "../context.js";
import { loadAll } from "../loaders.js";
import { Entity, viewOf, type EntityView } from "./entity.type.js";
import { PartialDateValue } from "./partialDate.type.js";

@ObjectType("TimelineEntry", { description: "A dated entity on a timeline; dates without a year come last." })
export class TimelineEntryView {
  @Field(() => Entity) entity!: EntityView;
  @Field(() => PartialDateValue) date!: PartialDateValue;
  @Field({ description: "True when the date lacks its day, month or year; it is placed at its earliest possible day." })
  partial!: boolean;
}

/** Reads through the request's loaders, so the timelines of a list of entities are read together. */
export async function timelineOf(context: Context, id: string): Promise<TimelineEntryView[] | null> {
  const { entity, relationships } = context.loaders;
  const entries = await timeline({
    entitiesById: (ids) => loadAll(entity, ids),
    relationshipsOf: (queries) => loadAll(relationships, queries),
  }, id);
  return entries && entries.map((e) => ({ entity: viewOf(e.entity), date: PartialDateValue.of(e.date, yearBasisOf(e.entity)), partial: e.partial }));
}
