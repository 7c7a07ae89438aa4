/** Builds an entity's relationship connection from the request's loaders. */
import { getArgumentValues, type GraphQLInterfaceType, type GraphQLResolveInfo } from "graphql";
import type { RelationshipType } from "../../domain/ontology.js";
import type { Direction } from "../../domain/records.js";
import type { PageIncludes, RelationshipPage, RelationshipPageQuery } from "../../store/port.js";
import type { Context } from "../context.js";
import { MAX_PAGE, type RelationshipArgs } from "../inputs/page.args.js";
import { fieldsAt, selectedBelow, type Selection } from "../lookahead.js";
import { pageAt, pageWindow, type WindowArgs } from "../pagination.js";
import { DirectionEnum } from "../types/enums.js";
import type { RelationshipConnection, StatementView } from "../types/relationship.type.js";

/** Edge fields that return an entity at one end of the relationship. */
const END_FIELDS = ["node", "from", "to"];
/** Source fields that show the article the source cites, from its citation; `article` returns the article whole. */
const CITATION_FIELDS = ["title", "publisher", "url", "language", "published"];
/** An entity's fields its summary answers. */
const SUMMARY_FIELDS = new Set(["id", "kind", "name", "__typename"]);

/**
 * A relationship's fields, on an edge of a connection or of a drawing, that
 * its id, type and ends answer (`sources` reads evidence by its id); any other
 * reads its properties.
 */
const FIELDS_WITHOUT_PROPERTIES = new Set(["id", "type", "from", "to", "source", "target", "node", "direction", "cursor", "sources", "__typename"]);

/** Whether fields selected on a relationship read its properties. */
export const readsProperties = (fields: Iterable<string>) => [...fields].some((field) => !FIELDS_WITHOUT_PROPERTIES.has(field));

/** Whether the selection below a field that returns an entity reads nothing but what the entity's summary holds. */
export function readsOnlySummary(selection: Selection): boolean {
  return [...selectedBelow(selection, [])].every((field) => SUMMARY_FIELDS.has(field));
}

/** The same for the entities a selection reads at `path` below it (a search's `edges.node`, a path's `nodes`). */
export function readsOnlySummaryAt(selection: Selection, path: readonly string[]): boolean {
  return readsOnlySummary({ fieldNodes: fieldsAt(selection, path), fragments: selection.fragments });
}

/** What the connection's selection will read below its edges, and how much of it, so the page brings just that along. */
function includesFor(selection: Selection): PageIncludes {
  const edge = selectedBelow(selection, ["edges"]);
  const source = selectedBelow(selection, ["edges", "sources"]);
  const endsRead = END_FIELDS.filter((f) => edge.has(f));
  const summariesDo = endsRead.every((f) => readsOnlySummaryAt(selection, ["edges", f]));
  return {
    // An edge's date is its ends' date: they are read whole.
    ends: edge.has("date") || (endsRead.length > 0 && !summariesDo) ? "whole" : endsRead.length > 0 ? "summaries" : "none",
    evidence: edge.has("sources"),
    articles: source.has("article") ? "whole" : CITATION_FIELDS.some((f) => source.has(f)) ? "citations" : "none",
    properties: readsProperties(edge),
  };
}

function pageQuery(entityId: string, types: readonly RelationshipType[], direction: Direction, window: { offset: number; limit: number }, selection: Selection): RelationshipPageQuery {
  return { entityId, types, direction, ...window, include: includesFor(selection) };
}

export async function relationshipConnection(
  context: Context,
  entityId: string,
  types: readonly RelationshipType[],
  direction: Direction,
  page: WindowArgs,
  info: GraphQLResolveInfo,
): Promise<RelationshipConnection> {
  // The last items with no `before` need the list's length first: one more round trip, for a page of nothing.
  const window = pageWindow(page) ?? pageWindow(page, await totalOf(context, entityId, types, direction));
  const query = pageQuery(entityId, types, direction, window!, info);
  const { total, relationships } = await context.loaders.relationshipPages.load(query);
  const { edges, pageInfo, totalCount } = pageAt(relationships, query.offset, total);
  const views: StatementView[] = edges.map(({ cursor, item }) => ({
    ...item,
    cursor,
    direction: item.from === entityId ? DirectionEnum.OUT : DirectionEnum.IN,
  }));
  return { edges: views, pageInfo, totalCount };
}

async function totalOf(context: Context, entityId: string, types: readonly RelationshipType[], direction: Direction): Promise<number> {
  const nothing = { ends: "none", evidence: false, articles: "none", properties: false } as const;
  return (await context.loaders.relationshipPages.load({ entityId, types, direction, offset: 0, limit: 0, include: nothing })).total;
}

/**
 * Reads the relationship pages an entity's selection asks for, each with the
 * entity itself, so the entity and its pages cost one round trip: the
 * `relationships` field then finds its page in the loader. Arguments the
 * field will refuse read nothing; the field reports them. Empty when the
 * selection asks for no page.
 */
export function relationshipPagesAhead(context: Context, entityId: string, info: GraphQLResolveInfo): Promise<RelationshipPage>[] {
  const field = (info.schema.getType("Entity") as GraphQLInterfaceType).getFields().relationships;
  return fieldsAt(info, ["relationships"]).flatMap((node) => {
    let query: RelationshipPageQuery;
    try {
      const args = getArgumentValues(field, node, info.variableValues) as unknown as RelationshipArgs;
      if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) return [];
      if (args.last !== null && args.last !== undefined && !(Number.isInteger(args.last) && args.last >= 1 && args.last <= MAX_PAGE)) return [];
      const window = pageWindow(args);
      if (!window) return [];
      query = pageQuery(entityId, args.types ?? [], args.direction, window, { fieldNodes: [node], fragments: info.fragments });
    } catch {
      return [];
    }
    return [context.loaders.relationshipPages.load(query)];
  });
}
