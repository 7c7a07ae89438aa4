/** Builds an entity's relationship connection from the request's loaders. */
import type { RelationshipType } from "../../domain/ontology.js";
import type { Direction } from "../../domain/records.js";
import type { Context } from "../context.js";
import { paginate } from "../pagination.js";
import { DirectionEnum } from "../types/enums.js";
import type { RelationshipConnection, StatementView } from "../types/relationship.type.js";

export async function relationshipConnection(
  context: Context,
  entityId: string,
  types: readonly RelationshipType[],
  direction: Direction,
  page: { first: number; after?: string | null },
): Promise<RelationshipConnection> {
  const relationships = await context.loaders.relationships.load({ entityId, types, direction });
  const { edges, pageInfo, totalCount } = paginate(relationships, page.first, page.after);
  const views: StatementView[] = edges.map(({ cursor, item }) => ({
    ...item,
    cursor,
    direction: item.from === entityId ? DirectionEnum.OUT : DirectionEnum.IN,
  }));
  return { edges: views, pageInfo, totalCount };
}
