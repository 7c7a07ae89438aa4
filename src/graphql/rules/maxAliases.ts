/**
 * Limits how many aliased fields an operation has. Aliases let one small
 * document ask for the same expensive field thousands of times
 * (`a1: search(…) a2: search(…) …`), which no depth limit catches. Fragments
 * are followed, and a fragment's aliases count once for every place it is
 * spread.
 */
import { Kind, type SelectionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import { fragmentMemo, type FragmentMemo } from "./fragmentMemo.js";
import { describeOperation, limitError } from "./limitError.js";

export function maxAliasesRule(max: number): ValidationRule {
  return (context) => {
    const memo = fragmentMemo(0);
    return {
      OperationDefinition(operation) {
        const aliases = selectionSetAliases(context, memo, operation.selectionSet);
        if (aliases > max) {
          context.reportError(limitError(
            `${describeOperation(operation)} uses ${aliases} aliases; at most ${max} are allowed.`,
            "TOO_MANY_ALIASES", max, aliases, operation,
          ));
        }
        return false;
      },
    };
  };
}

function selectionSetAliases(context: ValidationContext, memo: FragmentMemo<number>, selectionSet: SelectionSetNode): number {
  return selectionSet.selections.reduce((sum, selection) => sum + selectionAliases(context, memo, selection), 0);
}

function selectionAliases(context: ValidationContext, memo: FragmentMemo<number>, selection: SelectionNode): number {
  switch (selection.kind) {
    case Kind.FIELD:
      return (selection.alias ? 1 : 0) + (selection.selectionSet ? selectionSetAliases(context, memo, selection.selectionSet) : 0);
    case Kind.INLINE_FRAGMENT:
      return selectionSetAliases(context, memo, selection.selectionSet);
    case Kind.FRAGMENT_SPREAD: {
      const fragment = context.getFragment(selection.name.value);
      return memo(selection.name.value, () => (fragment ? selectionSetAliases(context, memo, fragment.selectionSet) : 0));
    }
  }
}
