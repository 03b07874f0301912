import { describe, expect, it } from 'vitest';
import { timeLeftText } from './expiry';

describe('timeLeftText', () => {
  const now = new Date('2026-12-07T08:00:00Z');

  it('should count whole days, then hours, then minutes', () => {
    expect(timeLeftText('2026-12-14T08:00:00Z', now)).toBe('in 7 days');
    expect(timeLeftText('2026-12-08T07:59:00Z', now)).toBe('in 23 hours');
    expect(timeLeftText('2026-12-07T09:00:00Z', now)).toBe('in 1 hour');
    expect(timeLeftText('2026-12-07T08:12:30Z', now)).toBe('in 12 minutes');
    expect(timeLeftText('2026-12-07T08:00:20Z', now)).toBe('in 1 minute');
  });

  it('should say expired at and after the expiry', () => {
    expect(timeLeftText('2026-12-07T08:00:00Z', now)).toBe('expired');
    expect(timeLeftText('2026-12-01T00:00:00Z', now)).toBe('expired');
  });

  it('should give nothing for a value that is not a date', () => {
    expect(timeLeftText('soon', now)).toBe('');
  });
});
