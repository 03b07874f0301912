import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the resolving field's selection asks for the child field `name` (directly, in inline
 * fragments or through fragment spreads). Lets a list resolver fetch a child relation in the same
 * statement as the list only when the operation wants it. `@skip`/`@include` are not evaluated: a
 * skipped field still counts (fetched, not returned).
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      switch (selection.kind) {
        case 'Field':
          return selection.name.value === name;
        case 'InlineFragment':
          return visit(selection.selectionSet);
        case 'FragmentSpread': {
          const fragment = selection.name.value;
          if (visited.has(fragment)) return false;
          visited.add(fragment);
          return visit(info.fragments[fragment]?.selectionSet);
        }
      }
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
