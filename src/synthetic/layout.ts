/**
 * Where each entity of a synthetic graph sits: entity i's kind, country and
 * rank follow from i alone. Kinds take consecutive index ranges; people,
 * organisations, resolutions, agreements and events are further split into
 * one block per country, larger for the first countries. Rank 0 of a block is
 * its hub — the ministry, the minister — because picks inside a block are
 * Zipf-skewed towards its start.
 */
import { NodeKind } from "../domain/ontology.js";
import { COUNTRIES } from "./countries.js";
import type { Random } from "./random.js";

export interface SyntheticOptions {
  /** How many entities, articles included. */
  readonly entities: number;
  readonly seed: number;
}

/** The order of the kinds' ranges and each kind's share of the entities; articles take the rest. */
const SHARES: ReadonlyArray<[NodeKind, number]> = [
  [NodeKind.Organization, 0.13], [NodeKind.Person, 0.33], [NodeKind.Resolution, 0.05],
  [NodeKind.Agreement, 0.1], [NodeKind.Event, 0.08], [NodeKind.Drug, 0.05],
  [NodeKind.Technology, 0.03], [NodeKind.Disease, 0.02],
];

const CLUSTERED = new Set<NodeKind>([NodeKind.Organization, NodeKind.Person, NodeKind.Resolution, NodeKind.Agreement, NodeKind.Event]);

/** The smallest graph that still holds every kind and two countries. */
export const MIN_ENTITIES = 100;

export interface KindRange {
  readonly start: number;
  readonly count: number;
}

export class GraphLayout {
  readonly countries: number;
  readonly ranges = new Map<NodeKind, KindRange>();
  /** Per clustered kind, where each country's block starts within the kind's range (one more entry: the end). */
  private readonly blocks = new Map<NodeKind, Int32Array>();

  constructor(readonly options: SyntheticOptions) {
    const n = options.entities;
    if (!Number.isInteger(n) || n < MIN_ENTITIES) throw new RangeError(`a synthetic graph needs an integer of at least ${MIN_ENTITIES} entities, got ${n}`);
    this.countries = Math.min(COUNTRIES.length, Math.max(3, Math.floor(Math.sqrt(n) / 3)));
    let start = 0;
    const add = (kind: NodeKind, count: number) => {
      this.ranges.set(kind, { start, count });
      start += count;
    };
    add(NodeKind.Country, this.countries);
    for (const [kind, share] of SHARES) add(kind, Math.max(1, Math.floor(n * share)));
    add(NodeKind.Article, n - start);
    for (const kind of CLUSTERED) this.blocks.set(kind, countryBlocks(this.range(kind).count, this.countries));
  }

  range(kind: NodeKind): KindRange {
    return this.ranges.get(kind)!;
  }

  get articles(): KindRange {
    return this.range(NodeKind.Article);
  }

  kindAt(index: number): NodeKind {
    for (const [kind, r] of this.ranges) if (index < r.start + r.count) return kind;
    throw new RangeError(`entity ${index} is outside a graph of ${this.options.entities}`);
  }

  /** The country an entity belongs to (as a country number), or null for drugs, technologies, diseases and articles. */
  countryOf(index: number, kind: NodeKind = this.kindAt(index)): number | null {
    if (kind === NodeKind.Country) return index - this.range(kind).start;
    const blocks = this.blocks.get(kind);
    if (!blocks) return null;
    const offset = index - this.range(kind).start;
    let lo = 0;
    let hi = this.countries - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Position within its country's block, or within its kind when the kind has no countries. */
  rankOf(index: number, kind: NodeKind = this.kindAt(index)): number {
    const country = this.countryOf(index, kind);
    const offset = index - this.range(kind).start;
    const blocks = this.blocks.get(kind);
    return blocks && country !== null ? offset - blocks[country] : offset;
  }

  countryIndex(country: number): number {
    return this.range(NodeKind.Country).start + country;
  }

  /** The entity at `rank` of a country's block of this kind; null when the block is that small. */
  atRank(kind: NodeKind, country: number, rank: number): number | null {
    const blocks = this.blocks.get(kind)!;
    const size = blocks[country + 1] - blocks[country];
    return rank < size ? this.range(kind).start + blocks[country] + rank : null;
  }

  /** A skewed pick within a country's block of this kind; null when the country has none. */
  pickIn(kind: NodeKind, country: number, rng: Random): number | null {
    const blocks = this.blocks.get(kind)!;
    const size = blocks[country + 1] - blocks[country];
    return size === 0 ? null : this.range(kind).start + blocks[country] + rng.skewed(size);
  }

  /** A skewed pick over the whole kind. */
  pickAny(kind: NodeKind, rng: Random): number {
    const r = this.range(kind);
    return r.start + rng.skewed(r.count);
  }

  /** A country other than `country` when there is one, favouring the first (largest) ones. */
  otherCountry(country: number, rng: Random): number {
    const other = rng.skewed(this.countries - 1);
    return other >= country ? other + 1 : other;
  }

  /** The entities an article covers: articles share the other entities out in index order. */
  ownersOf(article: number): KindRange {
    const a = article - this.articles.start;
    const owners = this.articles.start;
    const start = Math.floor((a * owners) / this.articles.count);
    return { start, count: Math.floor(((a + 1) * owners) / this.articles.count) - start };
  }
}

/** Block starts for `count` entities over `countries`, each country's share falling off with its rank. */
function countryBlocks(count: number, countries: number): Int32Array {
  const weights = Array.from({ length: countries }, (_, c) => 1 / Math.pow(c + 1, 0.7));
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((count * w) / total));
  sizes[0] += count - sizes.reduce((a, b) => a + b, 0);
  const blocks = new Int32Array(countries + 1);
  for (let c = 0; c < countries; c++) blocks[c + 1] = blocks[c] + sizes[c];
  return blocks;
}
