import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import type { Logger } from './logger.js';
import { toGraphQLError } from './errors/to-graphql-error.js';
import { complexityLimitPlugin } from './limits/complexity.plugin.js';
import { depthLimitRule } from './limits/depth-limit.rule.js';

// Reports the per-request repository call counts (only present when counting is on: tests).
const queryCountsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.queryCounts !== null && response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, queryCounts: contextValue.queryCounts };
        }
      },
    };
  },
};

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
export function createApolloServer(schema: GraphQLSchema, limits: ServerLimits, logger: Logger): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    introspection: limits.introspection,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule(limits.maxDepth)],
    // No cache hints are used (responses are per viewer): without the cache-control plugin no plugin hooks
    // willResolveField, so Apollo does not wrap every field resolver (the dashboard resolves ~15 fields per athlete).
    plugins: [ApolloServerPluginCacheControlDisabled(), complexityLimitPlugin(schema, limits.maxComplexity), queryCountsPlugin],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.code;
      // graphql-js validation/parse errors and our own limit errors carry safe messages.
      if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
        // A rate-limited sign-in also says when to try again.
        const retryAfterSec = formatted.extensions?.retryAfterSec;
        return { ...formatted, extensions: typeof retryAfterSec === 'number' ? { code, retryAfterSec } : { code } };
      }
      const mapped = toGraphQLError(unwrapResolverError(error));
      if (mapped.extensions.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error, path: formatted.path }, 'unexpected error');
      return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: { ...mapped.extensions } };
    },
  });
}
