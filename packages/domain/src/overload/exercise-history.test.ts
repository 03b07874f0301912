import { describe, expect, it } from 'vitest';
import { CAPACITY_RULES, estimateCapacity } from '../capacity/estimate-capacity.js';
import { impliedE1RmKg } from '../capacity/implied-e1rm.js';
import { sessionE1RmKg } from './exercise-history.js';
import type { ExerciseSession, PerformedSet } from './overload-types.js';

const session = (...sets: PerformedSet[]): ExerciseSession => ({ date: '2024-03-04', targetReps: 5, sets });

describe('sessionE1RmKg', () => {
  it('should read sets with the capacity convention: unlogged at CAPACITY_RULES.unloggedRir, logged RIR counted up to maxCountedRir', () => {
    expect(sessionE1RmKg(session({ weightKg: 100, reps: 5 }))).toBeCloseTo(impliedE1RmKg(100, 5, CAPACITY_RULES.unloggedRir), 9);
    expect(sessionE1RmKg(session({ weightKg: 100, reps: 5, rpe: 10 }))).toBeCloseTo(100 * (1 + 5 / 30), 9);
    expect(sessionE1RmKg(session({ weightKg: 100, reps: 5, rir: 8 }))).toBeCloseTo(impliedE1RmKg(100, 5, CAPACITY_RULES.maxCountedRir), 9);
    expect(sessionE1RmKg(session({ weightKg: 100, reps: 1, rir: 0 }))).toBe(100);
  });

  it('should agree with the capacity estimate of the same single session', () => {
    const sets: PerformedSet[] = [
      { weightKg: 140, reps: 3, rpe: 9 },
      { weightKg: 130, reps: 6 },
      { weightKg: 120, reps: 8, rir: 2 },
    ];
    const capacity = estimateCapacity(
      sets.map((s) => ({ ...s, date: '2024-03-04' })),
      '2024-03-04',
    );
    expect(sessionE1RmKg(session(...sets))).toBeCloseTo(capacity?.e1RmKg ?? Number.NaN, 9);
  });

  it('should skip sets without load or outside 1–12 reps, and values that are not numbers', () => {
    expect(
      sessionE1RmKg(
        session({ weightKg: 0, reps: 5 }, { weightKg: 100, reps: 13 }, { weightKg: Number.NaN, reps: 5 }, { weightKg: -40, reps: 5 }),
      ),
    ).toBeNull();
    expect(sessionE1RmKg(session({ weightKg: 100, reps: 5, rpe: Number.NaN }))).toBeCloseTo(
      impliedE1RmKg(100, 5, CAPACITY_RULES.unloggedRir),
      9,
    );
  });
});
