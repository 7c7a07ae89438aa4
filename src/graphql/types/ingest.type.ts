import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { NodeKind, RelationshipType } from "../../domain/ontology.js";
import { ExtractionMethod, ReviewState } from "../../domain/records.js";
import { PageInfo } from "../pagination.js";
import { ChangeView } from "./change.type.js";
import { Entity, type EntityView } from "./entity.type.js";
import { Relationship, type StatementView } from "./relationship.type.js";

@ObjectType("Mention", { description: "Where an ingested article names a known entity." })
export class MentionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) article!: string;
  @Field(() => ID) entity!: string;
  @Field(() => Int, { description: "Character offset of the name in the article's text." }) start!: number;
  @Field(() => Int, { description: "Offset just past the name." }) end!: number;
  @Field({ description: "The name as the article writes it." }) surface!: string;
  @Field({ description: "The sentence it stands in." }) quote!: string;
}

@ObjectType("Candidate", { description: "A name in an ingested article that matches no entity, or an agreement or event it describes: a new entity for a curator to accept or reject." })
export class CandidateView {
  @Field(() => ID) id!: string;
  @Field(() => ID) article!: string;
  @Field(() => NodeKind, { description: "The kind ingest guessed." }) kind!: NodeKind;
  @Field({ description: "In the article's own words." }) name!: string;
  @Field() language!: string;
  @Field() quote!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => ReviewState) state!: ReviewState;
  @Field(() => ID, { nullable: true, description: "The entity it became when accepted." }) entity!: string | null;
  @Field(() => String, { nullable: true }) reviewedBy!: string | null;
  @Field(() => String, { nullable: true }) reviewedAt!: string | null;
}

@ObjectType("Proposal", { description: "A relationship ingest read in a sentence, not a fact until a curator accepts it." })
export class ProposalView {
  @Field(() => ID) id!: string;
  @Field(() => ID) article!: string;
  @Field(() => RelationshipType) type!: RelationshipType;
  @Field(() => ID, { description: "An entity id, or a candidate id while that end is a candidate." }) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => GraphQLJSON, { description: "Its properties: an object, by name, as the relationship would carry them (e.g. title, role, date)." }) properties!: Readonly<Record<string, unknown>>;
  @Field({ description: "The sentence that states it, in the article's language." }) quote!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => ExtractionMethod) method!: ExtractionMethod;
  @Field(() => Float) confidence!: number;
  @Field(() => ReviewState) state!: ReviewState;
  @Field(() => ID, { nullable: true, description: "The change that made it a fact." }) change!: string | null;
  @Field(() => String, { nullable: true }) reviewedBy!: string | null;
  @Field(() => String, { nullable: true }) reviewedAt!: string | null;
}

@ObjectType()
export class ProposalEdge {
  @Field() cursor!: string;
  @Field(() => ProposalView) node!: ProposalView;
}

@ObjectType()
export class ProposalConnection {
  @Field(() => [ProposalEdge]) edges!: ProposalEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: "How many proposals pass the filters in all." }) totalCount?: number;
}

@ObjectType()
export class CandidateEdge {
  @Field() cursor!: string;
  @Field(() => CandidateView) node!: CandidateView;
}

@ObjectType()
export class CandidateConnection {
  @Field(() => [CandidateEdge]) edges!: CandidateEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: "How many candidates pass the filters in all." }) totalCount?: number;
}

@ObjectType()
export class IngestPayload {
  @Field(() => Entity) article!: EntityView;
  @Field({ description: "The language the rules read it in." }) language!: string;
  @Field({ description: "True when the language was detected, not given." }) languageDetected!: boolean;
  @Field(() => [MentionView]) mentions!: MentionView[];
  @Field(() => [CandidateView]) candidates!: CandidateView[];
  @Field(() => [ProposalView]) proposals!: ProposalView[];
}

@ObjectType()
export class ProposalPayload {
  @Field(() => String, { nullable: true }) clientMutationId?: string | null;
  @Field(() => ProposalView) proposal!: ProposalView;
  @Field(() => Relationship, { nullable: true, description: "The fact it became, when accepted." }) relationship!: StatementView | null;
  @Field(() => ChangeView, { description: "The review as the change record keeps it." }) change!: ChangeView;
}

@ObjectType()
export class CandidatePayload {
  @Field(() => String, { nullable: true }) clientMutationId?: string | null;
  @Field(() => CandidateView) candidate!: CandidateView;
  @Field(() => Entity, { nullable: true }) entity!: EntityView | null;
  @Field(() => ChangeView, { description: "The review as the change record keeps it." }) change!: ChangeView;
}
