/**
 * Limits on the raw document text, checked before it is parsed, so a huge or
 * token-stuffed document (thousands of aliases, giant argument lists) is
 * refused without building its AST. Check the size first: it bounds the work
 * of counting tokens.
 */
import { Lexer, Source, TokenKind } from "graphql";
import { limitError } from "./limitError.js";

/**
 * The number of tokens graphql's lexer reads from `source`, comments excluded.
 * Text the lexer cannot read throws graphql's own syntax error, as parsing would.
 */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** Throws a TOO_MANY_TOKENS GraphQLError when `source` has more than `max` tokens. */
export function assertTokenLimit(source: string, max: number): void {
  const tokens = countTokens(source);
  if (tokens > max) {
    throw limitError(`The document has ${tokens} tokens; at most ${max} are allowed.`, "TOO_MANY_TOKENS", max, tokens);
  }
}

/** Throws a DOCUMENT_TOO_LARGE GraphQLError when `source` is more than `maxBytes` bytes of UTF-8. */
export function assertDocumentSize(source: string, maxBytes: number): void {
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes > maxBytes) {
    throw limitError(`The document is ${bytes} bytes; at most ${maxBytes} are allowed.`, "DOCUMENT_TOO_LARGE", maxBytes, bytes);
  }
}
