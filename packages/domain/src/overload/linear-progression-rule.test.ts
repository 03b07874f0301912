import { describe, expect, it } from 'vitest';
import { linearProgressionRule } from './linear-progression-rule.js';
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

describe('linearProgressionRule', () => {
  const hit = (date: string) => session(date, 5, [5, 5, 5]);
  const miss = (date: string) => session(date, 5, [5, 5, 3]);

  it.each([
    ['upper', [hit('2024-03-08')], 'increase-load', 102.5, '+2.5 kg: every set reached its target reps'],
    ['lower', [hit('2024-03-08')], 'increase-load', 105, '+5 kg: every set reached its target reps'],
    ['upper', [hit('2024-03-06'), miss('2024-03-08')], 'hold', 100, 'repeat 100 kg: missed target reps (1 of 3 before a reset)'],
    [
      'upper',
      [miss('2024-03-04'), miss('2024-03-06'), miss('2024-03-08')],
      'decrease-load',
      90,
      'reset −10 % (90 kg): 3 missed sessions in a row',
    ],
    ['upper', [], 'hold', 100, 'hold: no earlier session of this exercise'],
  ] as const)('should decide for a %s-body lift after %j', (region, history, action, weightKg, reason) => {
    const decision = linearProgressionRule.evaluate(history, context({ region }), OVERLOAD_DEFAULTS);
    expect(decision).toMatchObject({ ruleId: 'linear-progression', action, weightKg, reason });
  });
});
