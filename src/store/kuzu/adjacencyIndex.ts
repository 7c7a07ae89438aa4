/**
 * Who is connected to whom on the embedded store, held in memory: every
 * relationship's id, type and ends, without its properties. A drawing's
 * neighbourhood probed Kùzu once per node of each level (about 1 ms a probe
 * at 10^6 entities, 85 ms for a 2-hop neighbourhood of 500 nodes) and a
 * shortest path was Kùzu's recursive join (105 ms); from these arrays both
 * walk the graph without a query. At 10^6 entities and 4.9 million
 * relationships it takes about 200 MB: 126 MB of typed arrays, 70 MB of heap.
 *
 * Layout: entities are numbered in the order of their ids, so comparing two
 * numbers compares the ids as strings (a neighbourhood keeps the first ids of
 * a level); each entity's relationships are a slice of one array (compressed
 * sparse rows). Statement ids (`stmt:` and 16 hex digits, domain/ids.ts) are
 * held as two 32-bit numbers, any other id as a string.
 *
 * Built from the store on first use, then patched by each write's changes
 * (see `apply`): a relationship written or deleted since the build lives in
 * an overlay that hides the built one with its id.
 */
import { RELATIONSHIP_TYPES, type RelationshipType } from "../../domain/ontology.js";
import type { Direction, Relationship } from "../../domain/records.js";
import { byString, compareIds } from "../results.js";
import { unshared } from "../bulk/csv.js";

/** An edge: a built relationship's number, or the id of one written since. */
type Edge = number | string;

interface AddedRelationship {
  readonly type: number;
  readonly from: number;
  readonly to: number;
}

/** A neighbourhood before its nodes are named. */
export interface Reach {
  /** Each node's distance from the centre. */
  readonly distances: Map<string, number>;
  /** The relationships found between the nodes kept, by id, without properties. */
  readonly edges: Relationship[];
  readonly truncated: boolean;
}

/** A shortest path before its relationships' properties and its entities are read. */
export interface PathSkeleton {
  readonly nodes: string[];
  readonly relationships: Relationship[];
}

const TYPE_CODES = new Map(RELATIONSHIP_TYPES.map((type, code) => [type, code]));
const STATEMENT_ID = /^stmt:([0-9a-f]{8})([0-9a-f]{8})$/;
const NO_PROPERTIES: Relationship["properties"] = Object.freeze({});

export class AdjacencyIndex {
  private constructor(
    /** Entity ids by number: the built ones sorted, those first seen in a patch after them. */
    private readonly ids: string[],
    /** How many entities the build numbered (in id order). */
    private readonly built: number,
    private readonly types: Uint8Array,
    private readonly from: Uint32Array,
    private readonly to: Uint32Array,
    private readonly idHigh: Uint32Array,
    private readonly idLow: Uint32Array,
    /** Built relationships whose id is not a statement id. */
    private readonly otherIds: Map<number, string>,
    /** Entity n's relationships are adjacent[offsets[n] .. offsets[n + 1]). */
    private readonly offsets: Uint32Array,
    private readonly adjacent: Uint32Array,
  ) {}

  /** Entities first seen in a patch, by id. */
  private readonly later = new Map<string, number>();
  /** Built relationships deleted or written again since, by id, and the low half of each such statement id (a quick first test). */
  private readonly hidden = new Set<string>();
  private readonly hiddenLow = new Set<number>();
  /** Entities whose built relationships were all deleted. */
  private readonly detached = new Set<number>();
  private readonly added = new Map<string, AddedRelationship>();
  private readonly addedAt = new Map<number, Set<string>>();

