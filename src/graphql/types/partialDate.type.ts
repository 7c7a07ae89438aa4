import { Field, Int, ObjectType } from "type-graphql";
import { dateRange, formatPartialDate, type PartialDate } from "../../domain/dates.js";
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

  static of(date: PartialDate): PartialDateValue {
    const range = dateRange(date);
    return Object.assign(new PartialDateValue(), {
      text: formatPartialDate(date), year: date.year, month: date.month, day: date.day,
      precision: date.precision as DatePrecisionEnum, start: range?.start, end: range?.end,
      partial: date.precision !== "day",
    });
  }
}
