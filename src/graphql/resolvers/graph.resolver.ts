/** Root queries for following connections: shortest paths and neighbourhoods. */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { selectedBelow } from "../lookahead.js";
import type { IndexedEntity } from "../../domain/records.js";
import type { PathQuery } from "../../store/port.js";
import { informativePaths } from "../../store/traversals.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { NeighbourhoodArgs, PathArgs, PathsArgs } from "../inputs/query.args.js";
import { Entity, summaryView, viewOf } from "../types/entity.type.js";
import { entityView } from "./statement.resolver.js";
import { readsOnlySummaryAt, readsProperties } from "./connections.js";
import { GraphNode, Path, Subgraph } from "../types/graph.type.js";
import { loadAll } from "../loaders.js";

async function requireEntities(context: Context, ids: string[]): Promise<Map<string, IndexedEntity>> {
  const found = await loadAll(context.loaders.entity, ids);
  const byId = new Map<string, IndexedEntity>();
  found.forEach((e, i) => {
    if (!e) throw notFound(ids[i]);
    byId.set(e.id, e);
  });
  return byId;
}

/** How much of the paths' entities and relationships a selection reads: the ranking needs no more than the entities' kinds. */
function pathReads(info: GraphQLResolveInfo): Pick<PathQuery, "entities" | "relationshipProperties"> {
  return {
    entities: readsOnlySummaryAt(info, ["nodes"]) ? "summaries" : "whole",
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
  const question = { from: args.from, to: args.to, maxLength: args.maxLength, types: args.relationshipTypes ?? null, ...reads };
  const paths = await informativePaths(context.store, question, limit);
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
      // Built field by field: with each relationship spread instead, a 500-node answer (548 edges, at 10^6)
      // took 3.2–4.6 ms to execute beyond the store's call, against 2.3–2.6 ms so.
      edges: graph.edges.map((e) => ({ id: e.id, type: e.type, from: e.from, to: e.to, properties: e.properties, source: e.from, target: e.to })),
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
