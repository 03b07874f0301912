import { afterEach, describe, expect, it, vi } from 'vitest';
import { inCi, requireSharedData } from './real-data.js';

afterEach(() => vi.restoreAllMocks());

describe('requireSharedData', () => {
  it('should let the tests run when the shared data is there, CI or not', () => {
    expect(requireSharedData(true, 'the tests', '/nowhere', { CI: 'true' })).toBe(true);
    expect(requireSharedData(true, 'the tests', '/nowhere', {})).toBe(true);
  });

  it('should throw under CI when the shared data is missing (the test file then fails at import)', () => {
    for (const CI of ['true', '1', 'yes'])
      expect(() => requireSharedData(false, 'the real-log tests', '/nowhere/real-logs', { CI })).toThrow(
        /CI: the real-log tests need the shared data, and \/nowhere\/real-logs is missing/,
      );
  });

  it('should skip loudly outside CI', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const CI of [undefined, '', '0', 'false']) expect(requireSharedData(false, 'the real-log tests', '/nowhere', { CI })).toBe(false);
    expect(warn).toHaveBeenCalledTimes(4);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/!!! SKIPPING the real-log tests: \/nowhere is missing/);
    expect(inCi({ CI: 'FALSE' })).toBe(false);
  });
});
