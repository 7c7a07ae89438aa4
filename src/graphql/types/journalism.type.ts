/** Shapes for the questions journalists ask: transfers and resolution chains. */
import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../pagination.js";
import { Entity, type EntityView } from "./entity.type.js";
import { Statement, type StatementView } from "./relationship.type.js";
import { DirectionEnum } from "./enums.js";

/** A TRANSFERS relationship with its agreement's parties gathered. */
export interface TransferView extends StatementView {
  readonly providers: EntityView[];
  readonly recipients: EntityView[];
  readonly parties: EntityView[];
}

@ObjectType({ implements: Statement, description: "What an agreement transfers, from whom, to whom: `from` is the agreement, `to` the product." })
export class Transfer extends Statement {
  @Field(() => [Entity]) providers!: EntityView[];
  @Field(() => [Entity]) recipients!: EntityView[];
  @Field(() => [Entity], { description: "Parties with no provider or recipient role." }) parties!: EntityView[];
}

@ObjectType()
export class TransferEdge {
  @Field() cursor!: string;
  @Field(() => Transfer) node!: TransferView;
}

@ObjectType()
export class TransferConnection {
  @Field(() => [TransferEdge]) edges!: TransferEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ implements: Statement, description: "One link of a resolution chain." })
export class ChainLink extends Statement {
  @Field(() => Int, { description: "Links away from the resolution asked about." }) depth!: number;
  @Field(() => DirectionEnum, { description: "OUT: the nearer end implements, amends or cites the farther; IN: the other way." })
  direction!: DirectionEnum;
}

@ObjectType({ description: "What a resolution implements and amends, and what implements, amends or cites it, link by link." })
export class ResolutionChain {
  @Field(() => Entity) resolution!: EntityView;
  @Field(() => [ChainLink]) links!: Array<StatementView & { depth: number }>;
}
