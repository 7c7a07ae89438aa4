/** Root queries for following connections: shortest paths and neighbourhoods. */
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { IndexedEntity } from "../../domain/records.js";
import type { GraphPath } from "../../store/port.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { NeighbourhoodArgs, PathArgs, PathsArgs } from "../inputs/query.args.js";
import { Entity, viewOf } from "../types/entity.type.js";
import { entityView } from "./statement.resolver.js";
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

/** The paths bring their nodes' entities; only when there is none are the ends read, to tell a missing end from no path. */
async function shortestPaths(context: Context, args: PathArgs, limit: number): Promise<Path[]> {
  if (args.from === args.to) {
    const ends = await requireEntities(context, [args.from]);
    return [{ nodes: [viewOf(ends.get(args.from)!)], relationships: [], length: 0, found: true }];
  }
  const paths: GraphPath[] = await context.store.shortestPaths({
    from: args.from, to: args.to, maxLength: args.maxLength, types: args.relationshipTypes ?? [], limit,
  });
  if (!paths.length) await requireEntities(context, [args.from, args.to]);
  return paths.map((p) => ({
    nodes: p.entities.map(viewOf),
    relationships: [...p.relationships],
    length: p.relationships.length,
    found: true,
  }));
}

@Resolver()
export class GraphResolver {
  @Query(() => Path, { description: "The shortest connection between two entities; `found: false` and empty lists when none lies within maxLength." })
  async path(@Args(() => PathArgs) args: PathArgs, @Ctx() context: Context): Promise<Path> {
    const [first] = await shortestPaths(context, args, 1);
    return first ?? { nodes: [], relationships: [], length: 0, found: false };
  }

  @Query(() => [Path], { description: "Several shortest connections, in a stable order; empty when none lies within maxLength." })
  paths(@Args(() => PathsArgs) args: PathsArgs, @Ctx() context: Context): Promise<Path[]> {
    return shortestPaths(context, args, args.first);
  }

  @Query(() => Subgraph, { description: "The entities around one, nearest first, ready to draw." })
  async neighbourhood(@Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs, @Ctx() context: Context): Promise<Subgraph> {
    const graph = await context.store.neighbourhood({
      id: args.id, depth: args.depth, types: args.relationshipTypes ?? [], limit: args.limit,
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
