/** Root queries for following connections: shortest paths and neighbourhoods. */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { fieldsAt, selectedBelow } from "../lookahead.js";
import type { IndexedEntity } from "../../domain/records.js";
import type { GraphPath, PathQuery } from "../../store/port.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { NeighbourhoodArgs, PathArgs, PathsArgs } from "../inputs/query.args.js";
import { Entity, summaryView, viewOf } from "../types/entity.type.js";
import { entityView } from "./statement.resolver.js";
import { readsOnlySummary, readsProperties } from "./connections.js";
import { GraphNode, Path, Subgraph } from "../types/graph.type.js";
import { loadAll } from "../loaders.js";
import { genericSteps, INFORMATIVE_TYPES, rankPaths } from "../../domain/pathRanking.js";

async function requireEntities(context: Context, ids: string[]): Promise<Map<string, IndexedEntity>> {
  const found = await loadAll(context.loaders.entity, ids);
  const byId = new Map<string, IndexedEntity>();
  found.forEach((e, i) => {
    if (!e) throw notFound(ids[i]);
    byId.set(e.id, e);
  });
  return byId;
}

/** Shortest paths weighed against each other: enough to find an informative one among equals. */
const CANDIDATE_PATHS = 25;

/** A path's relationships in order: two searches may find the same path. */
const pathKey = (path: GraphPath) => path.relationships.map((r) => r.id).join(" ");

/**
 * The connections that explain most: of the shortest paths, those with the
 * fewest generic steps (pathRanking.ts) first. When even the best has one and
 * the caller chose no types, the paths up to one step longer over informative
 * types only are ranked with them: the shortest paths between two
 * well-connected entities outnumber the candidates read, and the few through
 * signings and posts (a country on the way, perhaps) may not be among them.
 */
async function informativePaths(context: Context, args: PathArgs, limit: number, reads: PathReads): Promise<GraphPath[]> {
  const asked = { from: args.from, to: args.to, limit: Math.max(limit, CANDIDATE_PATHS), ...reads };
  const shortest = rankPaths(await context.store.shortestPaths({ ...asked, maxLength: args.maxLength, types: args.relationshipTypes ?? [] }));
  if (!shortest.length || genericSteps(shortest[0]) === 0 || args.relationshipTypes) return shortest.slice(0, limit);
  const maxLength = Math.min(args.maxLength, shortest[0].relationships.length + 1);
  const informative = await context.store.shortestPaths({ ...asked, maxLength, types: INFORMATIVE_TYPES });
  const seen = new Set<string>();
  const candidates = [...informative, ...shortest].filter((p) => !seen.has(pathKey(p)) && seen.add(pathKey(p)));
  return rankPaths(candidates).slice(0, limit);
}

/** How much of the paths' entities and relationships a selection reads: the ranking needs no more than the entities' kinds. */
type PathReads = Required<Pick<PathQuery, "entities" | "relationshipProperties">>;

function pathReads(info: GraphQLResolveInfo): PathReads {
  return {
    entities: readsOnlySummary({ fieldNodes: fieldsAt(info, ["nodes"]), fragments: info.fragments }) ? "summaries" : "whole",
    relationshipProperties: readsProperties(selectedBelow(info, ["relationships"])),
  };
}

/** The paths bring their nodes' entities; only when there is none are the ends read, to tell a missing end from no path. */
async function shortestPaths(context: Context, args: PathArgs, limit: number, info: GraphQLResolveInfo): Promise<Path[]> {
  if (args.from === args.to) {
    const ends = await requireEntities(context, [args.from]);
    return [{ nodes: [viewOf(ends.get(args.from)!)], relationships: [], length: 0, found: true }];
  }
  const reads = pathReads(info);
  const paths = await informativePaths(context, args, limit, reads);
  if (!paths.length) await requireEntities(context, [args.from, args.to]);
  return paths.map((p) => ({
    nodes: p.entities.map((e) => (reads.entities === "summaries" ? summaryView(e) : viewOf(e as IndexedEntity))),
    relationships: [...p.relationships],
    length: p.relationships.length,
    found: true,
  }));
}

@Resolver()
export class GraphResolver {
  @Query(() => Path, {
    description: "The shortest connection between two entities that explains most: signings, witnesses, parties, transfers and posts before 'based in', 'held in' or a country, even one step longer; `found: false` and empty lists when none lies within maxLength.",
  })
  async path(@Args(() => PathArgs) args: PathArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Path> {
    const [first] = await shortestPaths(context, args, 1, info);
    return first ?? { nodes: [], relationships: [], length: 0, found: false };
  }

  @Query(() => [Path], { description: "Several connections, those that explain most first (see path), in a stable order; empty when none lies within maxLength." })
  paths(@Args(() => PathsArgs) args: PathsArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Path[]> {
    return shortestPaths(context, args, args.first, info);
  }

  @Query(() => Subgraph, { description: "The entities around one, nearest first, ready to draw." })
  async neighbourhood(@Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Subgraph> {
    const graph = await context.store.neighbourhood({
      id: args.id, depth: args.depth, types: args.relationshipTypes ?? [], limit: args.limit,
      edgeProperties: readsProperties(selectedBelow(info, ["edges"])),
    });
    if (!graph) throw notFound(args.id);
    return {
      center: args.id,
      nodes: graph.nodes.map((n) => ({ id: n.id, label: n.name, kind: n.kind, distance: graph.distances.get(n.id)! })),
      edges: graph.edges.map((e) => ({ ...e, source: e.from, target: e.to })),
      truncated: graph.truncated,
    };
  }
}

@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => Entity, { description: "The entity drawn, whole." })
  entity(@Root() node: GraphNode, @Ctx() context: Context) {
    return entityView(context, node.id);
  }
}
