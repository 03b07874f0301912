import { BOOKMARK_TIMEOUT_MESSAGE, Neo4jStoreError } from '@liftgraph/neo4j';
import { GraphQLError } from 'graphql';

/**
 * Awaits a planner call; the planner not reaching the forwarded bookmarks in time (the client's
 * BOOKMARK_TIMEOUT) becomes the API's own BOOKMARK_TIMEOUT with HTTP 503 and Retry-After: 1, as when
 * the API's probe times out (server.ts), instead of a 200 carrying a resolver error. Apollo takes the
 * status from `extensions.http` of a resolver's error; the error formatter keeps only the code.
 */
export async function plannerCall<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof Neo4jStoreError && error.code === 'BOOKMARK_TIMEOUT') {
      throw new GraphQLError(BOOKMARK_TIMEOUT_MESSAGE, {
        extensions: { code: 'BOOKMARK_TIMEOUT', http: { status: 503, headers: new Map([['retry-after', '1']]) } },
        originalError: error,
      });
    }
    throw error;
  }
}
