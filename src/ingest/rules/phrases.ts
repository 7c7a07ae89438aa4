/**
 * A sentence seen as the rules need it: where a pattern's words are, which
 * punctuation sits between two words, and which words are in parentheses.
 */
import type { Sentence } from "../text.js";

/** Token positions, end exclusive. */
export interface Span {
  readonly first: number;
  readonly last: number;
}

export class SentenceView {
  private readonly folded: string;
  private readonly tokenAt: number[] = [];
  private readonly parenthesised: boolean[] = [];

  constructor(readonly sentence: Sentence) {
    const parts: string[] = [];
    let offset = 0;
    let depth = 0;
    sentence.tokens.forEach((token, i) => {
      for (const ch of this.gapBefore(i)) depth = Math.max(0, depth + (ch === "(" ? 1 : ch === ")" ? -1 : 0));
      this.parenthesised.push(depth > 0);
      for (let k = 0; k <= token.folded.length; k++) this.tokenAt[offset + k] = i;
      parts.push(token.folded);
      offset += token.folded.length + 1;
    });
    this.folded = parts.join(" ");
  }

  get length(): number {
    return this.sentence.tokens.length;
  }

  /** Every place the pattern's words occur. */
  find(pattern: RegExp | null): Span[] {
    if (!pattern) return [];
    const spans: Span[] = [];
    for (const match of this.folded.matchAll(pattern)) {
      const from = match.index! + (match[0].startsWith(" ") ? 1 : 0);
      const to = match.index! + match[0].length;
      if (to <= from) continue;
      spans.push({ first: this.tokenAt[from], last: this.tokenAt[to - 1] + 1 });
    }
    return spans;
  }

  /** The text between token i-1 and token i (before the first token: the sentence's start). */
  gapBefore(i: number): string {
    const { tokens, text, start } = this.sentence;
    if (i <= 0) return text.slice(0, Math.max(0, (tokens[0]?.start ?? start) - start));
    if (i >= tokens.length) return text.slice(tokens[tokens.length - 1].end - start);
    return text.slice(tokens[i - 1].end - start, tokens[i].start - start);
  }

  /** Token i folded, or "" outside the sentence. */
  wordAt(i: number): string {
    return this.sentence.tokens[i]?.folded ?? "";
  }

  inParentheses(i: number): boolean {
    return this.parenthesised[i] ?? false;
  }

  capitalised(i: number): boolean {
    return /^[\p{Lu}\p{N}]/u.test(this.sentence.tokens[i]?.text ?? "");
  }

  /** A clause ends at a semicolon, a colon or a closing quote. */
  clauseBreakBefore(i: number): boolean {
    return /[;:”"]/.test(this.gapBefore(i));
  }

  /** The sentence's own words from token `first` to `last` (exclusive). */
  words(span: Span): string {
    const { tokens, text, start } = this.sentence;
    if (span.last <= span.first) return "";
    return text.slice(tokens[span.first].start - start, tokens[span.last - 1].end - start);
  }
}
