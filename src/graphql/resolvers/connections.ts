/** Builds an entity's relationship connection from the request's loaders. */
import type { GraphQLResolveInfo } from "graphql";
import type { RelationshipType } from "../../domain/ontology.js";
import type { Direction } from "../../domain/records.js";
import type { PageIncludes } from "../../store/port.js";
import type { Context } from "../context.js";
import { selectedBelow } from "../lookahead.js";
import { pageAt, positionAfter } from "../pagination.js";
import { DirectionEnum } from "../types/enums.js";
import type { RelationshipConnection, StatementView } from "../types/relationship.type.js";

/** Edge fields that read an entity at one end of the relationship. */
const END_FIELDS = ["node", "from", "to", "date"];
/** Source fields that read the article the source cites. */
const ARTICLE_FIELDS = ["article", "title", "publisher", "url", "language", "published"];

/** What the connection's selection will read below its edges, so the page brings it along. */
function includesFor(info: GraphQLResolveInfo): PageIncludes {
  const edge = selectedBelow(info, ["edges"]);
  const source = selectedBelow(info, ["edges", "sources"]);
  return {
    ends: END_FIELDS.some((f) => edge.has(f)),
    evidence: edge.has("sources"),
    articles: ARTICLE_FIELDS.some((f) => source.has(f)),
  };
}

export async function relationshipConnection(
  context: Context,
  entityId: string,
  types: readonly RelationshipType[],
  direction: Direction,
  page: { first: number; after?: string | null },
  info: GraphQLResolveInfo,
): Promise<RelationshipConnection> {
  const offset = positionAfter(page.after);
  const { total, relationships } = await context.loaders.relationshipPages.load({
    entityId, types, direction, offset, limit: page.first, include: includesFor(info),
  });
  const { edges, pageInfo, totalCount } = pageAt(relationships, offset, total);
  const views: StatementView[] = edges.map(({ cursor, item }) => ({
    ...item,
    cursor,
    direction: item.from === entityId ? DirectionEnum.OUT : DirectionEnum.IN,
  }));
  return { edges: views, pageInfo, totalCount };
}
