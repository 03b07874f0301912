import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { toGraphQLError } from './errors/to-graphql-error.js';
import { complexityLimitPlugin } from './limits/complexity.plugin.js';
import { depthLimitRule } from './limits/depth-limit.rule.js';

export interface ServerLimits {
  maxDepth: number;
  maxComplexity: number;
  /** Introspection for the analyst console; off in production unless asked for. */
  introspection: boolean;
}

/**
 * Apollo Server with the hardening of issue 7: CSRF prevention, depth and complexity limits, and a
 * last-line error formatter (no stack traces, internal errors masked) behind the per-resolver mapping.
 */
export function createApolloServer(schema: GraphQLSchema, limits: ServerLimits): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    introspection: limits.introspection,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule(limits.maxDepth)],
    plugins: [complexityLimitPlugin(schema, limits.maxComplexity)],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.code;
      // graphql-js validation/parse errors and our own limit errors carry safe messages.
      if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, extensions: { code } };
      const mapped = toGraphQLError(unwrapResolverError(error));
      return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: { ...mapped.extensions } };
    },
  });
}
