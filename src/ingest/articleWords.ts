/**
 * What the whole article tells about its words before any sentence is read
 * for names: which single words it capitalises as names, which it also
 * writes in lower case, and which names it shows of what kind somewhere —
 * beside a word for a medicine ("the one-shot Sputnik Light vaccine") or
 * after a word for a company ("company Sanofi") — so that the same name
 * read elsewhere without that context ("to register Sputnik Light") keeps
 * its kind.
 */
import { LEADING_WORDS, ORGANIZATION_WORDS, PRODUCT_WORDS, TITLE_WORDS } from "./nameWords.js";
import type { Sentence, Token } from "./text.js";

export interface ArticleWords {
  /** Single words capitalised mid-sentence at least twice: likely names. */
  readonly recurring: ReadonlySet<string>;
  /** Words the article also writes in lower case: ordinary words, capitalised only in a heading or a title-case phrase. */
  readonly ordinary: ReadonlySet<string>;
  /** Words the article capitalises mid-sentence and never writes in lower case: a name's, also when a sentence opens with it. */
  readonly named: ReadonlySet<string>;
  /** Names (folded words joined by spaces) the article writes beside a word for a medicine, with every run of capitals they start. */
  readonly products: ReadonlySet<string>;
  /** Names the article writes right after a lower-case word for a body ("company Sanofi", "công ty Pfizer"), and what they start. */
  readonly bodies: ReadonlySet<string>;
}

const capitalised = (token: Token) => /^[\p{Lu}\p{N}]/u.test(token.text);

export function articleWords(sentences: readonly Sentence[]): ArticleWords {
  const ordinary = new Set(sentences.flatMap((s) => s.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.folded)));
  const products = new Set<string>();
  const bodies = new Set<string>();
  for (const sentence of sentences) {
    for (const run of capitalRuns(sentence)) {
      const before = sentence.tokens[run.first - 1];
      const after = sentence.tokens[run.last];
      const words = sentence.tokens.slice(run.first, run.last).map((t) => t.folded);
      const prefixes = words.map((_, k) => words.slice(0, k + 1).join(" "));
      if ((before && PRODUCT_WORDS.has(before.folded)) || (after && PRODUCT_WORDS.has(after.folded))) prefixes.forEach((p) => products.add(p));
      if (bodyNounBefore(sentence, run.first) && !TITLE_WORDS.has(words[0])) prefixes.forEach((p) => bodies.add(p));
    }
  }
  const named = new Set(sentences.flatMap((s) => s.tokens.slice(1).filter((t) => /^\p{Lu}/u.test(t.text) && !ordinary.has(t.folded)).map((t) => t.folded)));
  return { recurring: recurringCapitalisedWords(sentences), ordinary, named, products, bodies };
}

/**
 * A lower-case word for a body just before token i, itself no part of a
 * name: "company Sanofi", "công ty Pfizer", but not "Quốc hội Vương Đình Huệ",
 * where "hội" ends the name of the National Assembly.
 */
function bodyNounBefore(sentence: Sentence, i: number): boolean {
  const [before, noun] = [sentence.tokens[i - 2], sentence.tokens[i - 1]];
  return noun !== undefined && !capitalised(noun) && ORGANIZATION_WORDS.has(noun.folded) && (before === undefined || !capitalised(before));
}

/** Maximal runs of capitalised words or numbers with nothing but a space or a hyphen between them. */
function capitalRuns(sentence: Sentence): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; ) {
    if (!capitalised(tokens[i])) {
      i += 1;
      continue;
    }
    let last = i + 1;
    while (last < tokens.length && capitalised(tokens[last]) && /^[\s-]*$/.test(sentence.text.slice(tokens[last - 1].end - sentence.start, tokens[last].start - sentence.start))) last += 1;
    runs.push({ first: i, last });
    i = last;
  }
  return runs;
}

/** Single words the article capitalises mid-sentence at least twice: likely names. */
function recurringCapitalisedWords(sentences: readonly Sentence[]): Set<string> {
  const seen = new Map<string, number>();
  for (const { tokens } of sentences) {
    for (const token of tokens.slice(1)) {
      const ordinary = TITLE_WORDS.has(token.folded) || LEADING_WORDS.has(token.folded) || ORGANIZATION_WORDS.has(token.folded);
      if (token.folded.length < 3 || !capitalised(token) || /^\p{N}+$/u.test(token.text) || ordinary) continue;
      seen.set(token.folded, (seen.get(token.folded) ?? 0) + 1);
    }
  }
  return new Set([...seen].filter(([, count]) => count >= 2).map(([word]) => word));
}
