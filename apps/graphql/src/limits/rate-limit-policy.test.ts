import { describe, expect, it } from 'vitest';
import { describeRateLimit, parseRateLimit } from './rate-limit-policy.js';

describe('parseRateLimit', () => {
  it.each([
    ['120/10m', { max: 120, windowMs: 600_000 }],
    ['600/600s', { max: 600, windowMs: 600_000 }],
    [' 20 / 1h ', { max: 20, windowMs: 3_600_000 }],
    ['1/1s', { max: 1, windowMs: 1_000 }],
  ])('should read %s', (text, policy) => {
    expect(parseRateLimit(text)).toEqual(policy);
  });

  it.each(['off', 'OFF', ' off '])('should read %s as no limit', (text) => {
    expect(parseRateLimit(text)).toBeNull();
  });

  it.each(['', '120', '120/10', '0/10m', '-1/10m', '12.5/10m', '10/0s', '10/10d', '10/169h', 'ten/10m', '10/10m/2'])(
    'should refuse "%s" stating the expected form',
    (text) => {
      expect(() => parseRateLimit(text)).toThrowError(
        `expected <max>/<window> with max ≥ 1 and a window of 1s to 168h in s, m or h (e.g. 120/10m), or off; got "${text}"`,
      );
    },
  );
});

describe('describeRateLimit', () => {
  it.each([
    [{ max: 120, windowMs: 600_000 }, '120 per 10 min'],
    [{ max: 20, windowMs: 3_600_000 }, '20 per 1 h'],
    [{ max: 3, windowMs: 90_000 }, '3 per 90 s'],
  ])('should describe %o as %s', (policy, text) => {
    expect(describeRateLimit(policy)).toBe(text);
  });
});
