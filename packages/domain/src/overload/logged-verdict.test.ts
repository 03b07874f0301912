import { describe, expect, it } from 'vitest';
import type { LoggedWorkoutSet } from '../science/logged-workout.js';
import { readLoggedExercise, shortDate } from './logged-verdict.js';

const set = (reps: number | null, extra: Partial<LoggedWorkoutSet> = {}): LoggedWorkoutSet => ({ weightKg: 100, reps, ...extra });
const asked = { reps: 5, targetRpe: 8, loadKg: 100 };
const read = (sets: LoggedWorkoutSet[]) => readLoggedExercise(sets, asked, '2026-12-07');

describe('shortDate', () => {
  it.each([
    ['2026-12-07', 'Mon 7 Dec'],
    ['2026-12-09', 'Wed 9 Dec'],
    ['2027-01-03', 'Sun 3 Jan'],
  ])('names %s as %s', (date, name) => expect(shortDate(date)).toBe(name));
});

describe('readLoggedExercise', () => {
  it('counts reps short over done sets and blank sets, with the lowest RIR logged on a short set', () => {
    const r = read([set(5), set(4, { rir: 1 }), set(3, { rpe: 10 }), set(null, { done: false })]);
    expect(r).toMatchObject({ verdict: 'missed', repsShort: 1 + 2 + 5, setsNotDone: 1, shortRir: 0 });
    expect(r.cause).toBe('8 reps short at RIR 0 (1 set not done) on Mon 7 Dec');
  });

  it('reads reserve at the prescribed reps: logged RIR plus reps beyond the target; the hardest set decides', () => {
    // 7 reps at RIR 1 = 3 in reserve at 5 reps; 5 reps at RIR 3 = 3; 6 unlogged = target 2 + 1 = 3 → easy (3 − 2 > 0.5).
    const easy = read([set(7, { rir: 1 }), set(5, { rir: 3 }), set(6)]);
    expect(easy).toMatchObject({ verdict: 'easy', hardestRir: 3, targetRir: 2 });
    expect(easy.cause).toBe('all 7, 5, 6 reps (5 asked) at RIR 1 on Mon 7 Dec (target RIR 2)');
    // One set at RIR 2 makes the whole session on target.
    expect(read([set(5, { rir: 4 }), set(5, { rir: 2 })]).verdict).toBe('on-target');
  });

  it('calls every rep done at RPE 9.5 for a target of 8 hard, and within ±0.5 RPE on target', () => {
    expect(read([set(5, { rpe: 9.5 }), set(5, { rpe: 9.5 })]).verdict).toBe('hard');
    expect(read([set(5, { rpe: 8.5 })]).verdict).toBe('on-target');
    expect(read([set(5, { rpe: 7.5 })]).verdict).toBe('on-target');
  });

  it('calls sets with no effort logged and exactly the reps asked on target', () => {
    expect(read([set(5), set(5)])).toMatchObject({
      verdict: 'on-target',
      hardestRir: null,
      cause: 'all 2 × 5 (no RIR logged) on Mon 7 Dec (target RIR 2)',
    });
  });

  it('leaves warm-ups out and shows the best e1RM and reps to failure of the done sets', () => {
    const r = read([set(10, { warmup: true, weightKg: 60 }), set(5, { rir: 2 }), set(5)]);
    expect(r.done).toHaveLength(2);
    // 100 × (1 + (5 + 2)/30) = 123.3; the unlogged set counts 1 RIR: 120.
    expect(r.shownE1RmKg).toBeCloseTo(123.33, 2);
    expect(r.meanE1RmKg).toBeCloseTo((123.33 + 120) / 2, 2);
    expect(r.shownToFailure).toBe(7);
  });

  it('says nothing was done when every working set is blank', () => {
    expect(read([set(null, { done: false }), set(8, { warmup: true })])).toMatchObject({
      verdict: 'not-done',
      repsShort: 5,
      shownE1RmKg: null,
    });
  });
});
