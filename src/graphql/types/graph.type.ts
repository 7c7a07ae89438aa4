/** Shapes for exploring: search results, paths, and subgraphs ready to draw. */
import { Field, ID, Int, ObjectType } from "type-graphql";
import { NodeKind } from "../../domain/ontology.js";
import { MatchTier } from "../../store/port.js";
import { PageInfo } from "../pagination.js";
import { Entity, type EntityView } from "./entity.type.js";
import { Relationship, Statement, type StatementView } from "./relationship.type.js";

@ObjectType()
export class SearchEdge {
  @Field() cursor!: string;
  @Field(() => Entity) node!: EntityView;
  @Field(() => MatchTier) match!: MatchTier;
  @Field(() => Int, { description: "How many of the query's words its labels, names or aliases hold." }) matchedWords!: number;
}

@ObjectType()
export class SearchConnection {
  @Field(() => [SearchEdge]) edges!: SearchEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  /** Absent when not asked for: the field is then never read. */
  @Field(() => Int, { description: "How many entities match in all." }) totalCount?: number;
}

@ObjectType({ description: "A path: its entities in order and the relationships between them; empty when none was found." })
export class Path {
  @Field(() => [Entity]) nodes!: EntityView[];
  @Field(() => [Relationship]) relationships!: StatementView[];
  @Field(() => Int, { description: "Relationships in the path; 0 when from and to are the same." }) length!: number;
  @Field({ description: "False when no path exists within the bound." }) found!: boolean;
}

@ObjectType({ description: "A node to draw." })
export class GraphNode {
  @Field(() => ID) id!: string;
  @Field({ description: "Its name, to print on the node." }) label!: string;
  @Field(() => NodeKind) kind!: NodeKind;
  @Field(() => Int, { description: "Hops from the centre." }) distance!: number;
}

@ObjectType({ implements: Statement, description: "An edge to draw: a relationship with its ends as ids." })
export class GraphEdge extends Statement {
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
}

@ObjectType({ description: "A neighbourhood ready to draw." })
export class Subgraph {
  @Field(() => ID) center!: string;
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge]) edges!: Array<StatementView & { source: string; target: string }>;
  @Field({ description: "True when the limit left out nodes within the depth." }) truncated!: boolean;
}
