import { describe, expect, it } from 'vitest';
import { currentProgram, rirFromRpe, todaysSession } from './today';

describe('currentProgram', () => {
  const p = (id: string, status: string) => ({ id, status, daysPerWeek: 5, createdAt: '2025-01-01' });

  it('should prefer the newest active program over newer drafts', () => {
    expect(currentProgram([p('draft', 'draft'), p('a', 'active'), p('b', 'active')])?.id).toBe('a');
  });

  it('should fall back to the newest program, or null when there is none', () => {
    expect(currentProgram([p('d1', 'draft'), p('d2', 'draft')])?.id).toBe('d1');
    expect(currentProgram([])).toBeNull();
  });
});

describe('todaysSession', () => {
  const weeks = [0, 1].map((index) => ({ index, days: [0, 1, 2].map((d) => ({ index: d, label: `w${index + 1}d${d + 1}` })) }));

  it.each([
    [0, 'w1d1'],
    [2, 'w1d3'],
    [3, 'w2d1'],
    [5, 'w2d3'],
    [31, 'w2d3'],
    [-1, 'w1d1'],
  ])('should make the session after %i completed sessions %s', (completed, label) => {
    expect(todaysSession(weeks, completed)?.day.label).toBe(label);
  });

  it('should have no session in a block without days', () => {
    expect(todaysSession([], 0)).toBeNull();
    expect(todaysSession([{ index: 0, days: [] }], 2)).toBeNull();
  });
});

describe('rirFromRpe', () => {
  it('should convert RPE 8 to 2 RIR and keep null', () => {
    expect(rirFromRpe(8)).toBe(2);
    expect(rirFromRpe(null)).toBeNull();
  });
});
