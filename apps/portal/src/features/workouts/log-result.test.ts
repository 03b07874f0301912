import { describe, expect, it } from 'vitest';
import { adjustmentLine, groupAdjustments, recordLine } from './log-result-text';

const change = (date: string, exerciseName: string, reason: string, order = 0) => ({ week: 0, day: 0, order, date, exerciseName, reason });

describe('groupAdjustments', () => {
  it("should keep each exercise's nearest change and count the later sessions it was carried into", () => {
    const groups = groupAdjustments([
      change('2026-12-30', 'Nordic Hamstring Curl', 'later'),
      change('2026-12-18', 'Nordic Hamstring Curl', '−1 rep: 2 × 5 at RIR 2 on Wed 16 Dec'),
      change('2026-12-16', 'Dumbbell Bench Press', '−2 kg per hand: 2 reps short at RIR 0 on Mon 14 Dec'),
      change('2027-01-06', 'Nordic Hamstring Curl', 'later'),
    ]);
    expect(groups.map((g) => [adjustmentLine(g.first), g.later])).toEqual([
      ['Wed 16 Dec: Dumbbell Bench Press — −2 kg per hand: 2 reps short at RIR 0 on Mon 14 Dec', 0],
      ['Fri 18 Dec: Nordic Hamstring Curl — −1 rep: 2 × 5 at RIR 2 on Wed 16 Dec', 2],
    ]);
    expect(groupAdjustments([])).toEqual([]);
  });
});

describe('recordLine', () => {
  const record = {
    exerciseId: 'b',
    exerciseName: 'Bench Press',
    date: '2026-12-14',
    sessionId: 's',
    weightKg: 80,
    reps: 6,
    e1rmKg: 96,
    previousBest: 94,
  };

  it('should word an e1RM record with the set that made it and a rep record with the previous best', () => {
    expect(recordLine({ ...record, kind: 'e1rm' })).toBe('Bench Press: e1RM 96 kg (was 94 kg) — 80 kg × 6');
    expect(recordLine({ ...record, kind: 'reps', previousBest: 5 })).toBe('Bench Press: 6 reps at 80 kg (best was 5)');
    expect(recordLine({ ...record, kind: 'reps', previousBest: null })).toBe('Bench Press: 6 reps at 80 kg (first time)');
  });
});
