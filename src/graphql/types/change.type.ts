import { Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../pagination.js";
import { Entity, type EntityView } from "./entity.type.js";
import { Relationship, type StatementView } from "./relationship.type.js";

@ObjectType("Change", { description: "One recorded change to the graph: who (which API key), when, what." })
export class ChangeView {
  @Field(() => ID) id!: string;
  @Field({ description: "The name of the API key that made it." }) actor!: string;
  @Field({ description: "ISO timestamp." }) at!: string;
  @Field({ description: "createEntity, updateEntity, addAlias, addRelationship, retractRelationship, mergeEntities, acceptProposal, rejectProposal, acceptCandidate, rejectCandidate or ingestArticle (upsertEntity in records made before updates were told apart from creations)." }) action!: string;
  @Field(() => ID, { description: "The entity, relationship, proposal, candidate or article it is about; an accepted finding's record names the fact it became." }) subject!: string;
  /** JSON text as the store keeps it; the `summary` field hands it out parsed (change.resolver.ts). */
  summary!: string;
}

@ObjectType()
export class ChangeEdge {
  @Field() cursor!: string;
  @Field(() => ChangeView) node!: ChangeView;
}

@ObjectType()
export class ChangeConnection {
  @Field(() => [ChangeEdge]) edges!: ChangeEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: "How many changes the question finds in all." }) totalCount?: number;
}

@ObjectType()
export class EntityPayload {
  @Field(() => String, { nullable: true }) clientMutationId?: string | null;
  @Field(() => Entity) entity!: EntityView;
  @Field(() => ChangeView) change!: ChangeView;
}

@ObjectType()
export class RelationshipPayload {
  @Field(() => String, { nullable: true }) clientMutationId?: string | null;
  @Field(() => Relationship) relationship!: StatementView;
  @Field(() => ChangeView) change!: ChangeView;
}

@ObjectType()
export class ChangePayload {
  @Field(() => String, { nullable: true }) clientMutationId?: string | null;
  @Field(() => ChangeView) change!: ChangeView;
}
