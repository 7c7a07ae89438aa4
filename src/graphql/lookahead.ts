/**
 * What a query asks for below a field, read from the operation before the
 * field resolves, so a resolver can fetch in one round trip what the fields
 * below it will need. Fragments count; @skip and @include are not evaluated,
 * so a skipped field may be fetched for nothing, never the other way round.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** Field nodes and the operation's fragments: a resolver's `info`, or part of it. */
export type Selection = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Selection["fragments"], into: Map<string, FieldNode[]>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.set(selection.name.value, [...(into.get(selection.name.value) ?? []), selection]);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, fragments, into);
    else fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, into);
  }
}

/** The fields selected right below these field nodes, by name. */
function fieldsBelow(nodes: readonly FieldNode[], fragments: Selection["fragments"]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  for (const node of nodes) fieldsOf(node.selectionSet, fragments, fields);
  return fields;
}

/** The field nodes at `path` below the selection's own (its own when the path is empty). */
export function fieldsAt(selection: Selection, path: readonly string[]): FieldNode[] {
  let nodes: readonly FieldNode[] = selection.fieldNodes;
  for (const name of path) nodes = fieldsBelow(nodes, selection.fragments).get(name) ?? [];
  return [...nodes];
}

/** The names of the fields selected at `path` below the resolving field (right below it when the path is empty). */
export function selectedBelow(selection: Selection, path: readonly string[]): Set<string> {
  return new Set(fieldsBelow(fieldsAt(selection, path), selection.fragments).keys());
}
