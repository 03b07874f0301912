import { addDays } from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import { athleteStatus, complianceOf } from './athlete-status.js';

const TODAY = '2025-03-31';
const daily = (days: number, load: (i: number) => number) =>
  Array.from({ length: days }, (_, i) => ({ date: addDays(TODAY, i - days + 1), load: load(i) }));

describe('athleteStatus', () => {
  it('should flag ACWR > 1.5 when the last week is far above the chronic load', () => {
    const loads = daily(56, (i) => (i >= 49 ? 900 : 300));
    const s = athleteStatus({ athleteId: 'a', today: TODAY, loads, lastSessionDate: TODAY, activeProgram: null });
    expect(s.acwr).toBeGreaterThan(1.5);
    expect(s.flags.map((f) => f.code)).toContain('ACWR_HIGH');
  });

  it('should flag a monotony spike when every day carries the same load', () => {
    const loads = daily(56, (i) => 400 + (i % 2));
    const s = athleteStatus({ athleteId: 'a', today: TODAY, loads, lastSessionDate: TODAY, activeProgram: null });
    expect(s.flags.map((f) => f.code)).toContain('MONOTONY_SPIKE');
  });

  it('should flag missed sessions without a program after 8 idle days', () => {
    const s = athleteStatus({ athleteId: 'a', today: TODAY, loads: [], lastSessionDate: addDays(TODAY, -9), activeProgram: null });
    expect(s.flags).toEqual([{ code: 'MISSED_SESSIONS', message: 'no session for 9 days' }]);
  });
});

describe('complianceOf', () => {
  // A Mon/Wed/Fri week from 2025-03-24; today Monday 2025-03-31.
  const days = (done: boolean[], skipped: string[] = []) =>
    ['2025-03-24', '2025-03-26', '2025-03-28', '2025-03-31', '2025-04-02'].map((date, i) => ({
      date,
      status: skipped.includes(date) ? ('skipped' as const) : ('planned' as const),
      done: done[i] === true,
    }));
  const program = (d: ReturnType<typeof days>, unlinkedDates: string[] = []) => ({
    athleteId: 'a',
    programId: 'p',
    startDate: '2025-03-24',
    days: d,
    unlinkedDates,
  });

  it('should count the planned days dated before today and those a logged session fulfils; today is not due while not done', () => {
    expect(complianceOf(program(days([true, false, true])), TODAY)).toEqual({ programId: 'p', completed: 2, prescribed: 3, ratio: 2 / 3 });
  });

  it("should count today's day once a session fulfils it", () => {
    expect(complianceOf(program(days([true, false, true, true])), TODAY)).toEqual({
      programId: 'p',
      completed: 3,
      prescribed: 4,
      ratio: 0.75,
    });
  });

  it("should count today's day when a session without a program day was logged today", () => {
    expect(complianceOf(program(days([true, true, true]), [TODAY]), TODAY)).toMatchObject({ completed: 4, prescribed: 4 });
  });

  it('should not count a skipped day as scheduled', () => {
    expect(complianceOf(program(days([true, false, true, true], ['2025-03-26'])), TODAY)).toMatchObject({
      completed: 3,
      prescribed: 3,
      ratio: 1,
    });
  });

  it('should count sessions logged without a program day since the start, capped at what was due', () => {
    expect(complianceOf(program(days([]), ['2025-03-20', '2025-03-25', '2025-04-01']), TODAY)).toMatchObject({
      completed: 1,
      prescribed: 3,
    });
    expect(complianceOf(program(days([true, true, true, true]), ['2025-03-25']), TODAY)).toMatchObject({ completed: 4, prescribed: 4 });
  });

  it('should give a null ratio (never "1 of 0") before the first day is due', () => {
    expect(complianceOf(program(days([]), ['2025-03-23']), '2025-03-23')).toEqual({
      programId: 'p',
      completed: 0,
      prescribed: 0,
      ratio: null,
    });
  });

  it('should give prescribed 0, a null ratio and no MISSED_SESSIONS flag for a program that starts today with nothing logged', () => {
    const startsToday = {
      athleteId: 'a',
      programId: 'p',
      startDate: TODAY,
      days: [{ date: TODAY, status: 'planned' as const, done: false }],
      unlinkedDates: [],
    };
    expect(complianceOf(startsToday, TODAY)).toEqual({ programId: 'p', completed: 0, prescribed: 0, ratio: null });
    const s = athleteStatus({ athleteId: 'a', today: TODAY, loads: [], lastSessionDate: null, activeProgram: startsToday });
    expect(s.compliance).toEqual({ programId: 'p', completed: 0, prescribed: 0, ratio: null });
    expect(s.flags).toEqual([]);
  });
});
