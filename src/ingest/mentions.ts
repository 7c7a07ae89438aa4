/**
 * Finds the known entities a sentence names (longest name first, so "Pabrik
 * Vaksin dan Biologi VNVC" wins over "VNVC"), and the capitalised names that
 * match no entity, which become candidates for a curator to review.
 */
import { foldName, foldText } from "../domain/names.js";
import { NodeKind } from "../domain/ontology.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Sentence, Token } from "./text.js";

export interface FoundMention {
  readonly entity: string;
  readonly kind: NodeKind;
  /** Token positions in the sentence, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
}

export interface FoundName {
  readonly name: string;
  readonly kind: NodeKind;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

const capitalised = (token: Token) => /^[\p{Lu}\p{N}]/u.test(token.text);

export function findMentions(sentence: Sentence, text: string, gazetteer: Gazetteer): FoundMention[] {
  const tokens = sentence.tokens;
  const found: FoundMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = longestMatch(tokens, i, gazetteer);
    if (!match) {
      i += 1;
      continue;
    }
    const start = tokens[i].start;
    const end = tokens[match.last - 1].end;
    for (const known of match.known) {
      found.push({ entity: known.entity, kind: known.kind, first: i, last: match.last, start, end, surface: text.slice(start, end) });
    }
    i = match.last;
  }
  return found;
}

function longestMatch(tokens: readonly Token[], at: number, gazetteer: Gazetteer) {
  for (let last = Math.min(tokens.length, at + gazetteer.longest); last > at; last--) {
    const folded = tokens.slice(at, last).map((t) => t.folded).join(" ");
    const known = gazetteer.lookup(folded).filter((k) => !k.properNoun || capitalised(tokens[at]));
    if (known.length) return { last, known };
  }
  return null;
}

/** Lower-case words that may join the capitalised words of one name ("Pabrik Vaksin dan Biologi VNVC"). */
const NAME_JOINERS = new Set(["dan", "va", "of", "og", "de", "for", "and", "the", "du", "des", "la", "le"]);

/** Folded words that say a name is an organisation's, in any of the languages. */
const ORGANIZATION_WORDS = new Set([
  "perusahaan", "pabrik", "dana", "kementerian", "universitas", "institut", "lembaga", "badan", "rumah", "sakit",
  "company", "fund", "ministry", "hospital", "university", "institute", "council", "department", "corporation", "group", "agency", "association",
  "bo", "benh", "vien", "truong", "tap", "doan", "cong", "ty", "hoi", "cuc", "so", "uy", "ban", "he", "thong",
  "departement", "departementet", "sykehus", "universitet", "institutt", "selskap", "fond", "direktoratet", "helsedepartementet",
]);
const EVENT_WORDS = new Set(["hoi", "nghi", "thao", "conference", "workshop", "summit", "forum", "konferensi", "konferanse", "seminar"]);

/**
 * Runs of capitalised words no known name covers: two or more words, or one
 * acronym of three letters or more. The first word of a sentence counts only
 * inside a longer run, since any sentence starts with a capital.
 */
export function findUnknownNames(sentence: Sentence, covered: readonly FoundMention[]): FoundName[] {
  const tokens = sentence.tokens;
  const taken = new Set(covered.flatMap((m) => range(m.first, m.last)));
  const names: FoundName[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (taken.has(i) || !capitalised(tokens[i]) || /^\p{N}+$/u.test(tokens[i].text)) {
      i += 1;
      continue;
    }
    let last = i + 1;
    let joined = false;
    while (last < tokens.length && !taken.has(last) && !PUNCTUATION.test(gapBefore(sentence, last))) {
      if (capitalised(tokens[last]) && !/^\p{N}+$/u.test(tokens[last].text)) last += 1;
      else if (joinsName(tokens, i, last, joined) && capitalised(tokens[last + 1]) && !taken.has(last + 1)) {
        last += 2;
        joined = true;
      } else break;
    }
    const run = tokens.slice(i, last);
    const acronym = run.length === 1 && /^[\p{Lu}]{3,}$/u.test(run[0].text);
    let first = i === 0 && run.length < 3 ? 1 : 0;
    while (first < run.length && TITLE_WORDS.has(run[first].folded)) first += 1;
    if (run.length - first >= 2 || (acronym && i > 0)) {
      const spelled = sentence.text.slice(run[first].start - sentence.start, run[run.length - 1].end - sentence.start);
      // Honorifics in front ("Bapak", "TS.BS") are not part of the name.
      const honorifics = foldText(spelled).split(" ").length - foldName(spelled).split(" ").length;
      const kept = run.slice(first + honorifics);
      if (kept.length === 0) {
        i = last;
        continue;
      }
      const name = sentence.text.slice(kept[0].start - sentence.start, kept[kept.length - 1].end - sentence.start);
      if (foldName(name).includes(" ") || acronym) {
        names.push({ name, kind: kindOfName(kept), first: i + first, last, start: kept[0].start, end: kept[kept.length - 1].end });
      }
    }
    i = last;
  }
  return names;
}

/** Punctuation between two words that no name spans. */
const PUNCTUATION = /[,.;:()"“”]|\s[-–—]\s?|[–—]/;

function gapBefore(sentence: Sentence, i: number): string {
  return sentence.text.slice(sentence.tokens[i - 1].end - sentence.start, sentence.tokens[i].start - sentence.start);
}

/**
 * "and" inside an institution's name ("Pabrik Vaksin dan Biologi VNVC"), once,
 * never after an acronym (which ends a name) nor between people's names.
 */
function joinsName(tokens: readonly Token[], from: number, at: number, joined: boolean): boolean {
  return !joined && at + 1 < tokens.length && NAME_JOINERS.has(tokens[at].folded)
    && !/^[\p{Lu}\p{N}]{2,}$/u.test(tokens[at - 1].text)
    && tokens.slice(from, at).some((t) => ORGANIZATION_WORDS.has(t.folded));
}

/** Titles and offices written before a name (folded); they open a run of capitals but are not the name. */
const TITLE_WORDS = new Set([
  "menteri", "presiden", "sekretaris", "jenderal", "direktur", "kepala", "ketua", "wakil", "perdana", "kesehatan", "luar", "negeri",
  "president", "minister", "secretary", "general", "director", "deputy", "chairman", "chairwoman", "prime", "foreign", "head", "vice", "health",
  "bo", "truong", "thu", "tuong", "chu", "tich", "pho", "giam", "doc", "tong", "bi", "thu",
  "direktor", "statsminister", "helseminister", "visehelseminister", "utenriksminister", "generalsekretaer",
]);

function kindOfName(tokens: readonly Token[]): NodeKind {
  if (tokens.some((t) => EVENT_WORDS.has(t.folded)) && !tokens.some((t) => ORGANIZATION_WORDS.has(t.folded) && !EVENT_WORDS.has(t.folded))) return NodeKind.Event;
  if (tokens.some((t) => ORGANIZATION_WORDS.has(t.folded)) || tokens.every((t) => /^[\p{Lu}\p{N}]+$/u.test(t.text))) return NodeKind.Organization;
  return NodeKind.Person;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
