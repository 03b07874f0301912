import { BOOKMARK_TIMEOUT_MESSAGE, Neo4jStoreError } from '@liftgraph/neo4j';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { plannerCall } from './planner-bookmark-timeout.js';

describe('plannerCall', () => {
  it("should turn the planner's bookmark timeout into BOOKMARK_TIMEOUT with HTTP 503 and Retry-After", async () => {
    const error = await plannerCall(Promise.reject(new Neo4jStoreError('BOOKMARK_TIMEOUT', 'planner /programs: not reached'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toBe(BOOKMARK_TIMEOUT_MESSAGE);
    expect((error as GraphQLError).extensions).toEqual({ code: 'BOOKMARK_TIMEOUT', http: { status: 503, headers: new Map([['retry-after', '1']]) } });
  });

  it('should pass any other failure and any answer through unchanged', async () => {
    const other = new ApiError('PLANNER_UNAVAILABLE', 'the planner is not reachable; try again later');
    await expect(plannerCall(Promise.reject(other))).rejects.toBe(other);
    await expect(plannerCall(Promise.resolve(42))).resolves.toBe(42);
  });
});

