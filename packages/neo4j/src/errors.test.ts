import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Neo4jStoreError, storeErrorCode, toStoreError } from './errors.js';

describe('storeErrorCode', () => {
  it.each([
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Security.Unauthorized', 'AUTH'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'DATABASE_NOT_FOUND'],
    ['ServiceUnavailable', 'UNAVAILABLE'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'TRANSIENT'],
    ['Neo.TransientError.Transaction.BookmarkTimeout', 'BOOKMARK_TIMEOUT'],
    ['Neo.ClientError.Transaction.InvalidBookmark', 'INVALID_BOOKMARK'],
    ['Neo.ClientError.Statement.SyntaxError', 'BAD_QUERY'],
    ['Neo.DatabaseError.General.UnknownError', 'UNKNOWN'],
  ])('should map %s to %s', (driverCode, code) => {
    expect(storeErrorCode(driverCode)).toBe(code);
  });
});

describe('toStoreError', () => {
  it('should wrap driver errors by code and keep the cause', () => {
    const driverError = new Neo4jError('already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed', 'gql', 'desc');
    const mapped = toStoreError(driverError, 'athlete.upsert');
    expect(mapped).toBeInstanceOf(Neo4jStoreError);
    expect(mapped).toMatchObject({ code: 'CONFLICT', cause: driverError });
    expect((mapped as Error).message).toMatch(/^athlete\.upsert: /);
  });

  it('should pass non-driver errors through unchanged', () => {
    const plain = new Error('injected');
    expect(toStoreError(plain, 'op')).toBe(plain);
  });
});
