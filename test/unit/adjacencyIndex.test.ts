/**
 * The embedded store's adjacency index answers as the reads it replaced:
 * neighbourhoods as traversals.ts builds them from relationship lists,
 * shortest paths as an exhaustive walk finds them, relationships by id and
 * each entity's relationships as the lists give them, on random graphs with hubs,
 * parallel relationships and ids of both forms; and once patched by writes,
 * as an index built afresh from the graph after them.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { NodeKind, RelationshipType as T, TRAVERSAL_TYPES, type RelationshipType } from "../../src/domain/ontology.js";
import type { Relationship } from "../../src/domain/records.js";
import { statementId } from "../../src/domain/ids.js";
import { Random } from "../../src/synthetic/random.js";
import { AdjacencyIndex } from "../../src/store/kuzu/adjacencyIndex.js";
import { neighbourhoodFromReads } from "../../src/store/traversals.js";
import { answerRelationshipQueries, orderPaths } from "../../src/store/results.js";

const TYPES: readonly RelationshipType[] = [T.SIGNED, T.WITNESSED, T.PARTY_TO, T.BASED_IN, T.HOLDS_POSITION, T.MENTIONS];

function randomGraph(seed: number, entities: number, relationships: number): Relationship[] {
  const random = new Random(seed);
  // Entity 0 and 1 are hubs; ids are not in number order, so the index must sort them.
  const entity = () => `e:${((random.chance(0.3) ? random.below(2) : random.below(entities)) * 7919) % 10_007}`;
  return Array.from({ length: relationships }, (_, i) => {
    const [type, from, to] = [random.pick(TYPES), entity(), entity()];
    return { id: random.chance(0.2) ? `other-${i}` : statementId(type, from, to, [String(i)]), type, from, to, properties: {} };
  });
}

function build(relationships: readonly Relationship[]): Promise<AdjacencyIndex> {
  const columns = ["to", "id", "from", "type"];
  const lines = relationships.map((r) => [r.to, r.id, r.from, r.type]);
  return AdjacencyIndex.build((async function* () {
    for (let i = 0; i < lines.length; i += 50) yield { columns, lines: lines.slice(i, i + 50) };
  })());
}

/** The reads the index replaced: each entity's relationships from the list. */
function listReads(relationships: readonly Relationship[]) {
  return {
    entitySummaries: async (ids: readonly string[]) => ids.map((id) => ({ id, kind: NodeKind.Person, name: id })),
    relationshipsOf: (queries: Parameters<typeof answerRelationshipQueries>[0]) => answerRelationshipQueries(queries, async (direction, types, ids) =>
      ids.flatMap((key) => relationships
        .filter((r) => types.includes(r.type) && ((direction !== "IN" && r.from === key) || (direction !== "OUT" && r.to === key)))
        .map((item) => ({ key, item })))),
  };
}

/** Every shortest path by walking every simple path, in the order the stores give. */
function allShortest(relationships: readonly Relationship[], from: string, to: string, types: readonly RelationshipType[], maxLength: number, limit: number) {
  const found: { nodes: string[]; relationships: Relationship[] }[] = [];
  const walk = (nodes: string[], edges: Relationship[]) => {
    const at = nodes[nodes.length - 1];
    if (at === to) {
      found.push({ nodes, relationships: edges });
      return;
    }
    if (edges.length === maxLength) return;
    for (const r of relationships) {
      if (!types.includes(r.type) || (r.from !== at && r.to !== at)) continue;
      const next = r.from === at ? r.to : r.from;
      if (!nodes.includes(next)) walk([...nodes, next], [...edges, r]);
    }
  };
  if (from !== to) walk([from], []);
  const shortest = Math.min(...found.map((p) => p.relationships.length));
  return orderPaths(found.filter((p) => p.relationships.length === shortest), limit);
}

const strip = (paths: readonly { nodes: readonly string[]; relationships: readonly Relationship[] }[]) =>
  paths.map((p) => ({ nodes: p.nodes, relationships: p.relationships.map((r) => r.id) }));

