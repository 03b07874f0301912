import { describe, expect, it } from 'vitest';
import type { LoggedSession } from '../log/workout-log.js';
import { muscleFatigueFraction } from './advance-days.js';
import type { PlannedSession } from './prescription-types.js';
import { createAthlete, type SimAthlete } from './sim-athlete.js';
import { simulateSession } from './simulate-session.js';

const athlete = (): SimAthlete => createAthlete({ sex: 'male', trainingAgeYears: 2, bodyMassKg: 80, adherence: 1 }, 11);
const BENCH_DAY: PlannedSession = {
  title: 'Bench',
  prescriptions: [{ exerciseId: 'barbell-bench-press', sets: 3, reps: 8, loadKg: 60, restSec: 150 }],
};
const CHEST = 5; // MUSCLE_GROUP_IDS.indexOf('chest')

const workingReps = (s: LoggedSession | null): number[] =>
  (s?.performances ?? []).flatMap((p) => p.sets.filter((x) => x.type === 'working').map((x) => x.reps ?? 0));

describe('simulateSession', () => {
  it('should be pure and deterministic: same athlete, date and plan give the same session', () => {
    const a = athlete();
    const first = simulateSession(a, '1970-01-05', BENCH_DAY);
    const second = simulateSession(a, '1970-01-05', BENCH_DAY);
    expect(first.session).toEqual(second.session);
    expect(a.day).toBe(0);
    expect(first.athlete.day).toBe(4);
  });

  it('should log a session in the WorkoutLog model with catalog names, kg loads and warm-ups before compounds', () => {
    const { session } = simulateSession(athlete(), '1970-01-05', BENCH_DAY);
    expect(session?.date).toBe('1970-01-05');
    expect(session?.performances[0]?.exerciseName).toBe('Barbell Bench Press');
    const sets = session?.performances[0]?.sets ?? [];
    expect(sets.map((s) => s.type)).toEqual(['warmup', 'warmup', 'working', 'working', 'working']);
    expect(sets[2]?.weightKg).toBe(60);
    expect(session?.durationMin).toBeGreaterThan(5);
    expect(session?.sessionRpe).toBeGreaterThanOrEqual(1);
  });

  it('should raise fatigue and missed reps when weekly volume is far above MRV', () => {
    const run = (setsPerSession: number): { fatigue: number; missed: number } => {
      let a = athlete();
      let missed = 0;
      for (let day = 0; day < 28; day += 2) {
        const plan: PlannedSession = {
          title: 'Chest',
          prescriptions: [{ exerciseId: 'barbell-bench-press', sets: setsPerSession, reps: 8, loadKg: 65, restSec: 150 }],
        };
        const out = simulateSession(a, `1970-01-${String(day + 1).padStart(2, '0')}`, plan);
        if (day >= 14) missed += workingReps(out.session).reduce((sum, r) => sum + (8 - r), 0) / setsPerSession;
        a = out.athlete;
      }
      return { fatigue: muscleFatigueFraction(a.fatigue[CHEST] ?? 0, 1), missed };
    };
    const moderate = run(3); // ~10 sets/week
    const excessive = run(10); // ~35 sets/week, beyond the chest MRV of 22 (docs/science.md §Volume landmarks)
    expect(excessive.fatigue).toBeGreaterThan(2 * moderate.fatigue);
    expect(excessive.missed).toBeGreaterThan(moderate.missed);
  });

  it('should skip sessions at the adherence rate', () => {
    let a = createAthlete({ sex: 'female', trainingAgeYears: 1, bodyMassKg: 60, adherence: 0.5 }, 5);
    let done = 0;
    for (let day = 1; day <= 200; day++) {
      const out = simulateSession(a, new Date(Date.UTC(1970, 0, day)).toISOString().slice(0, 10), BENCH_DAY);
      if (out.session) done += 1;
      a = out.athlete;
    }
    expect(done).toBeGreaterThan(70);
    expect(done).toBeLessThan(130);
  });

  it.each([
    [{ sets: 0 }, /sets must be an integer in \[1, 20\], got 0/],
    [{ reps: 2.5 }, /reps must be an integer in \[1, 100\], got 2.5/],
    [{ loadKg: -5 }, /loadKg must be a finite number ≥ 0, got -5/],
  ])('should reject a prescription with %o', (override, message) => {
    const bad = {
      title: 'x',
      prescriptions: [{ exerciseId: 'barbell-bench-press', sets: 3, reps: 8, loadKg: 60, restSec: 90, ...override }],
    };
    expect(() => simulateSession(athlete(), '1970-01-05', bad)).toThrowError(message);
  });

  it('should refuse to go back in time', () => {
    const later = simulateSession(athlete(), '1970-02-01', BENCH_DAY).athlete;
    expect(() => simulateSession(later, '1970-01-05', BENCH_DAY)).toThrowError(/before the athlete's current day/);
  });
});
