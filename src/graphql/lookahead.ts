/**
 * What a query asks for below a field, read from the operation before the
 * field resolves, so a resolver can fetch in one round trip what the fields
 * below it will need. Fragments count; @skip and @include are not evaluated,
 * so a skipped field may be fetched for nothing, never the other way round.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Map<string, SelectionSetNode[]>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const sets = into.get(selection.name.value) ?? [];
      if (selection.selectionSet) sets.push(selection.selectionSet);
      into.set(selection.name.value, sets);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fieldsOf(selection.selectionSet, info, into);
    } else {
      fieldsOf(info.fragments[selection.name.value]?.selectionSet, info, into);
    }
  }
}

/** The names of the fields selected at `path` below the resolving field (its own selection when the path is empty). */
export function selectedBelow(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const fields = new Map<string, SelectionSetNode[]>();
    for (const set of sets) fieldsOf(set, info, fields);
    sets = fields.get(name) ?? [];
  }
  const names = new Map<string, SelectionSetNode[]>();
  for (const set of sets) fieldsOf(set, info, names);
  return new Set(names.keys());
}
