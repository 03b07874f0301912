import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isInterfaceType,
  isUnionType,
  type GraphQLInputField,
} from 'graphql';

/** One operation of the schema, ready to send: its document and the variables that make it valid. */
export interface Operation {
  kind: 'query' | 'mutation';
  field: string;
  document: string;
  /** Valid values for every required argument (and the known optional ones). */
  variables: Record<string, unknown>;
  /** Paths (argument, then input fields / list index 0) of every String or ID leaf the operation accepts. */
  stringSites: Array<Array<string | number>>;
}

/** Values that let a request reach the resolver's real work (ids of fixture data, a valid goal, …). */
export type KnownValues = (field: string, name: string) => unknown;

const variableType = (t: GraphQLInputType): string => t.toString();

function leafDefault(t: GraphQLInputType): unknown {
  const named = getNamedType(t);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  switch (named.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      return 'x';
  }
}

function valueFor(field: string, name: string, t: GraphQLInputType, known: KnownValues, depth = 0): unknown {
  const k = known(field, name);
  if (k !== undefined) return k;
  const inner = isNonNullType(t) ? t.ofType : t;
  if (isListType(inner)) return [valueFor(field, name, inner.ofType, known, depth + 1)];
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      if (!isNonNullType(f.type) && known(field, f.name) === undefined) continue;
      if (f.defaultValue !== undefined && known(field, f.name) === undefined) continue;
      out[f.name] = valueFor(field, f.name, f.type, known, depth + 1);
    }
    return out;
  }
  return leafDefault(inner);
}

function isStringLeaf(t: GraphQLInputType): boolean {
  const named = getNamedType(t);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
}

function sitesOf(arg: GraphQLArgument | GraphQLInputField, path: Array<string | number>, seen: Set<string>): Array<Array<string | number>> {
  const t = arg.type;
  const inner = isNonNullType(t) ? t.ofType : t;
  const here = isListType(inner) ? [...path, 0] : path;
  const named = getNamedType(t);
  if (isStringLeaf(t)) return [here];
  if (isInputObjectType(named) && !seen.has(named.name)) {
    const next = new Set(seen).add(named.name);
    return Object.values(named.getFields()).flatMap((f) => sitesOf(f, [...here, f.name], next));
  }
  return [];
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
}

/** Every Query and Mutation field of `schema` as an Operation (the ones in `skip` left out). */
export function operationsOf(schema: GraphQLSchema, known: KnownValues, skip: readonly string[] = []): Operation[] {
  const out: Operation[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (type === null || type === undefined) continue;
    for (const field of Object.values(type.getFields())) {
      if (skip.includes(field.name)) continue;
      const defs = field.args.map((a) => `$${a.name}: ${variableType(a.type)}`).join(', ');
      const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${kind}${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection(field)} }`;
      const variables: Record<string, unknown> = {};
      for (const a of field.args) {
        if (isNonNullType(a.type) && a.defaultValue === undefined) variables[a.name] = valueFor(field.name, a.name, a.type, known);
        else {
          // Declared with the argument's own type (`Int!` stays `Int!`), so an argument with a default gets it sent.
          const k = known(field.name, a.name) ?? a.defaultValue;
          if (k !== undefined) variables[a.name] = k;
        }
      }
      out.push({ kind, field: field.name, document, variables, stringSites: field.args.flatMap((a) => sitesOf(a, [a.name], new Set())) });
    }
  }
  return out;
}

/** A copy of `variables` with `value` at `path`, creating objects/lists on the way (the rest of the input stays valid). */
export function withValueAt(
  variables: Record<string, unknown>,
  path: ReadonlyArray<string | number>,
  value: unknown,
  schemaFill: () => unknown = () => ({}),
): Record<string, unknown> {
  const root: Record<string, unknown> = structuredClone(variables);
  let node: Record<string | number, unknown> | unknown[] = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    const nextIsIndex = typeof path[i + 1] === 'number';
    const current = (node as Record<string | number, unknown>)[key];
    if (current === undefined || current === null || typeof current !== 'object') {
      (node as Record<string | number, unknown>)[key] = nextIsIndex ? [schemaFill()] : {};
    }
    node = (node as Record<string | number, unknown>)[key] as Record<string | number, unknown>;
  }
  (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
  return root;
}
