/**
 * Relationships as GraphQL sees them: a `Statement` interface carrying the
 * relationship's type, properties and sources, implemented by the edges of an
 * entity's relationship connections and by the relationship itself — a step of
 * a path, or a `Node` fetched by its statement id.
 */
import { Field, ID, Int, InterfaceType, ObjectType } from "type-graphql";
import { RelationshipType } from "../../domain/ontology.js";
import type { Relationship as RelationshipRecord } from "../../domain/records.js";
import { ExtractionMethod, ReviewState } from "../../domain/records.js";
import { PageInfo } from "../pagination.js";
import { DirectionEnum } from "./enums.js";
import { Node } from "./entity.type.js";

@ObjectType({ description: "One property of a relationship, as text." })
export class Property {
  @Field() name!: string;
  @Field() value!: string;
}

@ObjectType({ description: "Where a fact comes from: the article and its own words." })
export class Source {
  @Field(() => ID) id!: string;
  @Field({ description: "The words of the article, in its language." }) quote!: string;
  @Field(() => String, { nullable: true, description: "An English gloss of the quote." }) gloss!: string | null;
  @Field(() => ExtractionMethod) method!: ExtractionMethod;
  @Field() confidence!: number;
  @Field(() => ReviewState) reviewState!: ReviewState;
  /** The article's id; its fields are resolved through the entity loader. */
  articleId!: string;
}

/** What resolvers hand GraphQL for a relationship: the record, and for an edge, which end is "this". */
export interface StatementView extends RelationshipRecord {
  readonly direction?: DirectionEnum;
  readonly cursor?: string;
}

@InterfaceType({ description: "A relationship: its type, its ends, its properties and its sources." })
export abstract class Statement {
  @Field(() => ID, { description: "The statement id, stable across loads." }) id!: string;
  @Field(() => RelationshipType) type!: RelationshipType;
}

@ObjectType({ implements: [Node, Statement], description: "A relationship: a step of a path, or a node(id:) of its statement id." })
export class Relationship extends Statement {}

@ObjectType({ implements: Statement, description: "A relationship seen from one of its ends; `node` is the other end." })
export class RelationshipEdge extends Statement {
  @Field() cursor!: string;
  @Field(() => DirectionEnum, { description: "OUT when the entity asked about is where the relationship starts." })
  direction!: DirectionEnum;
}

@ObjectType()
export class RelationshipConnection {
  @Field(() => [RelationshipEdge]) edges!: StatementView[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: "Counts of one node kind or relationship type." })
export class KindCount {
  @Field() name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "How much the graph holds." })
export class GraphCountsView {
  @Field(() => [KindCount]) nodes!: KindCount[];
  @Field(() => [KindCount]) relationships!: KindCount[];
  @Field(() => Int) evidence!: number;
  @Field(() => Int, { description: "Relationships no source supports; 0 for curated data." }) relationshipsWithoutEvidence!: number;
}
