/**
 * Search on the embedded store. Kùzu has no index but the primary key, so a
 * search by words was a CONTAINS scan of every entity's search text (≈270 ms
 * at 10^6 entities). The adapter keeps, in memory, each entity's kind and
 * search text and, per folded word, the entities whose names hold it; a query
 * word then reaches its candidates through the sorted vocabulary (it matches
 * the words it begins), and only they are checked — with the very CONTAINS
 * patterns the Neo4j store uses, so both answer alike. It keeps each
 * entity's canonical name too, so a drawing's nodes are named without reading
 * their rows (see `summary`). A match may lack one
 * query word, so it holds at least one of any two: the two query words with
 * the fewest candidates bring every match. The index is built from
 * the store on first use and then kept up to date by each write's changes
 * (see `apply` and indexChanges.ts).
 */
import type { NodeKind } from "../../domain/ontology.js";
import { wordsHeld, type SearchPattern } from "../../domain/names.js";
import { MatchTier, type EntitySummary, type SearchHit } from "../port.js";

/** A hit before its entity is read. */
export type NameMatch = Omit<SearchHit, "entity">;

/** The matches in all and one page of them. */
export interface NameMatches {
  readonly total: number;
  readonly page: NameMatch[];
}

export interface IndexedName {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly searchText: string;
}

type Entry = Omit<IndexedName, "id">;

/** The words of a search text (`| name one | name two |`). */
function wordsOf(searchText: string): Set<string> {
  return new Set(searchText.split(" ").filter((w) => w !== "" && w !== "|"));
}

/** The first index whose word is not before `word` in the sorted vocabulary. */
function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

const before = (a: NameMatch, b: NameMatch) =>
  a.matchedWords > b.matchedWords || (a.matchedWords === b.matchedWords && (a.tier < b.tier || (a.tier === b.tier && a.id < b.id)));

export class NameIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly postings = new Map<string, string[]>();
  private vocabulary: string[] = [];

  constructor(names: Iterable<IndexedName>) {
    this.apply(new Map([...names].map((n) => [n.id, n])));
  }

  /**
   * Brings the index to the store's state after entities were written
   * (an entity replaces the one with its id) or deleted (null). Only the
   * words of changed entities are touched, and the sorted vocabulary is
   * merged once per call, so a curator's write costs milliseconds where a
   * rebuild at 10^6 entities takes seconds. A build applies the store's rows
   * a chunk at a time.
   */
  apply(changes: ReadonlyMap<string, IndexedName | null>): void {
    const losing = new Set<string>();
    for (const id of changes.keys()) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      for (const word of wordsOf(entry.searchText)) losing.add(word);
      this.entries.delete(id);
    }
    const gone = new Set<string>();
    for (const word of losing) {
      const kept = this.postings.get(word)!.filter((id) => !changes.has(id));
      if (kept.length > 0) this.postings.set(word, kept);
      else {
        this.postings.delete(word);
        gone.add(word);
      }
    }
    const added: string[] = [];
    for (const named of changes.values()) {
      if (!named) continue;
      const { id, kind, name, searchText } = named;
      this.entries.set(id, { kind, name, searchText });
      for (const word of wordsOf(searchText)) {
        const ids = this.postings.get(word);
        if (ids) ids.push(id);
        else {
          this.postings.set(word, [id]);
          if (gone.has(word)) gone.delete(word);
          else added.push(word);
        }
      }
    }
    if (gone.size > 0 || added.length > 0) {
      this.vocabulary = mergeSorted(this.vocabulary.filter((w) => !gone.has(w)), added.sort());
    }
  }

  /** An entity's id, kind and canonical name, or null when the store holds no such id. */
  summary(id: string): EntitySummary | null {
    const entry = this.entries.get(id);
    return entry ? { id, kind: entry.kind, name: entry.name } : null;
  }

  /** The vocabulary words a query word begins. */
  private wordsStarting(prefix: string): string[] {
    const words: string[] = [];
    for (let i = lowerBound(this.vocabulary, prefix); i < this.vocabulary.length && this.vocabulary[i].startsWith(prefix); i++) {
      words.push(this.vocabulary[i]);
    }
    return words;
  }

  /** Hits ordered by words held, tier, then id, from `offset`, at most `limit`; and how many match. */
  search(pattern: SearchPattern, kinds: ReadonlySet<NodeKind>, limit: number, offset: number): NameMatches {
    // The query words with the fewest candidates drive; the others only filter.
    const driving = pattern.words
      .map((w) => this.wordsStarting(w.trimStart()))
      .map((words) => ({ words, size: words.reduce((sum, w) => sum + this.postings.get(w)!.length, 0) }))
      .sort((a, b) => a.size - b.size)
      .slice(0, pattern.words.length - pattern.required + 1);
    const wanted = offset + limit;
    const top: NameMatch[] = [];
    const seen = new Set<string>();
    let total = 0;
    for (const word of driving.flatMap((d) => d.words)) {
      for (const id of this.postings.get(word)!) {
        if (seen.has(id)) continue;
        seen.add(id);
        const entry = this.entries.get(id)!;
        const matchedWords = wordsHeld(pattern, entry.searchText);
        if (!kinds.has(entry.kind) || matchedWords < pattern.required) continue;
        const tier = entry.searchText.includes(pattern.exact) ? MatchTier.EXACT
          : pattern.qualified.some((q) => entry.searchText.includes(q)) ? MatchTier.QUALIFIED
          : entry.searchText.includes(pattern.prefix) ? MatchTier.PREFIX : MatchTier.PARTIAL;
        total++;
        insertBounded(top, { id, matchedWords, tier }, wanted);
      }
    }
    return { total, page: top.slice(offset) };
  }
}

/** One sorted list of two sorted lists. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  if (b.length === 0) return [...a];
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return merged;
}

/** Keeps `top` sorted and at most `size` long: a bounded insertion, as `size` is a page, not the matches. */
function insertBounded(top: NameMatch[], hit: NameMatch, size: number): void {
  if (size === 0 || (top.length === size && !before(hit, top[size - 1]))) return;
  let at = top.length;
  while (at > 0 && before(hit, top[at - 1])) at--;
  top.splice(at, 0, hit);
  if (top.length > size) top.pop();
}
