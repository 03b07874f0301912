import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { reachBookmarks } from '@liftgraph/neo4j';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import type { Logger } from './logger.js';
import { toGraphQLError } from './errors/to-graphql-error.js';
import { BOOKMARK_HEADER, BookmarkHeaderError, formatBookmarkHeader, parseBookmarkHeader } from './server-bookmarks.js';
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

const HTTP_STATUS: Readonly<Record<string, number>> = { BAD_USER_INPUT: 400, BOOKMARK_TIMEOUT: 503, SERVICE_UNAVAILABLE: 503 };

/** The request-level form of a mapped error: Apollo answers it with `extensions.http.status` (500 when absent). */
const requestError = (mapped: GraphQLError, headers?: Map<string, string>): GraphQLError => {
  const code = typeof mapped.extensions.code === 'string' ? mapped.extensions.code : 'INTERNAL_SERVER_ERROR';
  return new GraphQLError(mapped.message, {
    extensions: { code, http: { status: HTTP_STATUS[code] ?? 500, ...(headers && { headers }) } },
  });
};

/**
 * Read-your-writes across replicas (server-bookmarks.ts): before any resolver runs, the request's
 * bookmark header is validated (400 BAD_USER_INPUT naming the header) and the database is given
 * NEO4J_BOOKMARK_WAIT_MS to reach it (503 BOOKMARK_TIMEOUT, Retry-After: 1); every transaction of
 * the request then carries those bookmarks. The response carries the bookmarks of the request's writes.
 */
const bookmarksPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, request }) {
        let awaited: string[];
        try {
          awaited = parseBookmarkHeader(request.http?.headers.get(BOOKMARK_HEADER));
        } catch (error) {
          if (error instanceof BookmarkHeaderError)
            throw requestError(new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } }));
          throw error;
        }
        if (awaited.length === 0) return;
        contextValue.causal.waitFor(awaited);
        try {
          await reachBookmarks(contextValue.repos.db, 'request.bookmarks');
        } catch (error) {
          const mapped = toGraphQLError(error);
          if (mapped.extensions.code === 'INTERNAL_SERVER_ERROR')
            contextValue.log.error({ err: error }, 'waiting for the request bookmarks failed');
          throw requestError(mapped, mapped.extensions.code === 'BOOKMARK_TIMEOUT' ? new Map([['retry-after', '1']]) : undefined);
        }
      },
      async willSendResponse({ contextValue, response }) {
        const value = formatBookmarkHeader(contextValue.causal.written());
        if (value !== undefined) response.http.headers.set(BOOKMARK_HEADER, value);
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
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      complexityLimitPlugin(schema, limits.maxComplexity),
      bookmarksPlugin,
      queryCountsPlugin,
    ],
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
