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

/** A relationship connection's page, from either end: `last`/`before` as Relay defines them. */
@ArgsType()
export class ConnectionArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: `How many from the end of the list (or from before \`before\`), at most ${MAX_PAGE}; when given, \`first\` is not used.` })
  @IsOptional() @Min(1) @Max(MAX_PAGE)
  last?: number | null;

  @Field(() => String, { nullable: true, description: "A cursor from an earlier page: end before it." })
  @IsOptional() @IsString()
  before?: string | null;
}

@ArgsType()
export class RelationshipArgs extends ConnectionArgs {
  @Field(() => [RelationshipType], { nullable: true, description: "Only these types; all when omitted." })
  @IsOptional()
  types?: RelationshipType[] | null;

  @Field(() => DirectionEnum, { defaultValue: DirectionEnum.BOTH })
  direction!: DirectionEnum;
}
