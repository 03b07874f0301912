import { assertNever, DomainError, LogParseError } from '@liftgraph/domain';
import { Neo4jStoreError } from '@liftgraph/neo4j';
import { GraphQLError } from 'graphql';
import { BOOKMARK_TIMEOUT_MESSAGE, INVALID_BOOKMARK_MESSAGE } from '../server-bookmarks.js';
import { ApiError } from './api-error.js';

const gqlError = (message: string, code: string, reason?: string): GraphQLError =>
  new GraphQLError(message, { extensions: reason === undefined ? { code } : { code, reason } });

function fromStore(error: Neo4jStoreError): GraphQLError {
  switch (error.code) {
    case 'NOT_FOUND':
      return gqlError(error.message, 'NOT_FOUND', error.code);
    case 'INVALID_ARGUMENT':
    case 'INTEGER_OUT_OF_RANGE':
      // The repositories write these for callers (they name the value, never Cypher).
      return gqlError(error.message, 'BAD_USER_INPUT', error.code);
    case 'CONFLICT':
      // The driver's message would quote the constraint and the Cypher: never pass it on.
      return gqlError('That record already exists.', 'BAD_USER_INPUT', error.code);
    case 'INVALID_BOOKMARK':
      return gqlError(INVALID_BOOKMARK_MESSAGE, 'BAD_USER_INPUT', error.code);
    case 'BOOKMARK_TIMEOUT':
      return gqlError(BOOKMARK_TIMEOUT_MESSAGE, 'BOOKMARK_TIMEOUT', error.code);
    case 'CATALOG_NOT_SEEDED':
    case 'UNAVAILABLE':
    case 'TRANSIENT':
    case 'DATABASE_NOT_FOUND':
      return gqlError('The database is unavailable; try again shortly.', 'SERVICE_UNAVAILABLE', error.code);
    case 'AUTH':
    case 'BAD_QUERY':
    case 'MIGRATION_FAILED':
    case 'MIGRATION_CHECKSUM_MISMATCH':
    case 'UNKNOWN':
      return gqlError('Internal error', 'INTERNAL_SERVER_ERROR');
    default:
      return assertNever(error.code);
  }
}

function fromApi(error: ApiError): GraphQLError {
  switch (error.code) {
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'BAD_USER_INPUT':
    case 'PLANNER_UNAVAILABLE':
    case 'NOT_IMPLEMENTED':
      return gqlError(error.message, error.code);
    default:
      return assertNever(error.code);
  }
}

/** The single transport mapping: known errors keep their caller-facing message; anything else is masked. */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof ApiError) return fromApi(error);
  if (error instanceof Neo4jStoreError) return fromStore(error);
  if (error instanceof LogParseError) return gqlError(error.message, 'BAD_USER_INPUT', 'LOG_PARSE');
  if (error instanceof DomainError) return gqlError(error.message, 'BAD_USER_INPUT', error.code);
  if (error instanceof GraphQLError) {
    const code = error.extensions.code;
    // type-graphql's own auth/validation errors and graphql-js errors are safe to pass on.
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return error;
    if (code === undefined && error.originalError === undefined) return error;
  }
  return gqlError('Internal error', 'INTERNAL_SERVER_ERROR');
}

/** True when the original error was mapped to INTERNAL_SERVER_ERROR (log it with full detail). */
export const isInternal = (mapped: GraphQLError): boolean => mapped.extensions.code === 'INTERNAL_SERVER_ERROR';