async function assertAnswersAsLists(index: AdjacencyIndex, relationships: readonly Relationship[], seed: number, gone: readonly string[] = []): Promise<void> {
  const random = new Random(seed, 1);
  const asked = [...relationships.filter(() => random.chance(0.2)).map((r) => r.id), ...gone, "stmt:00000000deadbeef", "other-none"];
  const row = (r: Relationship) => [r.id, r.type, r.from, r.to];
  assert.deepEqual([...index.find(asked).values()].map(row).sort(), relationships.filter((r) => asked.includes(r.id)).map(row).sort(), "relationships found by id");
  const ends = [...new Set(relationships.flatMap((r) => [r.from, r.to]))].sort();
  for (let round = 0; round < 40; round++) {
    const centre = random.pick(ends);
    // The index is always given the types to follow: a store names them all when a query names none.
    const some = TYPES.filter(() => random.chance(0.6));
    const types = random.chance(0.5) ? TRAVERSAL_TYPES : some.length ? some : [T.PARTY_TO];
    const direction = random.pick(["OUT", "IN", "BOTH"] as const);
    const [listed] = await listReads(relationships).relationshipsOf([{ entityId: centre, types, direction }]);
    assert.deepEqual(index.relationshipsOf(centre, types, direction).map(row).sort(), listed.map(row).sort(), `${direction} relationships of ${centre}`);
    const [depth, limit] = [1 + random.below(3), 2 + random.below(30)];
    const expected = await neighbourhoodFromReads(listReads(relationships), { id: centre, depth, types, limit, edgeProperties: false });
    const reach = index.neighbourhood(centre, depth, types, limit);
    assert.deepEqual([...reach.distances].sort(), [...expected!.distances].sort(), `distances around ${centre}, depth ${depth}, limit ${limit}`);
    assert.deepEqual(reach.edges.map((r) => [r.id, r.type, r.from, r.to]), expected!.edges.map((r) => [r.id, r.type, r.from, r.to]), `edges around ${centre}`);
    assert.equal(reach.truncated, expected!.truncated);

    const [from, to] = [random.pick(ends), random.pick(ends)];
    const maxLength = 1 + random.below(4);
    const paths = orderPaths(index.shortestPaths(from, to, types, maxLength, 10_000, () => {}), 1000);
    assert.deepEqual(strip(paths), strip(allShortest(relationships, from, to, types, maxLength, 1000)), `paths ${from} → ${to} within ${maxLength}`);
    for (const path of paths) {
      for (const [i, r] of path.relationships.entries()) {
        assert.deepEqual([r.from, r.to].sort(), [path.nodes[i], path.nodes[i + 1]].sort(), "each relationship joins its path's neighbours");
      }
    }
  }
}

describe("the adjacency index", () => {
  it("answers neighbourhoods and shortest paths as the relationship lists do", async () => {
    for (const seed of [1, 2, 3]) {
      const relationships = randomGraph(seed, 40, 90);
      await assertAnswersAsLists(await build(relationships), relationships, seed);
    }
  });

  it("answers as one built afresh once writes have patched it", async () => {
    for (const seed of [4, 5, 6]) {
      const random = new Random(seed, 2);
      let relationships = randomGraph(seed, 40, 90);
      const index = await build(relationships);
      for (let write = 0; write < 6; write++) {
        const changes = new Map<string, Relationship | null>();
        const detached = new Set<string>();
        for (const r of relationships) if (random.chance(0.08)) changes.set(r.id, null);
        for (const r of randomGraph(seed * 100 + write, 45, 8)) changes.set(r.id, r);
        // Written again: the same relationship, as a reload writes it.
        const again = random.pick(relationships);
        changes.set(again.id, again);
        if (random.chance(0.6)) detached.add(random.pick(relationships).from);
        const before = relationships.map((r) => r.id);
        relationships = relationships.filter((r) => !detached.has(r.from) && !detached.has(r.to));
        relationships = [...relationships.filter((r) => !changes.has(r.id)), ...[...changes.values()].filter((r): r is Relationship => r !== null)];
        const gone = before.filter((id) => !relationships.some((r) => r.id === id));
        index.apply(changes, detached);
        await assertAnswersAsLists(index, relationships, seed * 10 + write, gone);
      }
    }
  });

  it("stops a path search when told its time is up", async () => {
    const index = await build(randomGraph(7, 40, 90));
    assert.throws(() => index.shortestPaths("e:0", "e:7919", TRAVERSAL_TYPES, 6, 10, () => { throw new Error("out of time"); }), /out of time/);
  });
});
