/**
 * Names that are known entities written another way, found after the plain
 * lookup: an organisation named in another language around a word the graph
 * knows ("Nhà máy Vaccine và sinh phẩm VNVC", "VNVC Vaccine and Biological
 * Products Factory": the plant, not the company, whose distinctive word is
 * the same), a full name before its known acronym in parentheses ("Russian
 * Direct Investment Fund (RDIF)"), and a person named again by one part of
 * their name ("Son", after "Bui Thanh Son"), and a known acronym's longer
 * name ("VNVC Vaccination System"). Each becomes a mention of the
 * known entity and stops being a candidate.
 */
import { NodeKind } from "../domain/ontology.js";
import type { Gazetteer } from "./gazetteer.js";
import { photoCreditFrom, type FoundMention, type FoundName } from "./mentions.js";
import { ORGANIZATION_WORDS } from "./nameWords.js";
import { bodyKind, distinctiveWords, saysBodyAt } from "./organizations.js";
import type { Sentence } from "./text.js";

/** Kinds whose names an organisation's name does not swallow: another body, a person, a country. */
const PROPER_KINDS: ReadonlySet<NodeKind> = new Set([NodeKind.Organization, NodeKind.Person, NodeKind.Country]);

/** How far a name may reach from the known word to the word saying what kind of body it is. */
const REACH = 6;

export interface Resolved {
  readonly found: FoundMention[];
  readonly names: FoundName[];
}

export function resolveNames(
  sentence: Sentence, found: readonly FoundMention[], names: readonly FoundName[], gazetteer: Gazetteer, people: ReadonlyMap<string, string | null>,
): Resolved {
  const widened = found.map((m) => (m.kind === NodeKind.Organization ? asBody(sentence, m, found, gazetteer) : m));
  // A drug's or a technology's name inside an organisation's ("VNVC Vaccine and Biological Products Factory") is part of it.
  const mentions = widened.filter((m) => !widened.some((w) => w !== m && w.first <= m.first && m.last <= w.last && w.last - w.first > m.last - m.first));
  const covers = (first: number, last: number) => mentions.some((m) => first < m.last && m.first < last);
  const credit = photoCreditFrom(sentence);
  sentence.tokens.forEach((token, i) => {
    const person = i > 0 && i < credit && /^\p{Lu}/u.test(token.text) && !covers(i, i + 1) ? people.get(token.folded) : undefined;
    if (person) mentions.push({ entity: person, kind: NodeKind.Person, first: i, last: i + 1, start: token.start, end: token.end, surface: token.text });
  });
  const kept: FoundName[] = [];
  for (const n of names.filter((name) => !covers(name.first, name.last))) {
    const acronym = mentions.find((m) => m.first === n.last && m.kind === NodeKind.Organization && gap(sentence, n.last).includes("("));
    const longer = mentions.findIndex((m) => m.last === n.first && namesBodyLonger(sentence, m, n));
    if (acronym) mentions.push({ ...acronym, first: n.first, last: n.last, start: n.start, end: n.end, surface: n.name });
    else if (longer >= 0) mentions[longer] = widenedOver(sentence, mentions[longer], n);
    else kept.push(n);
  }
  return { found: mentions.sort((a, b) => a.first - b.first), names: kept };
}

/**
 * "VNVC Vaccination System": a known organisation's acronym followed, with
 * only a space between, by words ending in a word for a body is that
 * organisation under its longer name, not a new body.
 */
function namesBodyLonger(sentence: Sentence, known: FoundMention, name: FoundName): boolean {
  return known.kind === NodeKind.Organization && name.kind === NodeKind.Organization && /^\p{Lu}{2,}$/u.test(known.surface)
    && /^\s+$/.test(gap(sentence, name.first)) && ORGANIZATION_WORDS.has(sentence.tokens[name.last - 1].folded);
}

function widenedOver(sentence: Sentence, known: FoundMention, name: FoundName): FoundMention {
  return { ...known, last: name.last, end: name.end, surface: sentence.text.slice(known.start - sentence.start, name.end - sentence.start) };
}

const gap = (sentence: Sentence, i: number) =>
  sentence.text.slice(sentence.tokens[i - 1].end - sentence.start, sentence.tokens[i].start - sentence.start);

/**
 * The organisation mention widened to the word saying what kind of body it
 * is — before it (Vietnamese, Indonesian) or after it (English) — when one
 * known organisation is that kind of body with that distinctive word.
 */
function asBody(sentence: Sentence, m: FoundMention, found: readonly FoundMention[], gazetteer: Gazetteer): FoundMention {
  const tokens = sentence.tokens;
  const free = (i: number) => !found.some((f) => f !== m && PROPER_KINDS.has(f.kind) && i >= f.first && i < f.last);
  const open = (i: number) => !/[,.;:()"“”]|\s[-–—]\s/.test(gap(sentence, i));
  const widen = (first: number, last: number) => {
    const surface = sentence.text.slice(tokens[first].start - sentence.start, tokens[last - 1].end - sentence.start);
    const kind = bodyKind(surface);
    const entity = kind ? gazetteer.bodyOf(kind, distinctiveWords(m.surface)) : null;
    return entity ? { ...m, entity, first, last, start: tokens[first].start, end: tokens[last - 1].end, surface } : null;
  };
  for (let first = Math.max(0, m.first - REACH); first < m.first; first++) {
    if (!range(first, m.first).every(free) || !range(first + 1, m.first + 1).every(open)) continue;
    const widened = widen(first, m.last);
    if (widened && saysBodyAt(widened.surface, "start")) return widened;
  }
  for (let last = Math.min(tokens.length, m.last + REACH); last > m.last; last--) {
    if (!range(m.last, last).every(free) || !range(m.last, last).every(open)) continue;
    const capitalisedOrJoined = range(m.last, last).every((i) => /^[\p{Lu}\p{N}]/u.test(tokens[i].text) || ["and", "of", "og", "dan"].includes(tokens[i].folded));
    const widened = capitalisedOrJoined ? widen(m.first, last) : null;
    if (widened && saysBodyAt(widened.surface, "end")) return widened;
  }
  return m;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
