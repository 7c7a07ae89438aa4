/**
 * The embedded store's in-memory name index answers exactly as the CONTAINS
 * scan it replaced (and Neo4j's search query) would: the same hits, tiers and
 * order, for any page.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { NODE_KINDS, NodeKind } from "../../src/domain/ontology.js";
import { searchPattern, searchText } from "../../src/domain/names.js";
import { MatchTier } from "../../src/store/port.js";
import { NameIndex, type IndexedName, type NameMatches } from "../../src/store/kuzu/searchIndex.js";

const WORDS = ["nguyễn", "ngô", "quang", "đào", "hồng", "lan", "bjørn", "ærø", "bộ", "y", "tế", "57-nq/tw", "ngoc", "quân"];

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function* numbers(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    yield x;
  }
}

function names(count: number): IndexedName[] {
  const random = numbers(7);
  const pick = (n: number) => random.next().value % n;
  return Array.from({ length: count }, (_, i) => {
    const name = () => Array.from({ length: 1 + pick(3) }, () => WORDS[pick(WORDS.length)]).join(" ");
    const canonical = name();
    return { id: `e:${String(i).padStart(4, "0")}`, kind: NODE_KINDS[pick(NODE_KINDS.length)], name: canonical, searchText: searchText([canonical, name()]) };
  });
}

/** The scan the index replaced: every entity checked with the same patterns. */
function scan(all: readonly IndexedName[], text: string, kinds: ReadonlySet<NodeKind>, limit: number, offset: number): NameMatches {
  const pattern = searchPattern(text)!;
  const matches = all
    .map((n) => ({ n, matchedWords: pattern.words.filter((w) => n.searchText.includes(w)).length }))
    .filter(({ n, matchedWords }) => kinds.has(n.kind) && matchedWords >= pattern.required)
    .map(({ n, matchedWords }) => ({
      id: n.id,
      matchedWords,
      tier: n.searchText.includes(pattern.exact) ? MatchTier.EXACT
        : pattern.qualified.some((q) => n.searchText.includes(q)) ? MatchTier.QUALIFIED
        : n.searchText.includes(pattern.prefix) ? MatchTier.PREFIX : MatchTier.PARTIAL,
    }))
    .sort((a, b) => b.matchedWords - a.matchedWords || a.tier - b.tier || (a.id < b.id ? -1 : 1));
  return { total: matches.length, page: matches.slice(offset, offset + limit) };
}

describe("in-memory name index", () => {
  const all = names(2000);
  const index = new NameIndex(all);
  const everyKind = new Set(NODE_KINDS);

  for (const text of ["nguyen", "ngo", "NGÔ QUANG", "dao hong lan", "bjorn aero", "57-NQ/TW", "y te", "q", "quang nguyen", "xyz"]) {
    it(`"${text}" matches the scan on every page and kind filter`, () => {
      for (const [limit, offset] of [[11, 0], [5, 5], [50, 20], [3000, 0]]) {
        assert.deepEqual(index.search(searchPattern(text)!, everyKind, limit, offset), scan(all, text, everyKind, limit, offset), `${limit}/${offset}`);
      }
      const people = new Set([NodeKind.Person, NodeKind.Organization]);
      assert.deepEqual(index.search(searchPattern(text)!, people, 20, 0), scan(all, text, people, 20, 0));
    });
  }

  it("names every entity it holds, and nothing else", () => {
    const all = names(300);
    const index = new NameIndex(all);
    for (const { id, kind, name } of all) assert.deepEqual(index.summary(id), { id, kind, name });
    assert.equal(index.summary("e:missing"), null);
  });

  it("answers as the scan after entities are renamed, added and deleted in place", () => {
    const random = numbers(11);
    const pick = (n: number) => random.next().value % n;
    const current = new Map(names(600).map((n) => [n.id, n]));
    const index = new NameIndex(current.values());
    for (let round = 0; round < 20; round++) {
      const changes = new Map<string, IndexedName | null>();
      for (let i = 0; i < 1 + pick(40); i++) {
        const id = `e:${String(pick(700)).padStart(4, "0")}`;
        const word = `${WORDS[pick(WORDS.length)]}${round % 3 === 0 ? `x${pick(5)}` : ""}`;
        changes.set(id, pick(3) === 0 ? null : { id, kind: NODE_KINDS[pick(NODE_KINDS.length)], name: word, searchText: searchText([word]) });
      }
      index.apply(changes);
      for (const [id, named] of changes) {
        if (named) current.set(id, named);
        else current.delete(id);
      }
      for (const text of ["nguyen", "quangx", "dao hong", "y te", "ærø"]) {
        assert.deepEqual(index.search(searchPattern(text)!, everyKind, 30, 0), scan([...current.values()], text, everyKind, 30, 0), `round ${round}: ${text}`);
      }
    }
    for (const [id, { kind, name }] of current) assert.deepEqual(index.summary(id), { id, kind, name });
    assert.equal(index.summary("e:0699") === null, !current.has("e:0699"));
  });

  it("finds nothing in an empty store", () => {
    assert.deepEqual(new NameIndex([]).search(searchPattern("nguyen")!, everyKind, 10, 0), { total: 0, page: [] });
  });
});
