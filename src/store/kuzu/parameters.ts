/** Query parameters as Kùzu must be given them. */
import type { EngineValue } from "./engine.js";

type Row = Record<string, unknown>;

/**
 * Kùzu 0.11 crashes the process on an empty list parameter (it cannot type
 * one), so an empty list goes as a list of one empty string: no id, kind,
 * type or subject is empty, so it matches nothing, as the empty list would.
 */
const NO_IDS = [""];

export function parameters(params: Row): Record<string, EngineValue> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? (v.length === 0 ? NO_IDS : numbersAsText(v)) : v]),
  ) as Record<string, EngineValue>;
}

/**
 * Kùzu types a list parameter by the first number in it and reads every other
 * number as that type's bits: `[1, 0.8]` stored the 0.8 as 4605380978949069300.
 * So every number inside a list travels as its decimal text, and the query
 * CASTs it to its column's type (a query that forgets fails loudly: Kùzu will
 * not put text in a number column).
 */
function numbersAsText(value: unknown): unknown {
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(numbersAsText);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbersAsText(v)]));
  return value;
}
