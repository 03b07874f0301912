import { Neo4jError } from 'neo4j-driver';

export type Neo4jStoreErrorCode =
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'UNAVAILABLE'
  | 'AUTH'
  | 'BAD_QUERY'
  | 'TRANSIENT'
  | 'DATABASE_NOT_FOUND'
  | 'MIGRATION_FAILED'
  | 'MIGRATION_CHECKSUM_MISMATCH'
  | 'CATALOG_NOT_SEEDED'
  | 'INVALID_ARGUMENT'
  | 'INTEGER_OUT_OF_RANGE'
  /** The database did not reach a caller's bookmarks in time (a causal chain's wait, or the server's own). */
  | 'BOOKMARK_TIMEOUT'
  /** The server cannot use a bookmark a caller passed in (not one of its bookmarks). */
  | 'INVALID_BOOKMARK'
  | 'UNKNOWN';

/** The one error type of @liftgraph/neo4j; `code` is what callers switch on, never the message. */
export class Neo4jStoreError extends Error {
  override readonly name = 'Neo4jStoreError';
  constructor(
    readonly code: Neo4jStoreErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

// Keyed on the server/driver `code` (stable across versions), never on message text.
const EXACT: Readonly<Record<string, Neo4jStoreErrorCode>> = {
  'Neo.ClientError.Schema.ConstraintValidationFailed': 'CONFLICT',
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists': 'CONFLICT',
  'Neo.ClientError.Security.Unauthorized': 'AUTH',
  'Neo.ClientError.Security.AuthenticationRateLimit': 'AUTH',
  'Neo.ClientError.Security.Forbidden': 'AUTH',
  'Neo.ClientError.Database.DatabaseNotFound': 'DATABASE_NOT_FOUND',
  'Neo.TransientError.Transaction.BookmarkTimeout': 'BOOKMARK_TIMEOUT',
  'Neo.ClientError.Transaction.InvalidBookmark': 'INVALID_BOOKMARK',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture': 'INVALID_BOOKMARK',
  ServiceUnavailable: 'UNAVAILABLE',
  SessionExpired: 'UNAVAILABLE',
};

/** Maps a driver error code to a package error code. */
export function storeErrorCode(driverCode: string | undefined): Neo4jStoreErrorCode {
  if (driverCode === undefined) return 'UNKNOWN';
  const exact = EXACT[driverCode];
  if (exact !== undefined) return exact;
  if (driverCode.startsWith('Neo.TransientError.')) return 'TRANSIENT';
  if (driverCode.startsWith('Neo.ClientError.Statement.')) return 'BAD_QUERY';
  return 'UNKNOWN';
}

/** Wraps anything thrown by the driver; package errors and non-driver errors pass through unchanged. */
export function toStoreError(error: unknown, op: string): unknown {
  if (error instanceof Neo4jStoreError || !(error instanceof Neo4jError)) return error;
  const code = storeErrorCode(error.code);
  return new Neo4jStoreError(code, `${op}: Neo4j said ${error.code}: ${error.message}`, { cause: error });
}
