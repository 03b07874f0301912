import { describe, expect, it } from 'vitest';
import { dayState } from './program.mapper.js';

const TODAY = '2026-12-09';

describe('dayState as of the athlete today', () => {
  it("should keep today's planned day 'today' until a session fulfils it, never 'missed'", () => {
    expect(dayState({ date: TODAY, status: 'planned' }, null, TODAY)).toBe('today');
    expect(dayState({ date: TODAY, status: 'planned' }, 'a/s1', TODAY)).toBe('done');
  });

  it("should call a planned day before today without a session 'missed', and a later one 'upcoming'", () => {
    expect(dayState({ date: '2026-12-08', status: 'planned' }, null, TODAY)).toBe('missed');
    expect(dayState({ date: '2026-12-10', status: 'planned' }, null, TODAY)).toBe('upcoming');
    expect(dayState({ date: '2026-12-08', status: 'skipped' }, null, TODAY)).toBe('skipped');
  });
});
