import neo4j, { type Integer } from 'neo4j-driver';
import { Neo4jStoreError } from './errors.js';

/**
 * A Neo4j value as a JS number: Integer (range-checked, never silently lossy), bigint or float.
 * Throws for anything else, naming the field so the bad record can be found.
 */
export function toNumber(value: unknown, field: string): number {
  if (typeof value === 'number') return value;
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    if (!int.inSafeRange()) {
      throw new Neo4jStoreError('INTEGER_OUT_OF_RANGE', `${field} = ${int.toString()} is outside the safe JS integer range`);
    }
    return int.toNumber();
  }
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new Neo4jStoreError('INTEGER_OUT_OF_RANGE', `${field} = ${value} is outside the safe JS integer range`);
    }
    return Number(value);
  }
  throw new Neo4jStoreError('INVALID_ARGUMENT', `${field} must be a number, got ${value === null ? 'null' : typeof value}`);
}

/** `toNumber`, with null/undefined passed through as null. */
export function toNullableNumber(value: unknown, field: string): number | null {
  return value === null || value === undefined ? null : toNumber(value, field);
}

/** A string property, or a clear error naming the field. */
export function toStringValue(value: unknown, field: string): string {
  if (typeof value === 'string') return value;
  throw new Neo4jStoreError('INVALID_ARGUMENT', `${field} must be a string, got ${value === null ? 'null' : typeof value}`);
}

export function toNullableString(value: unknown, field: string): string | null {
  return value === null || value === undefined ? null : toStringValue(value, field);
}

/** A JS integer for LIMIT/SKIP and integer properties (JS numbers travel as floats otherwise). */
export function toNeo4jInt(value: number, field: string): Integer {
  if (!Number.isSafeInteger(value)) throw new Neo4jStoreError('INVALID_ARGUMENT', `${field} must be a safe integer, got ${value}`);
  return neo4j.int(value);
}
