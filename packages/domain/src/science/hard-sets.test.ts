import { describe, expect, it } from 'vitest';
import type { MuscleTarget } from '../exercise/exercise.js';
import { isHardSet, type HardSetCandidate, type MuscleSetEntry, weeklyHardSetsPerMuscle } from './hard-sets.js';

const working: HardSetCandidate = { type: 'working', reps: 8, rpe: null, rir: null };
const benchTargets: MuscleTarget[] = [
  { muscle: 'chest', role: 'primary', share: 0.6 },
  { muscle: 'triceps', role: 'secondary', share: 0.25 },
  { muscle: 'shoulders', role: 'secondary', share: 0.15 },
];
const entry = (date: string, set: HardSetCandidate, targets = benchTargets): MuscleSetEntry => ({ date, targets, set });

describe('isHardSet', () => {
  it.each([
    [working, true], // effort not logged: counts
    [{ ...working, rir: 4 }, true], // 4 RIR is the limit (docs/science.md §Hard sets)
    [{ ...working, rir: 5 }, false],
    [{ ...working, rpe: 6 }, true], // RPE 6 = 4 RIR
    [{ ...working, rpe: 5.5 }, false],
    [{ ...working, type: 'warmup' }, false],
    [{ ...working, type: 'drop' }, true],
    [{ ...working, reps: 0 }, false],
    [{ ...working, reps: null }, false],
  ] as const)('should classify %o as hard = %s', (set, expected) => {
    expect(isHardSet(set)).toBe(expected);
  });
});

describe('weeklyHardSetsPerMuscle', () => {
  it('should count primary targets 1 and secondary 0.5 when sets fall in the week', () => {
    const entries = [
      entry('2024-03-04', working),
      entry('2024-03-06', working),
      entry('2024-03-10', working), // Sunday, last day of the week
      entry('2024-03-06', { ...working, type: 'warmup' }),
      entry('2024-03-06', { ...working, rpe: 5 }), // 5 RIR: not hard
      entry('2024-03-11', working), // next week
      entry('2024-03-03', working), // previous week
    ];
    expect(weeklyHardSetsPerMuscle(entries, '2024-03-04')).toEqual({ chest: 3, triceps: 1.5, shoulders: 1.5 });
  });

  it('should count a muscle once per set at its larger weight when it is listed twice', () => {
    const doubled: MuscleTarget[] = [
      { muscle: 'quadriceps', role: 'primary', share: 0.5 },
      { muscle: 'quadriceps', role: 'secondary', share: 0.5 },
    ];
    expect(weeklyHardSetsPerMuscle([entry('2024-03-05', working, doubled)], '2024-03-04')).toEqual({ quadriceps: 1 });
  });

  it('should reject a malformed week start', () => {
    expect(() => weeklyHardSetsPerMuscle([], '2024-3-4')).toThrowError(/YYYY-MM-DD, got "2024-3-4"/);
  });
});
