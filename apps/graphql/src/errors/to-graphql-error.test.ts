import { DomainError } from '@liftgraph/domain';
import { Neo4jStoreError } from '@liftgraph/neo4j';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { toGraphQLError } from './to-graphql-error.js';

describe('toGraphQLError', () => {
  it.each([
    [new ApiError('FORBIDDEN', 'no'), 'FORBIDDEN', 'no'],
    [new Neo4jStoreError('NOT_FOUND', 'program p does not exist'), 'NOT_FOUND', 'program p does not exist'],
    [new Neo4jStoreError('CONFLICT', 'op: Neo4j said X: MATCH (n) ...'), 'BAD_USER_INPUT', 'That record already exists.'],
    [
      new Neo4jStoreError('BAD_QUERY', 'op: Neo4j said Neo.ClientError.Statement.SyntaxError: MATCH'),
      'INTERNAL_SERVER_ERROR',
      'Internal error',
    ],
    [new Neo4jStoreError('BOOKMARK_TIMEOUT', 'op: waited 5000 ms'), 'BOOKMARK_TIMEOUT', expect.stringContaining('x-liftgraph-bookmark')],
    [
      new Neo4jStoreError('INVALID_BOOKMARK', 'op: Neo4j said Neo.ClientError.Transaction.InvalidBookmark: Parsing'),
      'BAD_USER_INPUT',
      expect.stringContaining('x-liftgraph-bookmark'),
    ],
    [
      new DomainError('INVALID_REPS', 'reps must be an integer in [1, 12], got 15'),
      'BAD_USER_INPUT',
      'reps must be an integer in [1, 12], got 15',
    ],
    [new Error('secret stack and Cypher'), 'INTERNAL_SERVER_ERROR', 'Internal error'],
  ])('should map %o to %s without leaking internals', (error, code, message) => {
    const mapped = toGraphQLError(error);
    expect(mapped.extensions.code).toBe(code);
    expect(mapped.message).toEqual(message);
  });
});
