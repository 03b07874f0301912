import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
// The CommonJS build: its ESM build imports graphql's .mjs files, a second graphql realm next to
// type-graphql's CommonJS one ("Cannot use GraphQLObjectType from another module or realm").
import complexity from 'graphql-query-complexity/cjs';

const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = complexity;
type Estimator = Parameters<typeof getComplexity>[0]['estimators'][number];

/** A list field sized by `limit`/`first` costs its children once per element it may return. */
export const pageSizeEstimator: Estimator = ({ args, childComplexity }) => {
  const size: unknown = args.limit ?? args.first;
  return typeof size === 'number' && size > 0 ? 1 + childComplexity * size : undefined;
};

/**
 * Rejects an operation whose estimated cost exceeds `maxComplexity` before any resolver runs
 * (cost = 1 per field unless the field declares `complexity`, paged lists × their page size; with the request's variables).
 */
export function complexityLimitPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit their types fail here first (before graphql-js would say so): the caller's
            // mistake, so a 400 with its message, not an internal error (found by tools/reliability's GraphQL fuzz).
            if (error instanceof GraphQLError)
              throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw error;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(`query complexity ${complexity} exceeds the limit of ${maxComplexity}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
