import { describe, expect, it } from 'vitest';
import { advanceToDay } from './advance-days.js';
import { performSession } from './perform-session.js';
import { type AthleteParams, cloneAthlete, createAthlete, trueOneRepMaxKg } from './sim-athlete.js';

const NOVICE_MAN: AthleteParams = { sex: 'male', trainingAgeYears: 0, bodyMassKg: 80, adherence: 1 };

describe('createAthlete', () => {
  it('should make trained athletes stronger than untrained ones, and women weaker in the upper body', () => {
    const novice = createAthlete(NOVICE_MAN, 1);
    const advanced = createAthlete({ ...NOVICE_MAN, trainingAgeYears: 8 }, 1);
    const woman = createAthlete({ ...NOVICE_MAN, sex: 'female' }, 1);
    expect(trueOneRepMaxKg(advanced, 'barbell-bench-press')).toBeGreaterThan(1.5 * trueOneRepMaxKg(novice, 'barbell-bench-press'));
    expect(trueOneRepMaxKg(woman, 'barbell-bench-press')).toBeLessThan(0.6 * trueOneRepMaxKg(novice, 'barbell-bench-press'));
  });

  it('should give an untrained 80 kg man a plausible bench press (0.5–0.8 × bodyweight)', () => {
    const benchKg = trueOneRepMaxKg(createAthlete(NOVICE_MAN, 2), 'barbell-bench-press');
    expect(benchKg).toBeGreaterThan(40);
    expect(benchKg).toBeLessThan(64);
  });

  it.each([
    [{ bodyMassKg: 10 }, /bodyMassKg must be in \[30, 250\], got 10/],
    [{ adherence: 1.5 }, /adherence must be in \[0, 1\], got 1.5/],
    [{ trainingAgeYears: -1 }, /trainingAgeYears must be in \[0, 60\], got -1/],
  ])('should reject %o', (override, message) => {
    expect(() => createAthlete({ ...NOVICE_MAN, ...override }, 1)).toThrowError(message);
  });

  it('should throw UNKNOWN_EXERCISE for ids outside the catalog', () => {
    expect(() => trueOneRepMaxKg(createAthlete(NOVICE_MAN, 1), 'underwater-basket-press')).toThrowError(/not a LIFTGRAPH catalog id/);
  });
});

describe('cloneAthlete', () => {
  it('should make an independent copy', () => {
    const a = createAthlete(NOVICE_MAN, 3);
    const b = cloneAthlete(a);
    advanceToDay(b, 30);
    expect(a.day).toBe(0);
    expect(b.day).toBe(30);
    expect(a.fitness).not.toBe(b.fitness);
  });
});

describe('transfer', () => {
  it('should raise front squat a bit when only back squat is trained, less than back squat itself', () => {
    const athlete = createAthlete(NOVICE_MAN, 4);
    const before = {
      back: trueOneRepMaxKg(athlete, 'barbell-back-squat'),
      front: trueOneRepMaxKg(athlete, 'barbell-front-squat'),
      curl: trueOneRepMaxKg(athlete, 'barbell-curl'),
    };
    for (let week = 0; week < 8; week++) {
      for (const dow of [0, 2, 4]) {
        performSession(athlete, 7 * week + dow, {
          title: 'Squat',
          prescriptions: [{ exerciseId: 'barbell-back-squat', sets: 4, reps: 6, loadKg: 45, restSec: 180 }],
        });
      }
    }
    advanceToDay(athlete, 7 * 8);
    const backGain = trueOneRepMaxKg(athlete, 'barbell-back-squat') / before.back - 1;
    const frontGain = trueOneRepMaxKg(athlete, 'barbell-front-squat') / before.front - 1;
    expect(frontGain).toBeGreaterThan(0.02);
    expect(frontGain).toBeLessThan(backGain);
    expect(trueOneRepMaxKg(athlete, 'barbell-curl') / before.curl - 1).toBeLessThan(frontGain);
  });
});
