/** Root queries for finding things: by id (an entity's or a relationship's), by name, counts and timelines. */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { NODE_KINDS, RELATIONSHIP_TYPES } from "../../domain/ontology.js";
import { isStatementId } from "../../domain/ids.js";
import type { IndexedEntity } from "../../domain/records.js";
import type { EntitySummary } from "../../store/port.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { IdArgs, IdsArgs, NodeIdArgs, SearchArgs } from "../inputs/query.args.js";
import { pageAt, pageFromFetched, pageWindow } from "../pagination.js";
import { Node, summaryView, viewOf, type EntityView } from "../types/entity.type.js";
import { SearchConnection } from "../types/graph.type.js";
import { GraphCountsView } from "../types/relationship.type.js";
import { TimelineEntryView, timelineOf } from "../types/timeline.type.js";
import { loadAll } from "../loaders.js";
import { readsOnlySummary, readsOnlySummaryAt, relationshipPagesAhead } from "./connections.js";
import { needsCount } from "./countedConnection.js";

/** Entities as nodes: a selection of summary fields only reads each one's id, kind and name. */
async function entityNodes(context: Context, ids: readonly string[], info: GraphQLResolveInfo): Promise<Array<object | null>> {
  if (readsOnlySummary(info)) {
    return (await context.store.entitySummaries(ids)).map((e) => e && summaryView(e));
  }
  return (await loadAll(context.loaders.entity, ids)).map((e) => (e ? viewOf(e) : null));
}

@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: "An entity, or a relationship by its statement id, by global id (Relay); null when there is none." })
  async node(@Args(() => NodeIdArgs) { id }: NodeIdArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    if (isStatementId(id)) return context.loaders.relationship.load(id);
    const [page, ...others] = relationshipPagesAhead(context, id, info);
    // The field's own load of another page reports its failure; this one must not go unhandled.
    for (const other of others) other.catch(() => undefined);
    const entity = page ? (await page).entity : await context.loaders.entity.load(id);
    return entity && viewOf(entity);
  }

  @Query(() => [Node], { nullable: "items", description: "Entities and relationships by global id, in the order asked; null where there is none." })
  async nodes(@Args(() => IdsArgs) { ids }: IdsArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const statementIds = ids.filter(isStatementId);
    const entityIds = ids.filter((id) => !isStatementId(id));
    const [relationships, entities] = await Promise.all([
      statementIds.length ? loadAll(context.loaders.relationship, statementIds) : [],
      entityIds.length ? entityNodes(context, entityIds, info) : [],
    ]);
    const found = new Map<string, object | null>([
      ...statementIds.map((id, i) => [id, relationships[i]] as const),
      ...entityIds.map((id, i) => [id, entities[i]] as const),
    ]);
    return ids.map((id) => found.get(id));
  }

  @Query(() => SearchConnection, {
    description: "Entities whose labels, names or aliases, in any language, hold the query's words (all but at most one); more words held first, then exact above qualified (the query then 'of …': \"Ministry of Health of Vietnam\") above prefix above partial.",
  })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<SearchConnection> {
    // A selection that reads only the hits' ids, kinds and names gets their summaries, as `nodes` does.
    const entities = readsOnlySummaryAt(info, ["edges", "node"]) ? "summaries" : "whole";
    const question = { text: args.text, kinds: args.kinds ?? [], entities } as const;
    // Counting ranks every match, where a page alone stops at its last hit; the last hits with no
    // `before` need the number of hits first: a search for a page of nothing.
    const counted = needsCount(args, info);
    const window = pageWindow(args) ?? pageWindow(args, (await context.store.search({ ...question, limit: 0, offset: 0 })).total)!;
    // Uncounted, one hit past the window tells whether a next page exists.
    const { total, hits } = await context.store.search({ ...question, ...window, limit: window.limit + (counted ? 0 : 1), counted });
    const { edges, pageInfo } = total === undefined ? pageFromFetched(hits, window.limit, window.offset) : pageAt(hits, window.offset, total);
    const nodeOf = (entity: IndexedEntity | EntitySummary): EntityView => {
      if (entities === "summaries") return summaryView(entity);
      context.loaders.entity.prime(entity.id, entity as IndexedEntity);
      return viewOf(entity as IndexedEntity);
    };
    return {
      edges: edges.map(({ cursor, item }) => ({ cursor, node: nodeOf(item.entity), match: item.tier, matchedWords: item.matchedWords })),
      pageInfo,
      totalCount: total,
    };
  }

  @Query(() => GraphCountsView, { description: "How many entities of each kind and relationships of each type." })
  async counts(@Ctx() context: Context): Promise<GraphCountsView> {
    const c = await context.store.counts();
    return {
      nodes: NODE_KINDS.map((name) => ({ name, count: c.nodes[name] })),
      relationships: RELATIONSHIP_TYPES.map((name) => ({ name, count: c.relationships[name] })),
      evidence: c.evidence,
      relationshipsWithoutEvidence: c.relationshipsWithoutEvidence,
    };
  }

  @Query(() => [TimelineEntryView], { description: "An entity and the dated entities it is directly connected to, in date order; partial dates marked." })
  async timeline(@Args(() => IdArgs) { id }: IdArgs, @Ctx() context: Context) {
    const entries = await timelineOf(context, id);
    if (!entries) throw notFound(id);
    return entries;
  }
}
