import { describe, expect, it } from 'vitest';
import { loadEnv } from '../env.js';

describe('account limits from the environment', () => {
  it('should default to 10 sign-ups/h, 30 invite code tries and 10 resets per 15 min per address, 20 invites/h per coach', () => {
    const env = loadEnv({});
    expect([env.RATE_LIMIT_SIGN_UP, env.RATE_LIMIT_INVITE_CODE, env.RATE_LIMIT_RESET_PASSWORD, env.RATE_LIMIT_CREATE_INVITE]).toEqual([
      { max: 10, windowMs: 3_600_000 },
      { max: 30, windowMs: 900_000 },
      { max: 10, windowMs: 900_000 },
      { max: 20, windowMs: 3_600_000 },
    ]);
  });

  it('should accept off and refuse a malformed limit naming the variable', () => {
    expect(loadEnv({ RATE_LIMIT_SIGN_UP: 'off' }).RATE_LIMIT_SIGN_UP).toBeNull();
    expect(() => loadEnv({ RATE_LIMIT_INVITE_CODE: 'lots' })).toThrow(/RATE_LIMIT_INVITE_CODE: expected <max>\/<window>/);
  });
});
