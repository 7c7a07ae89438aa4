import { ArgsType, Field, Int } from "type-graphql";
import { IsOptional, IsString, Max, Min } from "class-validator";
import { RelationshipType } from "../../domain/ontology.js";
import { DirectionEnum } from "../types/enums.js";

/** The most items one page may hold. */
export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many, at most ${MAX_PAGE}.` })
  @Min(1) @Max(MAX_PAGE)
  first!: number;

  @Field(() => String, { nullable: true, description: "A cursor from an earlier page: start after it." })
  @IsOptional() @IsString()
  after?: string | null;
}

@ArgsType()
export class RelationshipArgs extends PageArgs {
  @Field(() => [RelationshipType], { nullable: true, description: "Only these types; all when omitted." })
  @IsOptional()
  types?: RelationshipType[] | null;

  @Field(() => DirectionEnum, { defaultValue: DirectionEnum.BOTH })
  direction!: DirectionEnum;
}