  /** From rows of [id, type, from, to] in the order `columns` names them, a chunk at a time. */
  static async build(chunks: AsyncIterable<{ columns: readonly string[]; lines: string[][] }>): Promise<AdjacencyIndex> {
    const numbers = new Map<string, number>();
    const firstSeen: string[] = [];
    const numberOf = (id: string) => {
      let n = numbers.get(id);
      if (n === undefined) {
        n = firstSeen.length;
        // The map keeps its key: the field itself is a slice that would keep its whole chunk of the file alive until the build ends.
        const own = unshared(id);
        numbers.set(own, n);
        firstSeen.push(own);
      }
      return n;
    };
    const relationships = new RelationshipColumns();
    for await (const { columns, lines } of chunks) {
      const [id, type, from, to] = ["id", "type", "from", "to"].map((name) => columns.indexOf(name));
      for (const line of lines) {
        const code = TYPE_CODES.get(line[type] as RelationshipType);
        if (code === undefined) throw new Error(`the store holds a relationship of unknown type ${line[type]} (${line[id]})`);
        relationships.push(line[id], code, numberOf(line[from]), numberOf(line[to]));
      }
    }
    numbers.clear();
    // Renumbered in id order.
    const order = firstSeen.map((_, n) => n).sort((a, b) => byString(firstSeen[a], firstSeen[b]));
    const rank = new Uint32Array(order.length);
    order.forEach((n, r) => { rank[n] = r; });
    const ids = order.map((n) => firstSeen[n]);
    const { types, from, to, idHigh, idLow, otherIds, count } = relationships.finish();
    for (let r = 0; r < count; r++) {
      from[r] = rank[from[r]];
      to[r] = rank[to[r]];
    }
    const offsets = new Uint32Array(ids.length + 1);
    for (let r = 0; r < count; r++) {
      offsets[from[r] + 1]++;
      if (to[r] !== from[r]) offsets[to[r] + 1]++;
    }
    for (let n = 0; n < ids.length; n++) offsets[n + 1] += offsets[n];
    const adjacent = new Uint32Array(offsets[ids.length]);
    const filled = offsets.slice(0, ids.length);
    for (let r = 0; r < count; r++) {
      adjacent[filled[from[r]]++] = r;
      if (to[r] !== from[r]) adjacent[filled[to[r]]++] = r;
    }
    return new AdjacencyIndex(ids, ids.length, types, from, to, idHigh, idLow, otherIds, offsets, adjacent);
  }

  /**
   * Brings the index to the store's state after a write, as the transfer
   * index is brought: first every relationship of a detached entity goes,
   * then each changed relationship is written or deleted (null).
   */
  apply(relationships: ReadonlyMap<string, Relationship | null>, detachedEntities: Iterable<string>): void {
    for (const id of detachedEntities) {
      const n = this.numberOf(id);
      if (n === null) continue;
      if (n < this.built) this.detached.add(n);
      for (const relationshipId of [...(this.addedAt.get(n) ?? [])]) this.drop(relationshipId);
    }
    for (const [id, r] of relationships) {
      this.drop(id);
      this.hidden.add(id);
      this.hiddenLow.add(statementHalves(id)?.[1] ?? 0);
      if (!r) continue;
      const added = { type: TYPE_CODES.get(r.type)!, from: this.numberOrNew(r.from), to: this.numberOrNew(r.to) };
      this.added.set(id, added);
      for (const end of [added.from, added.to]) {
        const at = this.addedAt.get(end);
        if (at) at.add(id);
        else this.addedAt.set(end, new Set([id]));
      }
    }
  }

  private drop(id: string): void {
    const r = this.added.get(id);
    if (!r) return;
    this.added.delete(id);
    for (const end of [r.from, r.to]) {
      const at = this.addedAt.get(end)!;
      at.delete(id);
      if (at.size === 0) this.addedAt.delete(end);
    }
  }

