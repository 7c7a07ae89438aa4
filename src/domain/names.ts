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
 * exact `"| q |"`, prefix `"| q"`, word prefix `" w"`.
 */
export function searchText(names: Iterable<string>): string {
  const folded = [...new Set([...names].map(foldName).filter(Boolean))].sort();
  return folded.map((n) => `| ${n} `).join("") + "|";
}

/** The CONTAINS patterns that find and rank a search text against `searchText` values. */
export interface SearchPattern {
  readonly exact: string;
  readonly prefix: string;
  /** One per query word; an entity matches when it holds all of them. */
  readonly words: readonly string[];
}

/** Null when the text holds no letter or digit to search for. */
export function searchPattern(text: string): SearchPattern | null {
  const words = searchTokens(text);
  if (words.length === 0) return null;
  const folded = words.join(" ");
  return { exact: `| ${folded} |`, prefix: `| ${folded}`, words: words.map((w) => ` ${w}`) };
}
