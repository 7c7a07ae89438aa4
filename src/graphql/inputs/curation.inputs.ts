/** Inputs of the curation mutations, each field carrying its rules. */
import { Field, ID, InputType } from "type-graphql";
import { Type } from "class-transformer";
import {
  ArrayMaxSize, ArrayMinSize, IsNotEmpty, IsOptional, Matches, MaxLength, ValidateNested,
} from "class-validator";
import { NodeKind, RelationshipType } from "../../domain/ontology.js";

const ID_FORM = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idRule = { message: "$property must be an entity id such as person:dao-hong-lan" };

@InputType({ description: "A name as one language writes it." })
export class LocalizedNameInput {
  @Field() @Matches(/^[a-z]{2,3}$/, { message: "language must be a language code such as vi, en, id, no" }) language!: string;
  @Field() @IsNotEmpty() @MaxLength(300) name!: string;
}

@InputType({ description: "One attribute or property; dates as partial dates (2025, 2025-05, --10-21), flags as true/false." })
export class AttributeInput {
  @Field() @Matches(/^[a-zA-Z]{1,40}$/, { message: "name must be an attribute name such as category, date or title" }) name!: string;
  @Field() @MaxLength(20_000) value!: string;
}

@InputType({ description: "A source: an article already in the graph and its exact words." })
export class EvidenceInput {
  @Field(() => ID) @Matches(/^article:/, { message: "article must be an article id such as article:vov-vaccine-tech-transfer-russia" }) article!: string;
  @Field({ description: "Copied exactly from the article's text." }) @IsNotEmpty() @MaxLength(5_000) quote!: string;
  @Field({ nullable: true, description: "An English gloss." }) @IsOptional() @MaxLength(5_000) gloss?: string;
}

@InputType()
export class EntityFieldsInput {
  @Field({ nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(300) name?: string;
  @Field(() => [LocalizedNameInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => LocalizedNameInput) names?: LocalizedNameInput[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsNotEmpty({ each: true }) @MaxLength(300, { each: true }) aliases?: string[];
  @Field(() => [AttributeInput], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => AttributeInput) attributes?: AttributeInput[];
  @Field({ nullable: true, description: "Makes a retried mutation harmless: the same id from the same key applies once." }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@InputType()
export class CreateEntityInput extends EntityFieldsInput {
  @Field(() => NodeKind) kind!: NodeKind;
  @Field({ description: "The canonical name." }) @IsNotEmpty() @MaxLength(300) declare name: string;
  @Field(() => ID, { nullable: true, description: "Defaults to <kind>:<slug of the name>." }) @IsOptional() @Matches(ID_FORM, idRule) id?: string;
}

@InputType()
export class UpdateEntityInput extends EntityFieldsInput {
  @Field(() => ID) @Matches(ID_FORM, idRule) id!: string;
}

@InputType()
export class AddAliasInput {
  @Field(() => ID) @Matches(ID_FORM, idRule) id!: string;
  @Field() @IsNotEmpty() @MaxLength(300) alias!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@InputType()
export class AddRelationshipInput {
  @Field(() => RelationshipType) type!: RelationshipType;
  @Field(() => ID) @Matches(ID_FORM, idRule) from!: string;
  @Field(() => ID) @Matches(ID_FORM, idRule) to!: string;
  @Field(() => [AttributeInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AttributeInput) properties?: AttributeInput[];
  @Field(() => [EvidenceInput]) @ArrayMinSize(1, { message: "evidence must hold at least one quote" }) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => EvidenceInput) evidence!: EvidenceInput[];
  @Field({ nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@InputType()
export class RetractRelationshipInput {
  @Field(() => ID, { description: "The relationship's statement id." }) @Matches(/^stmt:[0-9a-f]{16}$/, { message: "id must be a statement id such as stmt:0123456789abcdef" }) id!: string;
  @Field({ description: "Why, for the change record." }) @IsNotEmpty() @MaxLength(2_000) reason!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@InputType()
export class MergeEntitiesInput {
  @Field(() => ID, { description: "The entity that stays." }) @Matches(ID_FORM, idRule) survivor!: string;
  @Field(() => ID, { description: "The entity merged into it; its id keeps resolving to the survivor." }) @Matches(ID_FORM, idRule) merged!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}
