/**
 * Limits how deeply an operation nests fields. Every level of nesting can fan
 * out into more resolver calls and store lookups, so a deep document (often a
 * cycle through the graph: node → friends → node → …) is expensive to serve.
 * `{ a { b } }` has depth 2. Named and inline fragments are followed; the
 * `__schema`/`__type` introspection subtrees are skipped so GraphiQL's
 * introspection query always works whatever the limit.
 */
import { Kind, type SelectionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import { fragmentMemo, type FragmentMemo } from "./fragmentMemo.js";
import { describeOperation, limitError } from "./limitError.js";

const INTROSPECTION_FIELDS = new Set(["__schema", "__type"]);

export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const memo = fragmentMemo(0);
    return {
      OperationDefinition(operation) {
        const depth = selectionSetDepth(context, memo, operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(limitError(
            `${describeOperation(operation)} nests fields ${depth} levels deep; the maximum depth is ${maxDepth}.`,
            "QUERY_TOO_DEEP", maxDepth, depth, operation,
          ));
        }
        return false;
      },
    };
  };
}

function selectionSetDepth(context: ValidationContext, memo: FragmentMemo<number>, selectionSet: SelectionSetNode): number {
  return Math.max(0, ...selectionSet.selections.map((selection) => selectionDepth(context, memo, selection)));
}

function selectionDepth(context: ValidationContext, memo: FragmentMemo<number>, selection: SelectionNode): number {
  switch (selection.kind) {
    case Kind.FIELD:
      if (INTROSPECTION_FIELDS.has(selection.name.value)) return 0;
      return 1 + (selection.selectionSet ? selectionSetDepth(context, memo, selection.selectionSet) : 0);
    case Kind.INLINE_FRAGMENT:
      return selectionSetDepth(context, memo, selection.selectionSet);
    case Kind.FRAGMENT_SPREAD: {
      const fragment = context.getFragment(selection.name.value);
      return memo(selection.name.value, () => (fragment ? selectionSetDepth(context, memo, fragment.selectionSet) : 0));
    }
  }
}
