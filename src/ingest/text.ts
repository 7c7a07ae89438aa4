/**
 * An article's text cut into sentences and words, every piece keeping its
 * character offsets in the original text, so a mention or a proposal can point
 * at the exact place it came from.
 */
import { foldText } from "../domain/names.js";

export interface Token {
  /** The word as written. */
  readonly text: string;
  /** Folded like names are (lower case, no diacritics). */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0], folded: foldText(m[0]), start: offset + m.index!, end: offset + m.index! + m[0].length,
  }));
}

/**
 * A full stop ends a sentence unless it closes an abbreviation or a title
 * (`Dr.`, `ThS.`, `TS.BS`, `Mt.`, `nr.`, a single initial) or sits inside a
 * number. The titles are listed: a short name ("Lan.", "Son.") ends a
 * sentence like any other word.
 */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Mt|St|Jr|Sr|Co|Gen|Col|Capt|Lt|Prof|Rev|Hon|Sen|Gov|Ltd|Inc|Corp|Th[Ss]|Tn|Ny|Nn|Bpk|Sdr|Drs|Ir|Hj|[\p{Lu}]{1,5}(?:\.[\p{Lu}]{1,5})*|nr|no|st|ca|ng|tk|vs|etc)$/u;

function endsSentence(text: string, dot: number): boolean {
  const mark = text[dot];
  const next = text.slice(dot + 1).match(/^\s*(.)/su)?.[1];
  if (next === undefined) return true;
  if (mark !== ".") return true;
  if (!/\s/.test(text[dot + 1] ?? "")) return false;
  if (ABBREVIATION.test(text.slice(Math.max(0, dot - 12), dot))) return false;
  return /[\p{Lu}\p{N}"“'‘(\-–]/u.test(next);
}

/** Paragraphs split at line breaks, then at sentence-ending punctuation. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(body)) return;
    const from = start + lead;
    sentences.push({ text: body, start: from, end: from + body.length, tokens: tokenize(body, from) });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(start, i);
      start = i + 1;
    } else if ((ch === "." || ch === "!" || ch === "?") && endsSentence(text, i)) {
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, text.length);
  return sentences;
}
