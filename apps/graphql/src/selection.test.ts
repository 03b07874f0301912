import { type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, parse, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsField } from './selection.js';

// The resolve info of the operation's first root field, as graphql-js hands it to that field's resolver.
function infoOf(document: string): GraphQLResolveInfo {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  const root = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsField', () => {
  it('should find a child field selected directly, in an inline fragment or through (nested) fragment spreads', () => {
    expect(selectsField(infoOf('{ athletes { id status { acwr } } }'), 'status')).toBe(true);
    expect(selectsField(infoOf('{ athletes { id ... on Athlete { status { acwr } } } }'), 'status')).toBe(true);
    expect(
      selectsField(infoOf('{ athletes { ...A } } fragment A on Athlete { ...B } fragment B on Athlete { status { acwr } }'), 'status'),
    ).toBe(true);
  });

  it('should not find a field that is only selected deeper down or not at all', () => {
    expect(selectsField(infoOf('{ athletes { id name } }'), 'status')).toBe(false);
    expect(selectsField(infoOf('{ athletes { programs { athlete { status { acwr } } } } }'), 'status')).toBe(false);
    expect(selectsField(infoOf('{ athletes { ...A } } fragment A on Athlete { ...A name }'), 'status')).toBe(false);
  });
});
