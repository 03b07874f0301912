import { afterEach, describe, expect, it, vi } from 'vitest';
import { realLogsAvailable } from './real-logs.js';

afterEach(() => vi.restoreAllMocks());

describe('realLogsAvailable', () => {
  it('should throw under CI when the shared real logs are missing', () => {
    expect(() => realLogsAvailable('/nowhere/real-logs', { CI: 'true' })).toThrow(
      /CI: the real-data tests need the shared real logs; missing in \/nowhere\/real-logs: strong-dstanek\.csv/,
    );
  });

  it('should warn and skip outside CI', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(realLogsAvailable('/nowhere/real-logs', {})).toBe(false);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/SKIPPED/);
  });
});
