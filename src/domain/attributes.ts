/**
 * Checks attribute and property values against the ontology's declarations —
 * shared by the seed validator and anything else that writes facts.
 */
import type { AttributeType, NodeKind } from "./ontology.js";
import { parsePartialDate, PartialDateError } from "./dates.js";
import type { AttributeValue } from "./records.js";

export interface AttributeProblem {
  readonly field: string;
  readonly message: string;
}

/** How a check learns the kind of a referenced entity; null when it does not exist. */
export type KindLookup = (id: string) => NodeKind | null;

function valueProblem(value: unknown, type: AttributeType, kindOf: KindLookup): string | null {
  switch (type.type) {
    case "string":
      return typeof value === "string" && value.trim() !== "" ? null : "must be a non-empty string";
    case "boolean":
      return typeof value === "boolean" ? null : "must be true or false";
    case "enum":
      return typeof value === "string" && type.values.includes(value) ? null : `must be one of ${type.values.join(", ")}`;
    case "partialDate":
      if (typeof value !== "string") return "must be a partial date string";
      try {
        parsePartialDate(value);
        return null;
      } catch (e) {
        if (e instanceof PartialDateError) return `is not a possible date: ${e.message}`;
        throw e;
      }
    case "entityId": {
      if (typeof value !== "string") return "must be an entity id";
      const kind = kindOf(value);
      if (kind === null) return `refers to ${value}, which is not in the graph`;
      return type.kinds.includes(kind) ? null : `must refer to a ${type.kinds.join(" or ")}, but ${value} is a ${kind}`;
    }
  }
}

/** Every problem with `values` against `spec`: unknown names, wrong types, dangling references. */
export function attributeProblems(
  values: Readonly<Record<string, unknown>>,
  spec: Readonly<Record<string, AttributeType>>,
  kindOf: KindLookup,
  prefix: string,
): AttributeProblem[] {
  const problems: AttributeProblem[] = [];
  for (const [name, value] of Object.entries(values)) {
    // Own names only: `constructor` or `toString` must not pass as declared because every object inherits them.
    const type = Object.hasOwn(spec, name) ? spec[name] : undefined;
    const field = `${prefix}.${name}`;
    if (!type) {
      const allowed = Object.keys(spec);
      problems.push({ field, message: `is not allowed here (allowed: ${allowed.length ? allowed.join(", ") : "none"})` });
      continue;
    }
    const message = valueProblem(value, type, kindOf);
    if (message) problems.push({ field, message: `${JSON.stringify(value)} ${message}` });
  }
  return problems;
}

/** Narrows checked values to what records hold. */
export function asAttributes(values: Readonly<Record<string, unknown>>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [k, v] of Object.entries(values)) if (typeof v === "string" || typeof v === "boolean") out[k] = v;
  return out;
}
