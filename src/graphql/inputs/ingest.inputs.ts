/** Inputs of the ingest mutations, each field carrying its rules. */
import { Field, ID, InputType } from "type-graphql";
import { IsIn, IsNotEmpty, IsOptional, Matches, MaxLength } from "class-validator";
import { NodeKind, RelationshipType } from "../../domain/ontology.js";
import { DETECTABLE_LANGUAGES } from "../../ingest/language.js";
import { LONGEST_ARTICLE } from "../../ingest/ingest.js";

const ID_FORM = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;

@InputType({ description: "An article to read: its text and what is known of it." })
export class IngestArticleInput {
  @Field() @IsNotEmpty() @MaxLength(LONGEST_ARTICLE) text!: string;
  @Field({ nullable: true, description: "Defaults to the text's first line." }) @IsOptional() @IsNotEmpty() @MaxLength(300) title?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^https?:\/\/\S+$/, { message: "url must be an http(s) URL" }) @MaxLength(2000) url?: string;
  @Field({ nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(300) publisher?: string;
  @Field({ nullable: true, description: `One of ${DETECTABLE_LANGUAGES.join(", ")}; detected from the text when left out.` })
  @IsOptional() @IsIn([...DETECTABLE_LANGUAGES], { message: `language must be one of ${DETECTABLE_LANGUAGES.join(", ")}` }) language?: string;
  @Field({ nullable: true, description: "A partial date: 2025, 2025-09 or 2025-09-12." }) @IsOptional() @MaxLength(10) published?: string;
  @Field({ nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(300) author?: string;
}

@InputType()
export class AcceptProposalInput {
  @Field(() => ID) @Matches(/^proposal:/, { message: "id must be a proposal id" }) id!: string;
  @Field(() => RelationshipType, { nullable: true, description: "Another type, when the sentence states another relationship than the one read; properties the new type lacks are dropped." })
  @IsOptional() type?: RelationshipType;
  @Field(() => ID, { nullable: true, description: "Another entity for the start, when the proposal's is wrong or still a candidate." })
  @IsOptional() @Matches(ID_FORM, { message: "from must be an entity id" }) from?: string;
  @Field(() => ID, { nullable: true, description: "Another entity for the end, such as an agreement already in the graph." })
  @IsOptional() @Matches(ID_FORM, { message: "to must be an entity id" }) to?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@InputType()
export class RejectFindingInput {
  @Field(() => ID) @IsNotEmpty() id!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@InputType()
export class AcceptCandidateInput {
  @Field(() => ID) @Matches(/^candidate:/, { message: "id must be a candidate id" }) id!: string;
  @Field(() => NodeKind, { nullable: true, description: "When ingest guessed the kind wrong." }) @IsOptional() kind?: NodeKind;
  @Field({ nullable: true, description: "The canonical name, when the article's words are not it." }) @IsOptional() @IsNotEmpty() @MaxLength(300) name?: string;
  @Field(() => ID, { nullable: true, description: "An entity already in the graph that the candidate names: it is linked there and nothing is created (not with kind or name)." })
  @IsOptional() @Matches(ID_FORM, { message: "entity must be an entity id" }) entity?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}
