import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
// The CommonJS build: its ESM build imports graphql's .mjs files, a second graphql realm next to
// type-graphql's CommonJS one ("Cannot use GraphQLObjectType from another module or realm").
import complexity from 'graphql-query-complexity/cjs';

const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = complexity;

/**
 * Rejects an operation whose estimated cost exceeds `maxComplexity` before any resolver runs
 * (cost = 1 per field unless the field declares `complexity`; computed with the request's variables).
 */
export function complexityLimitPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(`query complexity ${complexity} exceeds the limit of ${maxComplexity}`, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
