import { describe, expect, it } from 'vitest';
import { doubleProgressionRule } from './double-progression-rule.js';
import { OVERLOAD_DEFAULTS } from './overload-defaults.js';
import type { ExerciseSession, OverloadContext } from './overload-types.js';

const session = (date: string, targetReps: number, reps: number[], weightKg = 100): ExerciseSession => ({
  date,
  targetReps,
  sets: reps.map((r) => ({ weightKg, reps: r })),
});
const context = (over: Partial<OverloadContext> = {}): OverloadContext => ({
  date: '2024-03-11',
  current: { weightKg: 100, reps: 10, restSec: 120, sets: 3 },
  ...over,
});

describe('doubleProgressionRule', () => {
  const range = { repRange: { min: 8, max: 12 } };

  it.each([
    [[12, 12, 12], 'barbell', 'increase-load', 102.5, 8, '+2.5 kg, reps back to 8: all 3 sets reached 12'],
    [[12, 12, 12], 'dumbbell', 'increase-load', 102, 8, '+2 kg, reps back to 8: all 3 sets reached 12'],
    [[12, 11, 10], 'barbell', 'increase-reps', 100, 11, '+1 rep (11): all sets reached 10'],
    [[10, 9, 8], 'barbell', 'hold', 100, 10, 'hold: not every set reached 10 reps'],
  ] as const)('should progress %j on %s equipment', (reps, equipment, action, weightKg, nextReps, reason) => {
    const decision = doubleProgressionRule.evaluate(
      [session('2024-03-08', 10, [...reps])],
      context({ ...range, equipment }),
      OVERLOAD_DEFAULTS,
    );
    expect(decision).toMatchObject({ ruleId: 'double-progression', action, weightKg, reps: nextReps, reason });
  });

  it('should not apply without a rep range', () => {
    expect(doubleProgressionRule.evaluate([], context(), OVERLOAD_DEFAULTS)).toBeNull();
  });

  it('should reject an inverted rep range', () => {
    expect(() => doubleProgressionRule.evaluate([], context({ repRange: { min: 12, max: 8 } }), OVERLOAD_DEFAULTS)).toThrowError(
      /repRange must be integers with 1 ≤ min ≤ max, got \[12, 8\]/,
    );
  });
});
