import { describe, expect, it } from 'vitest';
import { loadEnv } from '../env.js';

describe('rate limit settings', () => {
  it('should default to limits no single portal user reaches', () => {
    const env = loadEnv({});
    expect(env.RATE_LIMIT_GENERATE_PROGRAM).toEqual({ max: 120, windowMs: 600_000 });
    expect(env.RATE_LIMIT_PREDICTIONS).toEqual({ max: 600, windowMs: 600_000 });
    expect(env.RATE_LIMIT_TRAIN_MODEL).toEqual({ max: 20, windowMs: 3_600_000 });
  });

  it('should read a limit and off from the environment', () => {
    const env = loadEnv({ RATE_LIMIT_GENERATE_PROGRAM: '5/1m', RATE_LIMIT_PREDICTIONS: 'off' });
    expect(env.RATE_LIMIT_GENERATE_PROGRAM).toEqual({ max: 5, windowMs: 60_000 });
    expect(env.RATE_LIMIT_PREDICTIONS).toBeNull();
  });

  it('should refuse a malformed limit at start, naming the variable and the fix', () => {
    expect(() => loadEnv({ RATE_LIMIT_TRAIN_MODEL: '20 per hour' })).toThrowError(
      /RATE_LIMIT_TRAIN_MODEL: expected <max>\/<window> .* got "20 per hour"\. Fix the variables in \.env/,
    );
  });
});
