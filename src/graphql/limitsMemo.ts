/**
 * What the limits decide about a document, remembered per parsed document:
 * Apollo hands every request with the same query text the same parsed
 * document, so the depth and alias rules run once per document, and the cost
 * once per document, operation and variables shape — the cost reads numbers
 * (`first`, `limit`) and list lengths (`ids`) from the variables, never their
 * text, so requests that differ only in the ids they ask about share it.
 * Bounded: a document's entry lives as long as Apollo keeps the document, and
 * holds at most COSTS_PER_DOCUMENT costs, the least recently used dropped first.
 */
import type { DocumentNode, GraphQLError } from "graphql";

const COSTS_PER_DOCUMENT = 64;

interface DocumentVerdicts {
  /** The first depth or alias rule the document breaks; null when it breaks none. */
  readonly broken: GraphQLError | null;
  readonly costs: Map<string, number>;
}

/** What a variable's value tells the cost: numbers as they are, lists by length, anything else only that it is given. */
function shapeOf(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return `[${value.length}]`;
  return "given";
}

export function variablesShape(variables: Record<string, unknown>): string {
  return Object.keys(variables).sort().map((name) => `${name}=${shapeOf(variables[name])}`).join(",");
}

export class LimitsMemo {
  private readonly documents = new WeakMap<DocumentNode, DocumentVerdicts>();

  /** The rules' verdict on the document, worked out by `check` the first time it is seen. */
  broken(document: DocumentNode, check: () => GraphQLError | null): GraphQLError | null {
    let verdicts = this.documents.get(document);
    if (!verdicts) {
      verdicts = { broken: check(), costs: new Map() };
      this.documents.set(document, verdicts);
    }
    return verdicts.broken;
  }

  /** The cost of the operation with variables of this shape, worked out by `estimate` when not remembered. */
  cost(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, estimate: () => number): number {
    const costs = this.documents.get(document)?.costs;
    if (!costs) return estimate();
    const key = `${operationName ?? ""}\n${variablesShape(variables)}`;
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = estimate();
      if (costs.size >= COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value!);
    } else costs.delete(key);
    costs.set(key, cost);
    return cost;
  }
}
