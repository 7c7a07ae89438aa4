/**
 * Name folding for search and ids: one form per name whatever its case,
 * diacritics or honorifics, so "TS.BS Nguyễn Ngô Quang", "Nguyen Ngo Quang"
 * and "nguyen ngo quang" all meet.
 */

/** Letters NFD leaves whole: they are letters of their own, not base + mark. */
const STANDALONE_LETTERS: Readonly<Record<string, string>> = {
  đ: "d", Đ: "d", ð: "d", Ð: "d",
  ø: "o", Ø: "o", æ: "ae", Æ: "ae", œ: "oe", Œ: "oe",
  ß: "ss", ł: "l", Ł: "l", ı: "i", þ: "th", Þ: "th",
};

/**
 * Titles and forms of address written before names in the seed languages
 * (folded): Vietnamese academic and state honours (TS = doctor, BS = physician,
 * GS = professor, NGND/TTND = People's Teacher / Physician), ranks, and the
 * Indonesian, Vietnamese and English forms of address.
 */
const HONORIFICS: readonly string[][] = [
  ["ts"], ["bs"], ["gs"], ["pgs"], ["ths"], ["ks"], ["cn"], ["bsck"], ["bscki"], ["bsckii"],
  ["ngnd"], ["ttnd"], ["ngut"], ["ttut"], ["ahld"],
  ["thieu", "tuong"], ["trung", "tuong"], ["thuong", "tuong"], ["dai", "tuong"],
  ["ong"], ["ba"], ["anh"], ["chi"],
  ["bapak"], ["pak"], ["ibu"], ["bu"],
  ["dr"], ["prof"], ["mr"], ["mrs"], ["ms"], ["sir"],
];

/**
 * A name as it is stored: compatibility forms unified (NFKC: full-width "ＶＮＶＣ"
 * is "VNVC", a ligature its letters), runs of white space one space, no space
 * at either end. Canonical composition keeps Vietnamese letters whole.
 */
export function cleanName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, " ").trim();
}

/** Lower case, no diacritics, compatibility forms unified, every run of non-letters and non-digits one space. */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKC")) out += STANDALONE_LETTERS[ch] ?? ch;
  return out
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Folds a name and drops the honorifics in front of it, keeping at least one word. */
export function foldName(name: string): string {
  const words = foldText(name).split(" ").filter(Boolean);
  let start = 0;
  for (let found = true; found; ) {
    found = false;
    for (const honorific of HONORIFICS) {
      const end = start + honorific.length;
      if (end < words.length && honorific.every((w, i) => words[start + i] === w)) {
        start = end;
        found = true;
        break;
      }
    }
  }
  return words.slice(start).join(" ");
}

/** The words of a search text, folded like names. */
export function searchTokens(text: string): string[] {
  return foldName(text).split(" ").filter(Boolean);
}

/**
 * One string holding every folded name of an entity, framed so that a plain
 * CONTAINS answers each kind of match on either store:
 * exact `"| q |"`, qualified `"| q of "`, prefix `"| q"`, word prefix `" w"`.
 */
export function searchText(names: Iterable<string>): string {
  const folded = [...new Set([...names].map(foldName).filter(Boolean))].sort();
  return folded.map((n) => `| ${n} `).join("") + "|";
}

/**
 * The CONTAINS patterns that find and rank a search text against `searchText`
 * values. A name matches when it holds all the query's words but at most one,
 * so a query with one word too many ("medsintez agreement", "Ministry of
 * Health") still finds it; hits rank by words held, then by tier.
 */
export interface SearchPattern {
  readonly exact: string;
  /** The query as a whole name followed by a qualifying word, one per such word. */
  readonly qualified: readonly string[];
  readonly prefix: string;
  /** One per distinct query word, as a word prefix. */
  readonly words: readonly string[];
  /** How many of `words` an entity must hold to match. */
  readonly required: number;
}

/**
 * Words that, right after the query's phrase, narrow it rather than start the
 * name of something else — "of", "in" and their Vietnamese (của), Indonesian
 * (di) and Norwegian (i) forms, folded: "Ministry of Health of Vietnam" is a
 * ministry of health, "Ministry of Health workshop" is a workshop.
 */
const QUALIFYING_WORDS = ["of", "in", "cua", "di", "i"];

/** Null when the text holds no letter or digit to search for. */
export function searchPattern(text: string): SearchPattern | null {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return null;
  const folded = tokens.join(" ");
  const words = [...new Set(tokens)].map((w) => ` ${w}`);
  return {
    exact: `| ${folded} |`,
    qualified: QUALIFYING_WORDS.map((w) => `| ${folded} ${w} `),
    prefix: `| ${folded}`,
    words,
    required: Math.max(1, words.length - 1),
  };
}

/**
 * Words of which every match holds at least one: a match lacks at most
 * `words − required` of them, so any that many + 1 will do. The longest are
 * taken, as likely the rarest.
 */
export function drivingWords(pattern: SearchPattern): string[] {
  return [...pattern.words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, pattern.words.length - pattern.required + 1);
}

/** A full-text (Lucene) query finding every candidate: any driving word as a word prefix. */
export function candidateQuery(pattern: SearchPattern): string {
  return drivingWords(pattern).map((w) => `${w.trim()}*`).join(" OR ");
}

/** How many of the pattern's words a search text holds. */
export function wordsHeld(pattern: SearchPattern, searchText: string): number {
  return pattern.words.filter((w) => searchText.includes(w)).length;
}
