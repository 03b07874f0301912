import { describe, expect, it } from 'vitest';
import { OVERLOAD_DEFAULTS } from './overload-defaults.js';
import type { ExerciseSession, OverloadContext, PerformedSet } from './overload-types.js';
import { rpeTargetRule } from './rpe-target-rule.js';

const lastSet = (set: Partial<PerformedSet>): ExerciseSession[] => [
  {
    date: '2024-03-08',
    targetReps: 5,
    sets: [
      { weightKg: 100, reps: 5 },
      { weightKg: 100, reps: 5, ...set },
    ],
  },
];
const context = (targetRpe: number | null): OverloadContext => ({
  date: '2024-03-11',
  current: { weightKg: 100, reps: 5, restSec: 180, sets: 3 },
  targetRpe,
});

describe('rpeTargetRule', () => {
  it.each([
    // 81.1 / 78.6 = 1.0318 (RTS row 5: RPE 8 vs RPE 7)
    [{ rpe: 7 }, 8, 'increase-load', 103.18, '+3.2 % load: RPE 7.0 below target 8.0 (RTS chart, 5 reps)'],
    // 81.1 / 85.0 = 0.9541 (row 5: RPE 8 vs RPE 9.5)
    [{ rpe: 9.5 }, 8, 'decrease-load', 95.41, '−4.6 % load: RPE 9.5 above target 8.0 (RTS chart, 5 reps)'],
    // RIR 2 = RPE 8: on target
    [{ rir: 2 }, 8, 'hold', 100, 'hold: RPE 8.0 within ±0.5 of target 8.0'],
    // 1 rep: 100 / 86.3 = +15.9 %, capped at +10 %
    [{ rpe: 6, reps: 1 }, 10, 'increase-load', 110, '+10.0 % load: RPE 6.0 below target 10.0 (RTS chart, 1 reps)'],
  ] as const)('should adjust after a last set of %o with target RPE %d', (set, targetRpe, action, weightKg, reason) => {
    const decision = rpeTargetRule.evaluate(lastSet(set), context(targetRpe), OVERLOAD_DEFAULTS);
    expect(decision).toMatchObject({ ruleId: 'rpe-target-autoregulation', action, reason });
    expect(decision?.weightKg).toBeCloseTo(weightKg, 2);
  });

  it('should not apply when no set carries an RPE or RIR', () => {
    expect(rpeTargetRule.evaluate(lastSet({}), context(8), OVERLOAD_DEFAULTS)).toBeNull();
  });

  it('should not apply when no target RPE is set', () => {
    expect(rpeTargetRule.evaluate(lastSet({ rpe: 7 }), context(null), OVERLOAD_DEFAULTS)).toBeNull();
  });
});
