/**
 * Which of several connections explains more: a path through signings,
 * witnesses, parties, transfers and posts says more than one through "based
 * in", "held in" or a country, which joins half the graph to the other half.
 */
import { NodeKind, RelationshipType, TRAVERSAL_TYPES } from "./ontology.js";
import type { IndexedEntity, Relationship } from "./records.js";

/** Relationships that place things rather than connect actors: they join almost anything to anything. */
export const GENERIC_TYPES: readonly RelationshipType[] = [RelationshipType.BASED_IN, RelationshipType.HELD_IN, RelationshipType.MENTIONS];

/** Every traversal type but the generic ones. */
export const INFORMATIVE_TYPES: readonly RelationshipType[] = TRAVERSAL_TYPES.filter((t) => !GENERIC_TYPES.includes(t));

interface RankedPath {
  readonly entities: readonly Pick<IndexedEntity, "kind">[];
  readonly relationships: readonly Pick<Relationship, "type">[];
}

/** Generic steps of a path: its generic relationships and the countries it passes through (its ends aside). */
export function genericSteps(path: RankedPath): number {
  const viaCountry = path.entities.slice(1, -1).filter((e) => e.kind === NodeKind.Country).length;
  return path.relationships.filter((r) => GENERIC_TYPES.includes(r.type)).length + viaCountry;
}

/** Fewest generic steps first, then shortest; paths alike keep their order. */
export function rankPaths<P extends RankedPath>(paths: readonly P[]): P[] {
  return paths
    .map((path, index) => ({ path, index, generic: genericSteps(path) }))
    .sort((a, b) => a.generic - b.generic || a.path.relationships.length - b.path.relationships.length || a.index - b.index)
    .map(({ path }) => path);
}
