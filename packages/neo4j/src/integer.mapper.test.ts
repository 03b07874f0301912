import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNeo4jInt, toNullableNumber, toNumber } from './integer.mapper.js';

describe('toNumber', () => {
  it.each([
    [neo4j.int(42), 42],
    [3.5, 3.5],
    [BigInt(7), 7],
  ])('should read %s as %d', (value, expected) => {
    expect(toNumber(value, 'x')).toBe(expected);
  });

  it('should refuse integers outside the safe JS range instead of losing precision', () => {
    expect(() => toNumber(neo4j.int('9007199254740993'), 'count')).toThrowError(/count = 9007199254740993 is outside the safe/);
  });

  it('should name the field when the value is not a number', () => {
    expect(() => toNumber('12', 'reps')).toThrowError(/reps must be a number, got string/);
    expect(toNullableNumber(null, 'rpe')).toBeNull();
  });
});

describe('toNeo4jInt', () => {
  it('should build Integers for LIMIT and reject fractions', () => {
    expect(neo4j.isInt(toNeo4jInt(10, 'limit'))).toBe(true);
    expect(() => toNeo4jInt(2.5, 'limit')).toThrowError(/limit must be a safe integer, got 2.5/);
  });
});
