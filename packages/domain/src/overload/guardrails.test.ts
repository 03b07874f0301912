import { describe, expect, it } from 'vitest';
import { applyGuardrails } from './guardrails.js';
import { OVERLOAD_DEFAULTS } from './overload-defaults.js';
import type { ExerciseSession, OverloadContext, OverloadDecision } from './overload-types.js';

const current = { weightKg: 100, reps: 5, restSec: 180, sets: 3 };
const context = (over: Partial<OverloadContext> = {}): OverloadContext => ({ date: '2024-03-11', current, ...over });
const decide = (weightKg: number, reps = 5): OverloadDecision => ({
  ruleId: 'test',
  action: weightKg >= 100 ? 'increase-load' : 'decrease-load',
  weightKg,
  reps,
  restSec: 180,
  reason: 'test',
});
const weekAgo: ExerciseSession[] = [{ date: '2024-03-04', targetReps: 5, sets: [{ weightKg: 95, reps: 5 }] }];

describe('applyGuardrails', () => {
  it.each([
    // (result kg, reasons) for: decision kg, acwr, history
    [112, null, weekAgo, 104.5, ['clamped to 104.5 kg: at most +10 % per week from 95 kg']], // 95 × 1.1
    [112, null, [], 110, ['clamped to 110 kg: at most +10 % per week from 100 kg']], // no session in the week: current
    [105, 1.6, [], 100, ['no increase: ACWR 1.60 > 1.5 (danger zone)']],
    [105, 1.4, [], 102.5, ['load increase × 0.5: ACWR 1.40 in (1.3, 1.5]']],
    [105, 1.0, [], 105, []], // sweet spot: untouched
    [105, 0.6, [], 105, []], // under-prepared: increases allowed
    [90, 1.8, [], 90, []], // decreases are never clamped
  ] as const)('should turn %d kg at ACWR %s into %d kg', (weightKg, acwr, history, expectedKg, reasons) => {
    const guarded = applyGuardrails(decide(weightKg), history, context({ acwr }), OVERLOAD_DEFAULTS);
    expect(guarded.decision.weightKg).toBeCloseTo(expectedKg, 6);
    expect(guarded.reasons).toEqual(reasons);
  });

  it('should block extra reps and sets in the danger zone but keep extra rest', () => {
    const moreOfEverything = { ...decide(100, 6), sets: 4, restSec: 190 };
    const guarded = applyGuardrails(moreOfEverything, [], context({ acwr: 2 }), OVERLOAD_DEFAULTS);
    expect(guarded.decision).toMatchObject({ action: 'hold', reps: 5, sets: 3, restSec: 190 });
  });

  it('should never push the cap below the current load', () => {
    const heavierNow = context({ current: { ...current, weightKg: 120 } });
    const guarded = applyGuardrails({ ...decide(125), reason: 'x' }, weekAgo, heavierNow, OVERLOAD_DEFAULTS);
    expect(guarded.decision.weightKg).toBe(120); // limit = max(120, 104.5)
  });
});
