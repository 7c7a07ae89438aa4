/**
 * Finds the known entities a sentence names (longest name first, so "Pabrik
 * Vaksin dan Biologi VNVC" wins over "VNVC"), and the capitalised names that
 * match no entity, which become candidates for a curator to review.
 */
import { foldName, foldText } from "../domain/names.js";
import { NodeKind } from "../domain/ontology.js";
import type { Gazetteer } from "./gazetteer.js";
import { derivedIndonesianWord, ORDINARY_WORDS, PLACE_PAIRS, PLACE_WORDS, PROVINCE_WORDS, VIETNAMESE_PROVINCES } from "./places.js";
import { splitSentences, type Sentence, type Token } from "./text.js";
import type { ArticleWords } from "./articleWords.js";
import {
  CALENDAR_WORDS, COMPOUND_TITLES, COORDINATORS, CREDIT_BY_WORDS, CREDIT_WORDS, DEMONYMS, ENDING_WORDS, EVENT_WORDS, LEADING_WORDS, NAME_JOINERS,
  ORGANIZATION_WORDS, PRODUCT_WORDS, TITLE_PREPOSITIONS, TITLE_WORDS, WRITTEN_TITLES,
} from "./nameWords.js";

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

/** `credited` says whether the graph knows a person as credited by an article (a photographer). */
export function findMentions(sentence: Sentence, text: string, gazetteer: Gazetteer, credited: (person: string) => boolean): FoundMention[] {
  const tokens = sentence.tokens;
  const found: FoundMention[] = [];
  const credit = photoCreditFrom(sentence);
  for (let i = 0; i < tokens.length; ) {
    const match = longestMatch(sentence, i, gazetteer);
    if (!match) {
      i += 1;
      continue;
    }
    const start = tokens[i].start;
    const end = tokens[match.last - 1].end;
    for (const known of match.known) {
      if (i >= credit && known.kind === NodeKind.Person && !credited(known.entity)) continue;
      found.push({ entity: known.entity, kind: known.kind, first: i, last: match.last, start, end, surface: text.slice(start, end) });
    }
    i = match.last;
  }
  return found;
}

/**
 * The longest run of words from `at` that names known entities: as the graph
 * writes a name, or else in other words of the glossary, within one phrase.
 */
function longestMatch(sentence: Sentence, at: number, gazetteer: Gazetteer) {
  const tokens = sentence.tokens;
  let phraseEnd = at + 1;
  while (phraseEnd < tokens.length && !PHRASE_BREAK.test(gapBefore(sentence, phraseEnd))) phraseEnd += 1;
  for (let last = Math.min(tokens.length, at + Math.max(gazetteer.longest, TRANSLATED_REACH)); last > at; last--) {
    const words = tokens.slice(at, last).map((t) => t.folded);
    // A proper name shows a capital or a digit somewhere ("resolusjon nr. 57-NQ/TW"), or it is an ordinary word.
    const proper = tokens.slice(at, last).some(capitalised);
    const written = gazetteer.lookup(words.join(" "));
    const known = (written.length || last > phraseEnd || inAddress(sentence, at) ? written : gazetteer.lookupTranslated(words)).filter((k) => !k.properNoun || proper);
    if (known.length) return { last, known };
  }
  return null;
}

/** Whether token i is part of a web address ("…/vac-xin-the-he-moi-…"): its words are a slug, not the article's words. */
function inAddress(sentence: Sentence, i: number): boolean {
  const at = sentence.tokens[i].start - sentence.start;
  const from = sentence.text.lastIndexOf(" ", at) + 1;
  const to = sentence.text.indexOf(" ", at);
  return sentence.text.slice(from, to === -1 ? undefined : to).includes("/");
}

/** The most words a name in other words may take: one word of a language may be three of another ("Rusia", "Liên bang Nga"). */
const TRANSLATED_REACH = 12;

