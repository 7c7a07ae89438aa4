/**
 * Relay cursor connections over pages the store cuts: a cursor is an opaque
 * position, and a cursor that was never handed out — or one that points past
 * the deepest position a client may page to — is a user error.
 */
import { GraphQLError } from "graphql";
import { Field, ObjectType } from "type-graphql";

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

const PREFIX = "cursor:";

/**
 * The deepest position a cursor may point at: a store skips every item before
 * it, so a forged cursor at 2^32 would make it read (or sort) billions. Past
 * this a client narrows its question instead of paging on.
 */
export const MAX_CURSOR_POSITION = 10_000;

export function cursorAt(position: number): string {
  return Buffer.from(`${PREFIX}${position}`).toString("base64url");
}

function positionOf(cursor: string): number {
  const text = Buffer.from(cursor, "base64url").toString();
  const digits = text.slice(PREFIX.length);
  // Digits only: Number() would also take "1e300", "0x10" or " 7".
  if (!text.startsWith(PREFIX) || !/^(0|[1-9][0-9]{0,8})$/.test(digits) || Number(digits) >= MAX_CURSOR_POSITION) {
    throw new GraphQLError(`"${cursor.slice(0, 100)}" is not a cursor this API handed out (pages go ${MAX_CURSOR_POSITION} items deep at most)`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return Number(digits);
}

/** The position after `cursor`, i.e. where the next page starts. */
export function positionAfter(cursor: string | null | undefined): number {
  return cursor === null || cursor === undefined ? 0 : positionOf(cursor) + 1;
}

export interface WindowArgs {
  readonly first: number;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/**
 * Where a page starts and how long it is, as Relay cuts it: the items after
 * `after` and before `before`, then the first `first` of them, or the last
 * `last`. Taking the last ones with no `before` needs the list's length: null
 * until `total` is given.
 */
export function pageWindow(args: WindowArgs, total?: number): { offset: number; limit: number } | null {
  const start = positionAfter(args.after);
  const end = args.before ? positionOf(args.before) : total;
  if (args.last) {
    if (end === undefined) return null;
    const offset = Math.max(start, end - args.last);
    return { offset, limit: Math.max(0, end - offset) };
  }
  return { offset: start, limit: end === undefined ? args.first : Math.max(0, Math.min(args.first, end - start)) };
}

export interface Page<T> {
  readonly edges: Array<{ cursor: string; item: T }>;
  readonly pageInfo: PageInfo;
  readonly totalCount: number;
}

/** A page whose items, already cut out of `total` items, start at position `start`. */
export function pageAt<T>(items: readonly T[], start: number, total: number): Page<T> {
  const edges = items.map((item, i) => ({ cursor: cursorAt(start + i), item }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: start + items.length < total,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * A page from items fetched at `offset` with one more than `first` asked for:
 * the extra item only tells that a next page exists.
 */
export function pageFromFetched<T>(fetched: readonly T[], first: number, offset: number): Omit<Page<T>, "totalCount"> {
  const edges = fetched.slice(0, first).map((item, i) => ({ cursor: cursorAt(offset + i), item }));
  return {
    edges,
    pageInfo: {
      hasNextPage: fetched.length > first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
