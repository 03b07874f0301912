import { describe, expect, it } from 'vitest';
import { currentProgram, nextDayIndex, rirFromRpe } from './today';

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

describe('nextDayIndex', () => {
  it.each([
    [0, 30, 0],
    [3, 30, 3],
    [7, 30, 7],
    [31, 30, 29],
    [-1, 30, 0],
  ])('should make day index after %i completed sessions of %i days %i', (completed, days, expected) => {
    expect(nextDayIndex(completed, days)).toBe(expected);
  });
});

describe('rirFromRpe', () => {
  it('should convert RPE 8 to 2 RIR and keep null', () => {
    expect(rirFromRpe(8)).toBe(2);
    expect(rirFromRpe(null)).toBeNull();
  });
});
