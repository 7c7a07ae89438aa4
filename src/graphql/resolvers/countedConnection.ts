/**
 * Connections over lists the store pages and counts in two reads — proposals,
 * candidates, changes — cut as Relay cuts them (`first`/`after`,
 * `last`/`before`). The count is read only when the answer needs it:
 * `totalCount` asked for, or `last` with no `before` to count back from.
 */
import type { GraphQLResolveInfo } from "graphql";
import { selectedBelow } from "../lookahead.js";
import { pageFromFetched, pageWindow, type PageInfo, type WindowArgs } from "../pagination.js";

export interface CountedList<T> {
  /** Up to `limit` items from position `offset`. */
  page(offset: number, limit: number): Promise<readonly T[]>;
  count(): Promise<number>;
}

export interface CountedConnection<T> {
  readonly edges: Array<{ cursor: string; node: T }>;
  readonly pageInfo: PageInfo;
  /** Absent when not asked for: the field is then never read. */
  readonly totalCount?: number;
}

/** Whether a page's answer needs the list counted: `totalCount` asked for, or `last` with no `before` to count back from. */
export function needsCount(args: WindowArgs, info: GraphQLResolveInfo): boolean {
  return (Boolean(args.last) && !args.before) || selectedBelow(info, []).has("totalCount");
}

export async function countedConnection<T>(args: WindowArgs, info: GraphQLResolveInfo, list: CountedList<T>): Promise<CountedConnection<T>> {
  const counting = needsCount(args, info) ? list.count() : Promise.resolve(undefined);
  const window = pageWindow(args) ?? pageWindow(args, await counting)!;
  // One item past the window tells whether a next page exists without counting.
  const [fetched, totalCount] = await Promise.all([list.page(window.offset, window.limit + 1), counting]);
  const { edges, pageInfo } = pageFromFetched(fetched, window.limit, window.offset);
  return { edges: edges.map(({ cursor, item }) => ({ cursor, node: item })), pageInfo, totalCount };
}
