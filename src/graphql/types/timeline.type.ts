import { yearBasisOf } from "../../domain/indexing.js";
import { Field, ObjectType } from "type-graphql";
import { timeline } from "../../store/traversals.js";
import type { Context } from "../context.js";
import { Entity, viewOf, type EntityView } from "./entity.type.js";
import { PartialDateValue } from "./partialDate.type.js";

@ObjectType("TimelineEntry", { description: "A dated entity on a timeline; dates without a year come last." })
export class TimelineEntryView {
  @Field(() => Entity) entity!: EntityView;
  @Field(() => PartialDateValue) date!: PartialDateValue;
  @Field({ description: "True when the date lacks its day, month or year; it is placed at its earliest possible day." })
  partial!: boolean;
}

export async function timelineOf(context: Context, id: string): Promise<TimelineEntryView[] | null> {
  const entries = await timeline(context.store, id);
  return entries && entries.map((e) => ({ entity: viewOf(e.entity), date: PartialDateValue.of(e.date, yearBasisOf(e.entity)), partial: e.partial }));
}
