import { describe, expect, it } from 'vitest';
import { fatigueStudyRule } from './fatigue-study-rule.js';
import { OVERLOAD_DEFAULTS } from './overload-defaults.js';
import type { OverloadContext, Prescription } from './overload-types.js';

const current: Prescription = { weightKg: 100, reps: 8, restSec: 120, sets: 3 };
const evaluate = (fatigue: number | null, over: Partial<Prescription> = {}) => {
  const context: OverloadContext = { date: '2024-03-11', current: { ...current, ...over }, fatigue };
  return fatigueStudyRule.evaluate([], context, OVERLOAD_DEFAULTS);
};

describe('fatigueStudyRule', () => {
  it.each([
    [6, {}, 'increase-load', 102.5, 8, 120, '+2.5 % load (100 kg → 102.5 kg): fatigue 6.0 < 7'],
    [0, {}, 'increase-load', 102.5, 8, 120, '+2.5 % load (100 kg → 102.5 kg): fatigue 0.0 < 7'],
    [7, {}, 'hold', 100, 8, 120, 'hold: fatigue 7.0 in [7, 9]'], // 7 is not < 7
    [9, {}, 'hold', 100, 8, 120, 'hold: fatigue 9.0 in [7, 9]'], // 9 is not > 9
    [9.5, {}, 'increase-rest', 100, 8, 130, '+10 s rest (130 s): fatigue 9.5 > 9'],
    [10, { restSec: 295 }, 'increase-rest', 100, 8, 300, '+5 s rest (300 s): fatigue 10.0 > 9'], // up to the cap
    [10, { restSec: 300 }, 'decrease-reps', 100, 7, 300, '−1 rep (7): fatigue 10.0 > 9 and rest capped at 300 s'],
    [10, { restSec: 300, reps: 1 }, 'hold', 100, 1, 300, 'hold: fatigue 10.0 > 9 but rest capped at 300 s and reps at 1'],
  ] as const)('should decide for fatigue %d with %o', (fatigue, over, action, weightKg, reps, restSec, reason) => {
    expect(evaluate(fatigue, over)).toEqual({ ruleId: 'fatigue-study-rule', action, weightKg, reps, restSec, reason });
  });

  it('should not apply when no fatigue score is given', () => {
    expect(evaluate(null)).toBeNull();
  });

  it('should reject a fatigue score outside 0–10', () => {
    expect(() => evaluate(11)).toThrowError(/fatigue must be a number in \[0, 10\], got 11/);
  });
});