  /** An entity's number, or null when no relationship ever named it. */
  private numberOf(id: string): number | null {
    let low = 0;
    let high = this.built;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.ids[mid] < id) low = mid + 1;
      else high = mid;
    }
    if (low < this.built && this.ids[low] === id) return low;
    return this.later.get(id) ?? null;
  }

  private numberOrNew(id: string): number {
    const n = this.numberOf(id);
    if (n !== null) return n;
    this.ids.push(id);
    this.later.set(id, this.ids.length - 1);
    return this.ids.length - 1;
  }

  /** Orders entity numbers as their ids: the built ones are numbered so. */
  private compare = (a: number, b: number): number =>
    a < this.built && b < this.built ? a - b : byString(this.ids[a], this.ids[b]);

  private relationshipId(r: number): string {
    return this.otherIds.get(r) ?? `stmt:${hex(this.idHigh[r])}${hex(this.idLow[r])}`;
  }

  /** Calls `visit` with each relationship of a wanted type at entity n, and the entity at its other end. */
  edgesAt(n: number, wanted: readonly boolean[], visit: (edge: Edge, other: number) => void): void {
    if (n < this.built && !this.detached.has(n)) {
      for (let i = this.offsets[n]; i < this.offsets[n + 1]; i++) {
        const r = this.adjacent[i];
        if (!wanted[this.types[r]]) continue;
        const other = this.from[r] === n ? this.to[r] : this.from[r];
        if (this.detached.size > 0 && this.detached.has(other)) continue;
        if (this.hiddenLow.has(this.idLow[r]) && this.hidden.has(this.relationshipId(r))) continue;
        visit(r, other);
      }
    }
    for (const id of this.addedAt.get(n) ?? []) {
      const r = this.added.get(id)!;
      if (wanted[r.type]) visit(id, r.from === n ? r.to : r.from);
    }
  }

  /**
   * The relationships with these ids, without properties, by a pass over the
   * ids' low halves for each id asked (Kùzu would scan its whole table).
   */
  find(ids: readonly string[]): Map<string, Relationship> {
    const found = new Map<string, Relationship>();
    const wanted = new Map<number, Array<{ high: number; id: string }>>();
    const others = new Set<string>();
    for (const id of new Set(ids)) {
      const added = this.added.get(id);
      if (added) found.set(id, this.relationship(id));
      else if (this.hidden.has(id)) continue;
      else {
        const halves = statementHalves(id);
        if (!halves) others.add(id);
        else wanted.set(halves[1], [...(wanted.get(halves[1]) ?? []), { high: halves[0], id }]);
      }
    }
    // A typed array's indexOf runs natively: a few milliseconds over 4.9 million, where a loop in JavaScript took 40.
    for (const [low, candidates] of wanted) {
      for (let r = this.idLow.indexOf(low); r >= 0; r = this.idLow.indexOf(low, r + 1)) {
        const match = candidates.find((w) => w.high === this.idHigh[r]);
        if (match && !this.otherIds.has(r) && this.live(r)) found.set(match.id, this.relationship(r));
      }
    }
    if (others.size > 0) {
      for (const [r, id] of this.otherIds) if (others.has(id) && this.live(r)) found.set(id, this.relationship(r));
    }
    return found;
  }

  /** An entity's relationships of `types` leaving it (OUT), entering it (IN) or either (BOTH), without properties, in no order. */
  relationshipsOf(id: string, types: readonly RelationshipType[], direction: Direction): Relationship[] {
    const n = this.numberOf(id);
    if (n === null) return [];
    const found: Relationship[] = [];
    this.edgesAt(n, typeMask(types), (edge) => {
      const r = this.relationship(edge);
      if (direction === "BOTH" || (direction === "OUT" ? r.from : r.to) === id) found.push(r);
    });
    return found;
  }

  /** Whether a built relationship is still in the store: neither deleted since, nor of a detached entity. */
  private live(r: number): boolean {
    return !this.detached.has(this.from[r]) && !this.detached.has(this.to[r]);
  }

  /** How many relationships an entity has, of any type: what expanding it costs. */
  degree(id: string): number {
    const n = this.numberOf(id);
    return n === null ? 0 : this.degreeOf(n);
  }

  private degreeOf(n: number): number {
    const built = n < this.built ? this.offsets[n + 1] - this.offsets[n] : 0;
    return built + (this.addedAt.get(n)?.size ?? 0);
  }

  private relationship(edge: Edge): Relationship {
    if (typeof edge === "string") {
      const r = this.added.get(edge)!;
      return { id: edge, type: RELATIONSHIP_TYPES[r.type], from: this.ids[r.from], to: this.ids[r.to], properties: NO_PROPERTIES };
    }
    return {
      id: this.relationshipId(edge), type: RELATIONSHIP_TYPES[this.types[edge]],
      from: this.ids[this.from[edge]], to: this.ids[this.to[edge]], properties: NO_PROPERTIES,
    };
  }

  /**
   * The nodes within `depth` hops of an entity and the relationships between
   * them, by the rule of traversals.ts `neighbourhoodFromReads`, which the
   * parity suite holds both to: each level's new nodes in id order until
   * `limit`, and every relationship of an expanded node whose other end is
   * kept. The centre is taken to exist: one no relationship names stands alone.
   */
  neighbourhood(centre: string, depth: number, types: readonly RelationshipType[], limit: number): Reach {
    const start = this.numberOf(centre);
    if (start === null) return { distances: new Map([[centre, 0]]), edges: [], truncated: false };
    const wanted = typeMask(types);
    const distances = new Map([[start, 0]]);
    const expanded: number[] = [];
    let frontier = [start];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
      const found = new Set<number>();
      for (const n of frontier) {
        expanded.push(n);
        this.edgesAt(n, wanted, (_, other) => {
          if (!distances.has(other)) found.add(other);
        });
      }
      const room = Math.max(limit - distances.size, 0);
      truncated = found.size > room;
      frontier = this.first([...found], room);
      for (const n of frontier) distances.set(n, level + 1);
    }
    // A relationship between two expanded nodes is met from both ends: built once.
    const kept = new Set<Edge>();
    for (const n of expanded) {
      this.edgesAt(n, wanted, (edge, other) => {
        if (distances.has(other)) kept.add(edge);
      });
    }
    return {
      distances: new Map([...distances].map(([n, d]) => [this.ids[n], d])),
      edges: Array.from(kept, (edge) => this.relationship(edge)).sort(compareIds),
      truncated,
    };
  }

  /** The `count` entities of `numbers` whose ids come first, in that order. */
  private first(numbers: number[], count: number): number[] {
    if (numbers.every((n) => n < this.built)) return [...Uint32Array.from(numbers).sort().subarray(0, count)];
    return numbers.sort(this.compare).slice(0, count);
  }

  /**
   * Every shortest path of at most `maxLength` relationships of `types`
   * between two entities, ignoring direction, up to `considered` of them
   * (enumerated in id order, so the same ones each time). A search from both
   * ends that grows the side whose next level costs less: between two people
   * of a large graph it stops short of the hubs (countries, ministries) that
   * a search from one end would expand. It runs in this thread, so it calls
   * `inTime` before each level, which throws to stop it.
   */
  shortestPaths(
    from: string, to: string, types: readonly RelationshipType[], maxLength: number, considered: number, inTime: () => void,
  ): PathSkeleton[] {
    const start = this.numberOf(from);
    const end = this.numberOf(to);
    if (start === null || end === null || start === end) return [];
    const wanted = typeMask(types);
    const sides = [new Search(start), new Search(end)];
    while (sides[0].frontier.length > 0 && sides[1].frontier.length > 0 && sides[0].level + sides[1].level < maxLength) {
      inTime();
      const [grow, other] = this.cost(sides[0]) <= this.cost(sides[1]) ? sides : [sides[1], sides[0]];
      grow.expand(this, wanted);
      // The first level to reach the other side's nodes meets it on its last level only (a node met
      // nearer the other end would have been reached from it a level before): every node met lies
      // on a shortest path, and every shortest path crosses exactly one of them.
      const meetings = grow.frontier.filter((n) => other.distances.has(n));
      if (meetings.length > 0) return this.joinHalves(meetings.sort(this.compare), sides[0], sides[1], considered);
    }
    return [];
  }

  private cost(search: Search): number {
    let sum = 0;
    for (const n of search.frontier) sum += this.degreeOf(n);
    return sum;
  }

  /** Paths through each meeting node: every way from the start to it, then every way from it to the end. */
  private joinHalves(meetings: readonly number[], fromStart: Search, fromEnd: Search, considered: number): PathSkeleton[] {
    const paths: PathSkeleton[] = [];
    for (const meeting of meetings) {
      for (const head of this.waysTo(fromStart, meeting)) {
        for (const tail of this.waysTo(fromEnd, meeting)) {
          paths.push({
            nodes: [...head.nodes, ...tail.nodes.slice(0, -1).reverse()].map((n) => this.ids[n]),
            relationships: [...head.edges, ...[...tail.edges].reverse()].map((edge) => this.relationship(edge)),
          });
          if (paths.length >= considered) return paths;
        }
      }
    }
    return paths;
  }

  /** The ways from a search's origin to a node it reached, each as its nodes and edges from the origin. */
  private *waysTo(search: Search, n: number): Generator<{ nodes: number[]; edges: Edge[] }> {
    const steps = search.previous.get(n);
    if (!steps) {
      yield { nodes: [n], edges: [] };
      return;
    }
    const ordered = [...steps].sort((a, b) => this.compare(a.node, b.node) || byString(this.relationship(a.edge).id, this.relationship(b.edge).id));
    for (const step of ordered) {
      for (const way of this.waysTo(search, step.node)) yield { nodes: [...way.nodes, n], edges: [...way.edges, step.edge] };
    }
  }
}

