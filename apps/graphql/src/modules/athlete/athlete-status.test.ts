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
  it.each([
    ['2025-03-25', 1, { prescribed: 3, ratio: 1 / 3 }], // 7 days × 3/week
    ['2025-03-31', 0, { prescribed: 0, ratio: null }], // first day: nothing due yet
    ['2024-01-01', 12, { prescribed: 12, ratio: 1 }], // capped at 4 weeks × 3
  ])('should compare completed with sessions due since %s', (startDate, completed, expected) => {
    const c = complianceOf({ athleteId: 'a', programId: 'p', daysPerWeek: 3, weeks: 4, startDate, completed }, TODAY);
    expect(c).toMatchObject(expected);
  });
});
