import { Field, Int, ObjectType } from "type-graphql";
import { dateRange, formatPartialDate, plainDate, type PartialDate } from "../../domain/dates.js";
import { DatePrecisionEnum } from "./enums.js";

@ObjectType({ description: "A date with only the parts its source states; a missing year stays missing." })
export class PartialDateValue {
  @Field({ description: "ISO form: 2025, 2025-05, 2025-05-04, or --10-21 when the year is unknown." })
  text!: string;

  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Int, { nullable: true }) month?: number;
  @Field(() => Int, { nullable: true }) day?: number;
  @Field(() => DatePrecisionEnum) precision!: DatePrecisionEnum;

  @Field({ nullable: true, description: "First ISO day the date may fall on; null when the year is unknown." })
  start?: string;

  @Field({ nullable: true, description: "Last ISO day the date may fall on; null when the year is unknown." })
  end?: string;

  @Field({ description: "True when the date lacks its day, its month or its year." })
  partial!: boolean;

  @Field({ description: "In plain words: 12 September 2025 (year inferred: …), 21 October, year not stated." })
  plain!: string;

  @Field({ description: "True when the year is not written with the date but inferred from the article (see yearBasis)." })
  yearInferred!: boolean;

  @Field(() => String, { nullable: true, description: "Why the year is what it is, in words, when it is inferred." })
  yearBasis?: string | null;

  /** `yearBasis` when the year was inferred rather than written with the date. */
  static of(date: PartialDate, yearBasis?: string): PartialDateValue {
    const range = dateRange(date);
    return Object.assign(new PartialDateValue(), {
      text: formatPartialDate(date), year: date.year, month: date.month, day: date.day,
      precision: date.precision as DatePrecisionEnum, start: range?.start, end: range?.end,
      partial: date.precision !== "day", plain: plainDate(date, yearBasis),
      yearInferred: yearBasis !== undefined, yearBasis: yearBasis ?? null,
    });
  }
}
