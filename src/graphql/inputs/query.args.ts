/** Arguments of the root queries, each carrying its own bounds and defaults. */
import { ArgsType, Field, ID, Int } from "type-graphql";
import { ArrayMaxSize, IsNotEmpty, IsOptional, Matches, Max, MaxLength, Min } from "class-validator";
import { NodeKind, RelationshipType } from "../../domain/ontology.js";
import { MAX_PATH_LENGTH } from "../../store/cypher.js";
import { IsPartialDate } from "../../seed/schema.js";
import { ConnectionArgs, MAX_PAGE } from "./page.args.js";

export const MAX_IDS = 200;
const ID_FORM = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idRule = { message: "$property must be an entity id such as person:dao-hong-lan" };

@ArgsType()
export class IdArgs {
  @Field(() => ID) @Matches(ID_FORM, idRule) id!: string;
}

@ArgsType()
export class IdsArgs {
  @Field(() => [ID], { description: `At most ${MAX_IDS}.` })
  @ArrayMaxSize(MAX_IDS) @Matches(ID_FORM, { ...idRule, each: true })
  ids!: string[];
}

@ArgsType()
export class OfArgs extends ConnectionArgs {
  @Field(() => ID, { description: "The agreement, event or person asked about." })
  @Matches(ID_FORM, idRule)
  of!: string;
}

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field(() => Int, { defaultValue: 10, description: `How many, at most ${MAX_PAGE}.` }) @Min(1) @Max(MAX_PAGE) declare first: number;

  @Field({ description: "Any form of a name, in any language, with or without diacritics and honorifics." })
  @IsNotEmpty() @MaxLength(200)
  text!: string;

  @Field(() => [NodeKind], { nullable: true, description: "Only these kinds; all when omitted." })
  @IsOptional()
  kinds?: NodeKind[] | null;
}

@ArgsType()
export class PathArgs {
  @Field(() => ID) @Matches(ID_FORM, idRule) from!: string;
  @Field(() => ID) @Matches(ID_FORM, idRule) to!: string;

  @Field(() => Int, { defaultValue: 6, description: `The longest path to look for, at most ${MAX_PATH_LENGTH}.` })
  @Min(1) @Max(MAX_PATH_LENGTH)
  maxLength!: number;

  @Field(() => [RelationshipType], { nullable: true, description: "Follow only these; all but MENTIONS when omitted." })
  @IsOptional()
  relationshipTypes?: RelationshipType[] | null;
}

@ArgsType()
export class PathsArgs extends PathArgs {
  @Field(() => Int, { defaultValue: 5 }) @Min(1) @Max(50) first!: number;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID) @Matches(ID_FORM, idRule) id!: string;
  @Field(() => Int, { defaultValue: 1, description: "Hops from the centre, 1 to 3." }) @Min(1) @Max(3) depth!: number;

  @Field(() => [RelationshipType], { nullable: true, description: "Follow only these; all but MENTIONS when omitted." })
  @IsOptional()
  relationshipTypes?: RelationshipType[] | null;

  @Field(() => Int, { defaultValue: 100, description: "The most nodes to return, the centre included." })
  @Min(1) @Max(1000)
  limit!: number;
}

@ArgsType()
export class TransferArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only transfers this party provides." }) @IsOptional() @Matches(ID_FORM, idRule) provider?: string;
  @Field(() => ID, { nullable: true, description: "Only transfers this party receives." }) @IsOptional() @Matches(ID_FORM, idRule) recipient?: string;
  @Field(() => ID, { nullable: true, description: "Only transfers of this drug or technology." }) @IsOptional() @Matches(ID_FORM, idRule) product?: string;
  @Field(() => ID, { nullable: true, description: "Only transfers whose provider is, or is based in, this country." }) @IsOptional() @Matches(ID_FORM, idRule) providerCountry?: string;
  @Field(() => ID, { nullable: true, description: "Only transfers whose recipient is, or is based in, this country." }) @IsOptional() @Matches(ID_FORM, idRule) recipientCountry?: string;
  @Field({ nullable: true, description: "Only agreements dated on or after this partial date (e.g. 2025 or 2025-05)." }) @IsOptional() @IsPartialDate() since?: string;
  @Field({ nullable: true, description: "Only agreements dated on or before this partial date." }) @IsOptional() @IsPartialDate() until?: string;
  @Field({ defaultValue: true, description: "Whether since/until count a year inferred from the article (e.g. its dateline) as a date's year; false keeps only years written with the date." })
  inferredYears!: boolean;
}

@ArgsType()
export class ChainArgs {
  @Field(() => ID) @Matches(ID_FORM, idRule) id!: string;
  @Field(() => Int, { defaultValue: 3, description: "How many links to follow, 1 to 6." }) @Min(1) @Max(6) depth!: number;
}