/** Punctuation no name in other words spans. */
const PHRASE_BREAK = /[,.;:()"“”]/;

/**
 * Runs of capitalised words no known name covers: two or more words, or one
 * word that is an acronym of three letters or more, or that the article
 * capitalises mid-sentence more than once (`recurring`). Titles, honorifics
 * and a leading preposition are not part of a name, nor is the first word of
 * a short run at the start of a sentence, since every sentence starts with a capital.
 * Nationalities, months, weekdays and a dateline ("HÀ NỘI —") are not names;
 * a lone word of a known entity's name ("Vaccine") is a fragment of it. A
 * name beside a word for a medicine ("Sputnik V vaccine") is a drug's.
 */
export function findUnknownNames(
  sentence: Sentence, covered: readonly FoundMention[], words: ArticleWords, knownWords: ReadonlySet<string> = new Set(),
): FoundName[] {
  const { recurring, ordinary, products, bodies } = words;
  const tokens = sentence.tokens;
  const taken = new Set(covered.flatMap((m) => range(m.first, m.last)));
  const names: FoundName[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (taken.has(i) || !startsName(tokens[i])) {
      i += 1;
      continue;
    }
    let last = i + 1;
    let joined = false;
    while (last < tokens.length && !taken.has(last) && !PUNCTUATION.test(gapBefore(sentence, last))) {
      // "Sovico Group Russian Direct Investment Fund" is two names: an English organisation's name ends with its kind.
      if (ENDING_WORDS.has(tokens[last - 1].folded) && last - i >= 2) break;
      if (startsName(tokens[last])) last += 1;
      else if (continuesName(tokens, last, taken) || continuesBodySyllables(tokens, i, last, taken)) last += 1;
      else if (joinsName(tokens, i, last, joined) && capitalised(tokens[last + 1]) && !taken.has(last + 1)) {
        joined ||= COORDINATORS.has(tokens[last].folded);
        last += 2;
      } else break;
    }
    const first = i + nameStart(sentence, i, last, words.named);
    if (last - first === 1 && GENITIVE_ACRONYM.test(tokens[first].text)) {
      // "USAs generalkonsulat" names a body; "USAs generalkonsul" is a title, like "American".
      const body = last < tokens.length && !capitalised(tokens[last]) && ORGANIZATION_WORDS.has(tokens[last].folded) && /^\s+$/.test(gapBefore(sentence, last));
      if (body) names.push(foundName(sentence, first, last + 1, NodeKind.Organization));
      i = last;
      continue;
    }
    const kept = tokens.slice(first, last);
    const alone = kept.length === 1 && first > 0 && standsAlone(kept[0], recurring) && !knownWords.has(kept[0].folded);
    // "Nota Kesepahaman", "Pencegahan Penyakit": a title-case phrase of words the article also writes in lower case.
    const phrase = kept.length >= 2 && kept.filter((t) => ordinary.has(t.folded) && !NAME_JOINERS.has(t.folded)).length * 2 >= kept.length
      && !kept.some((t) => ORGANIZATION_WORDS.has(t.folded));
    if ((kept.length >= 2 || alone) && !phrase && !isDateline(sentence, i, last) && !agencyCredit(sentence, first, last) && !inCode(sentence, first)) {
      // "direktør i Pfizer Vietnam", "Director of X": after a title and a preposition comes the title's organisation, not its holder.
      const titled = first > 0 && !TITLE_PREPOSITIONS.has(tokens[first - 1].folded) && tokens.slice(Math.max(0, first - 2), first).some((t) => TITLE_WORDS.has(t.folded));
      const name = sentence.text.slice(kept[0].start - sentence.start, kept[kept.length - 1].end - sentence.start);
      const written = kept.map((t) => t.folded);
      const product = products.has(written.join(" "))
        || [...tokens.slice(Math.max(0, first - 2), first), ...tokens.slice(last, last + 3)].some((t) => PRODUCT_WORDS.has(t.folded));
      const body = written.some((_, k) => bodies.has(written.slice(0, k + 1).join(" ")));
      const named = kindOfName(kept, titled, product, body);
      const kind = named !== NodeKind.Organization && nextTo(sentence, first, last, PROVINCE_WORDS) ? NodeKind.Organization : named;
      if (!isPlace(sentence, first, last, kind) && !ofOrdinaryWords(kept, kind)) {
        names.push({ name, kind, first, last, start: kept[0].start, end: kept[kept.length - 1].end });
      }
    }
    i = last;
  }
  return names;
}

/**
 * A place, which the ontology has no kind for: a run with a word for a town
 * or city in it or next to it ("Kota Ho Chi Minh", "Ho Chi Minh-byen"), or a
 * province of Viet Nam by name with no word saying it is governed as one. An
 * organisation's name may hold a place ("Institut Pasteur Kota Ho Chi Minh")
 * and stays a name, and so does a province (see PROVINCE_WORDS).
 */
function isPlace(sentence: Sentence, first: number, last: number, kind: NodeKind): boolean {
  if (kind === NodeKind.Organization && (nextTo(sentence, first, last, PROVINCE_WORDS) || sentence.tokens.slice(first, last).some((t) => ORGANIZATION_WORDS.has(t.folded)))) return false;
  const name = foldName(sentence.text.slice(sentence.tokens[first].start - sentence.start, sentence.tokens[last - 1].end - sentence.start));
  return nextTo(sentence, first, last, PLACE_WORDS) || VIETNAMESE_PROVINCES.has(name);
}

/** Whether one of these words is in the run, just before it ("provinsi Kanagawa", "thành phố Hà Nội"), or after it past a hyphen ("-byen"). */
function nextTo(sentence: Sentence, first: number, last: number, placeWords: ReadonlySet<string>): boolean {
  const words = sentence.tokens.map((t) => t.folded);
  const at = (i: number) => placeWords.has(words[i]) || (placeWords === PLACE_WORDS && PLACE_PAIRS.some(([a, b]) => words[i] === a && words[i + 1] === b));
  const inside = range(first, last).some(at);
  const before = first > 0 && (at(first - 1) || (first > 1 && at(first - 2) && words[first - 2] === "thanh"));
  const after = last < words.length && placeWords.has(words[last]) && /^-$/.test(gapBefore(sentence, last));
  return inside || before || after;
}

/**
 * Title case over ordinary words ("Rekam Medis Elektronik", "Duta Besar Luar
 * Biasa"): a person's name has a word that is no ordinary word, whatever
 * title comes before it; a single ordinary word ("Departemen", "Partai")
 * names nothing.
 */
function ofOrdinaryWords(kept: readonly Token[], kind: NodeKind): boolean {
  const ordinary = (t: Token) => ORDINARY_WORDS.has(t.folded) || derivedIndonesianWord(t.folded) || TITLE_WORDS.has(t.folded);
  if (kept.length === 1) return ORDINARY_WORDS.has(kept[0].folded);
  return kind === NodeKind.Person && kept.every(ordinary);
}

/**
 * How many words of the run tokens[from..to) come before the name itself.
 * A short run opening the sentence loses its first word, capitalised as any
 * sentence's is, unless the article writes that word as a name elsewhere
 * ("Darrell Oh – direktør …" after "uttrykte Darrell Oh").
 */
function nameStart(sentence: Sentence, from: number, to: number, named: ReadonlySet<string>): number {
  const run = sentence.tokens.slice(from, to);
  let skip = 0;
  for (let words = 1; words > 0 && skip < run.length; skip += words) {
    const word = run[skip].folded;
    words = LEADING_WORDS.has(word) || DEMONYMS.has(word) ? 1 : titleWords(run, skip);
  }
  if (from === 0 && skip === 0 && run.length < 3 && !named.has(run[0].folded)) skip = 1;
  if (skip >= run.length) return run.length;
  const spelled = sentence.text.slice(run[skip].start - sentence.start, run[run.length - 1].end - sentence.start);
  // Honorifics in front ("Bapak", "TS.BS") are not part of the name.
  return skip + foldText(spelled).split(" ").length - foldName(spelled).split(" ").length;
}

/**
 * How many words of a title start at run[k]: a title word, or a Vietnamese
 * compound title ("Bộ trưởng", "Thứ trưởng"), or "Trưởng". A syllable that is also a
 * body's word is a title only in its compound: "Bộ Công Thương" is a
 * ministry, "Trường Đại học Y" a school.
 */
function titleWords(run: readonly Token[], k: number): number {
  if (k + 1 < run.length && COMPOUND_TITLES.has(`${run[k].folded} ${run[k + 1].folded}`)) return 2;
  if (WRITTEN_TITLES.has(run[k].text.normalize("NFC").toLowerCase())) return 1;
  return TITLE_WORDS.has(run[k].folded) && !ORGANIZATION_WORDS.has(run[k].folded) ? 1 : 0;
}

/** A word that may start or continue a name: capitalised, not a bare number, not a month or weekday. */
const startsName = (token: Token) => capitalised(token) && !/^\p{N}+$/u.test(token.text) && !CALENDAR_WORDS.has(token.folded);

/**
 * A photo credit naming an agency or an office ("(Foto: Moh)", "Ảnh: TN",
 * "VNA/VNS Photo"): a word or acronyms, not a party to what the article
 * reports. A photographer's full name ("Foto: Pham Giang") stays a name,
 * for a CREDITED statement.
 */
function agencyCredit(sentence: Sentence, first: number, last: number): boolean {
  const tokens = sentence.tokens;
  const before = first > 0 && CREDIT_WORDS.has(tokens[first - 1].folded) && gapBefore(sentence, first).includes(":");
  const closing = CREDIT_WORDS.has(tokens[last - 1].folded);
  const named = tokens.slice(first, closing ? last - 1 : last);
  return (before || closing) && (named.length === 1 || named.every((t) => /^[\p{Lu}\p{N}]+$/u.test(t.text)));
}

/**
 * The known people an article's photo credits name, by the name alone: the
 * only ones whose being credited before (CREDITED) reading needs to know.
 */
export function peopleInPhotoCredits(text: string, gazetteer: Gazetteer): string[] {
  return [...new Set(splitSentences(text).flatMap((sentence) => {
    const credit = photoCreditFrom(sentence);
    if (credit === sentence.tokens.length) return [];
    return findMentions(sentence, text, gazetteer, () => true).filter((m) => m.first >= credit && m.kind === NodeKind.Person).map((m) => m.entity);
  }))];
}

/**
 * Where a photographer's credit names its photographer ("Photo by Lam Khanh",
 * "Ảnh: Phạm Giang", "Foto oleh X"): the index of the word after the credit's
 * words, or the sentence's length when it has none. Nothing else in a credit
 * says who the photographer is, so it names a known person only when the
 * graph knows that person as credited (CREDITED: "Phạm Giang", credited
 * before); a name that is only alike ("Lam Khanh", not the general Lâm Khánh)
 * stays a candidate.
 */
export function photoCreditFrom(sentence: Sentence): number {
  const tokens = sentence.tokens;
  for (let at = 1; at < tokens.length; at++) {
    if (CREDIT_WORDS.has(tokens[at - 1].folded) && gapBefore(sentence, at).includes(":")) return at;
    if (at > 1 && CREDIT_BY_WORDS.has(tokens[at - 1].folded) && CREDIT_WORDS.has(tokens[at - 2].folded)) return at;
  }
  return tokens.length;
}

/** Letters glued to a number by a hyphen ("57-NQ/TW") are a document's number, not a name. */
function inCode(sentence: Sentence, first: number): boolean {
  return first > 0 && /^\p{N}+$/u.test(sentence.tokens[first - 1].text) && gapBefore(sentence, first) === "-";
}

/** An upper-case place at the start of a paragraph before a dash: where the story was filed. */
function isDateline(sentence: Sentence, from: number, to: number): boolean {
  return from === 0 && sentence.tokens.slice(from, to).every((t) => t.text === t.text.toUpperCase()) && /^\s*[—–-]/.test(gapBefore(sentence, to));
}

const isAcronym = (token: Token) => /^[\p{Lu}]{3,}$/u.test(token.text);
const isHonorific = (token: Token) => foldName(`${token.text} x`) === "x";

function standsAlone(token: Token, recurring: ReadonlySet<string>): boolean {
  return !isHonorific(token) && (isAcronym(token) || recurring.has(token.folded));
}

/** An acronym with a genitive or plural "s" ("USAs", "VNVCs", "NGOs"): no name by itself. */
const GENITIVE_ACRONYM = /^\p{Lu}{2,}s$/u;

function foundName(sentence: Sentence, first: number, last: number, kind: NodeKind): FoundName {
  const [from, to] = [sentence.tokens[first], sentence.tokens[last - 1]];
  return { name: sentence.text.slice(from.start - sentence.start, to.end - sentence.start), kind, first, last, start: from.start, end: to.end };
}

/** Punctuation between two words that no name spans. */
const PUNCTUATION = /[,.;:()"“”]|\s[-–—]\s?|[–—]/;

function gapBefore(sentence: Sentence, i: number): string {
  return sentence.text.slice(sentence.tokens[i - 1].end - sentence.start, sentence.tokens[i].start - sentence.start);
}

/** A lower-case word of an institution's name ("Tập đoàn MT GX") followed by two capitalised words. */
function continuesName(tokens: readonly Token[], at: number, taken: ReadonlySet<number>): boolean {
  return ORGANIZATION_WORDS.has(tokens[at].folded) && [at + 1, at + 2].every((k) => k < tokens.length && !taken.has(k) && capitalised(tokens[k]));
}

/**
 * A Vietnamese body's name writes the second syllable of its words in lower
 * case ("Trường Đại học Y Hà Nội", "Viện Phát triển Doanh nghiệp"): after a
 * word for a body in the run, a lower-case syllable with a tone mark followed by a
 * capitalised word continues the name, unless it is "và" or a preposition;
 * not when another lower-case word comes next ("Hệ thống Y học tái tạo"),
 * which says the capital was a word of a longer lower-case phrase.
 */
function continuesBodySyllables(tokens: readonly Token[], from: number, at: number, taken: ReadonlySet<number>): boolean {
  const word = tokens[at];
  return tokens.slice(from, at).some((t) => ORGANIZATION_WORDS.has(t.folded)) && !capitalised(word) && word.text.normalize("NFC").toLowerCase() !== word.folded
    && !COORDINATORS.has(word.folded) && !LEADING_WORDS.has(word.folded) && at + 1 < tokens.length && !taken.has(at + 1) && capitalised(tokens[at + 1])
    && (at + 2 >= tokens.length || taken.has(at + 2) || capitalised(tokens[at + 2]));
}

/**
 * A lower-case word inside an institution's name ("Pabrik Vaksin dan Biologi
 * VNVC", "Center for Epidemiology and Microbiology"): "of" or "for" as often
 * as the name has them, "and" once; never after an acronym (which ends a
 * name) nor between people's names. An "and" before another word for a body
 * ("Institut Pasteur … dan Universitas Nagasaki") joins two bodies, not one name.
 */
function joinsName(tokens: readonly Token[], from: number, at: number, joined: boolean): boolean {
  const word = tokens[at].folded;
  const coordinates = COORDINATORS.has(word);
  return at + 1 < tokens.length && NAME_JOINERS.has(word) && !(coordinates && joined)
    && !(coordinates && ORGANIZATION_WORDS.has(tokens[at + 1].folded))
    && !/^[\p{Lu}\p{N}]{2,}$/u.test(tokens[at - 1].text)
    && tokens.slice(from, at).some((t) => ORGANIZATION_WORDS.has(t.folded));
}

/**
 * A name's kind from its words and what the article says around it: a word
 * for an event or a body in it; a name the article writes after a word for a
 * company, or one that starts with such a name ("Sanofi Southeast
 * Asia-India"), is a body's even beside "vaccines", which it makes; a name
 * beside a word for a medicine, here or elsewhere in the article, a drug's.
 */
function kindOfName(tokens: readonly Token[], titled: boolean, product: boolean, body: boolean): NodeKind {
  if (tokens.some((t) => EVENT_WORDS.has(t.folded)) && !tokens.some((t) => ORGANIZATION_WORDS.has(t.folded) && !EVENT_WORDS.has(t.folded))) return NodeKind.Event;
  if (body || tokens.some((t) => ORGANIZATION_WORDS.has(t.folded)) || tokens.every((t) => /^[\p{Lu}\p{N}]+$/u.test(t.text))) return NodeKind.Organization;
  if (product && !titled) return NodeKind.Drug;
  return titled || tokens.length > 1 ? NodeKind.Person : NodeKind.Organization;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
