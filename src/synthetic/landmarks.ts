/**
 * Ids a benchmark or a test can ask a synthetic graph for without generating
 * it: samples of a kind, and a few landmarks — the largest country, its
 * ministry and minister (hubs by construction), and two people of different
 * countries joined through an agreement within four hops.
 */
import { NODE_KINDS, NodeKind, RelationshipType as T } from "../domain/ontology.js";
import { syntheticArticle } from "./articles.js";
import { STREAM } from "./entities.js";
import { entityCache } from "./generate.js";
import { GraphLayout, type SyntheticOptions } from "./layout.js";
import { Random } from "./random.js";
import { statementsOf, type EntityAt, type Fact } from "./statements.js";

/** `count` distinct ids of entities of `kind` (all of them when there are fewer), the same for the same options. */
export function sampleIds(options: SyntheticOptions, kind: NodeKind, count: number): string[] {
  const layout = new GraphLayout(options);
  const range = layout.range(kind);
  const rng = new Random(options.seed, STREAM.sample, NODE_KINDS.indexOf(kind));
  const picked = new Set<number>();
  const wanted = Math.min(count, range.count);
  while (picked.size < wanted) picked.add(range.start + rng.below(range.count));
  const at = entityCache(layout, 10_000);
  // An article's id comes from its headline, so the article is written to learn it.
  return [...picked].map((i) => (kind === NodeKind.Article ? syntheticArticle(layout, i, at) : at(i)).entity.id);
}

export interface Landmarks {
  /** The largest country. */
  readonly country: string;
  /** Its ministry of health: the organisation most linked to. */
  readonly hubOrganization: string;
  /** Its minister, who signs for the ministry: the person most linked to in graphs of 10^4 entities and more. */
  readonly hubPerson: string;
  /** Two people of different countries, each holding a post at a party to one agreement: at most four hops apart. */
  readonly pathFrom: string;
  readonly pathTo: string;
  /** A person's name as their own language writes it, diacritics included. */
  readonly personName: string;
}

const SCAN_LIMIT = 5_000;

/** The first agreement of the largest country with a foreign partner and an organisation on each side. */
function crossBorderAgreement(layout: GraphLayout, at: EntityAt): { parties: [number, number]; signers: [number, number] } | null {
  for (let rank = 0; rank < SCAN_LIMIT; rank++) {
    const index = layout.atRank(NodeKind.Agreement, 0, rank);
    if (index === null) return null;
    const agreement = at(index);
    if (agreement.partner === undefined || agreement.partner === 0) continue;
    const facts = statementsOf(layout, agreement, at);
    const side = (country: number) => facts.find((f) => f.type === T.PARTY_TO && at(f.from).country === country && at(f.from).entity.kind === NodeKind.Organization);
    const [home, away] = [side(0), side(agreement.partner)];
    if (!home || !away) continue;
    const signer = (party: Fact) => facts.find((f) => f.type === T.SIGNED && f.via === party.from)?.from ?? null;
    const [a, b] = [signer(home), signer(away)];
    if (a !== null && b !== null) return { parties: [home.from, away.from], signers: [a, b] };
  }
  return null;
}

/** A person, away from the top of the country's block, whose post is at `organization`; else `fallback`. */
function staffOf(layout: GraphLayout, at: EntityAt, organization: number, fallback: number): number {
  const country = at(organization).country!;
  for (let rank = 1; rank < SCAN_LIMIT; rank++) {
    const person = layout.atRank(NodeKind.Person, country, rank);
    if (person === null) break;
    const post = statementsOf(layout, at(person), at).find((f) => f.type === T.HOLDS_POSITION);
    if (post?.to === organization) return person;
  }
  return fallback;
}

export function landmarks(options: SyntheticOptions): Landmarks {
  const layout = new GraphLayout(options);
  const at = entityCache(layout, 10_000);
  const minister = layout.atRank(NodeKind.Person, 0, 0)!;
  const agreement = crossBorderAgreement(layout, at);
  if (!agreement) throw new Error(`a graph of ${options.entities} entities (seed ${options.seed}) holds no cross-border agreement to find a path through`);
  const [from, to] = [0, 1].map((side) => staffOf(layout, at, agreement.parties[side], agreement.signers[side]));
  const someone = at(layout.atRank(NodeKind.Person, 0, Math.floor(layout.range(NodeKind.Person).count / 7))!);
  return {
    country: at(layout.countryIndex(0)).entity.id,
    hubOrganization: at(layout.atRank(NodeKind.Organization, 0, 0)!).entity.id,
    hubPerson: at(minister).entity.id,
    pathFrom: at(from).entity.id,
    pathTo: at(to).entity.id,
    personName: someone.entity.name,
  };
}