/** One end's breadth-first search: distances, and the steps that reach each node first. */
class Search {
  readonly distances: Map<number, number>;
  readonly previous = new Map<number, Array<{ node: number; edge: Edge }>>();
  frontier: number[];
  level = 0;

  constructor(origin: number) {
    this.distances = new Map([[origin, 0]]);
    this.frontier = [origin];
  }

  expand(index: AdjacencyIndex, wanted: readonly boolean[]): void {
    const next: number[] = [];
    const level = this.level + 1;
    for (const n of this.frontier) {
      index.edgesAt(n, wanted, (edge, other) => {
        const known = this.distances.get(other);
        if (known === undefined) {
          this.distances.set(other, level);
          this.previous.set(other, [{ node: n, edge }]);
          next.push(other);
        } else if (known === level) this.previous.get(other)!.push({ node: n, edge });
      });
    }
    this.frontier = next;
    this.level = level;
  }
}

function typeMask(types: readonly RelationshipType[]): boolean[] {
  const wanted = RELATIONSHIP_TYPES.map(() => false);
  for (const type of types) wanted[TYPE_CODES.get(type)!] = true;
  return wanted;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** Eight hex digits, a byte at a time from a table: a third of the time of toString(16) and padStart, for every relationship id a read builds. */
const hex = (value: number) => BYTE_HEX[value >>> 24] + BYTE_HEX[(value >>> 16) & 255] + BYTE_HEX[(value >>> 8) & 255] + BYTE_HEX[value & 255];

/** A statement id's two halves, or null for any other id. */
function statementHalves(id: string): [number, number] | null {
  const match = STATEMENT_ID.exec(id);
  return match ? [parseInt(match[1], 16), parseInt(match[2], 16)] : null;
}

/** Relationship columns as they are read, in typed arrays that grow by doubling. */
class RelationshipColumns {
  private capacity = 1 << 16;
  private count = 0;
  private types = new Uint8Array(this.capacity);
  private from = new Uint32Array(this.capacity);
  private to = new Uint32Array(this.capacity);
  private idHigh = new Uint32Array(this.capacity);
  private idLow = new Uint32Array(this.capacity);
  private readonly otherIds = new Map<number, string>();

  push(id: string, type: number, from: number, to: number): void {
    if (this.count === this.capacity) this.grow();
    const r = this.count++;
    this.types[r] = type;
    this.from[r] = from;
    this.to[r] = to;
    const halves = statementHalves(id);
    if (halves) [this.idHigh[r], this.idLow[r]] = halves;
    else this.otherIds.set(r, unshared(id));
  }

  private grow(): void {
    this.capacity *= 2;
    const larger = <A extends Uint8Array | Uint32Array>(array: A, make: (size: number) => A): A => {
      const bigger = make(this.capacity);
      bigger.set(array);
      return bigger;
    };
    this.types = larger(this.types, (n) => new Uint8Array(n));
    this.from = larger(this.from, (n) => new Uint32Array(n));
    this.to = larger(this.to, (n) => new Uint32Array(n));
    this.idHigh = larger(this.idHigh, (n) => new Uint32Array(n));
    this.idLow = larger(this.idLow, (n) => new Uint32Array(n));
  }

  finish() {
    const cut = <A extends Uint8Array | Uint32Array>(array: A) => array.slice(0, this.count) as A;
    return {
      types: cut(this.types), from: cut(this.from), to: cut(this.to), idHigh: cut(this.idHigh), idLow: cut(this.idLow),
      otherIds: this.otherIds, count: this.count,
    };
  }
}
