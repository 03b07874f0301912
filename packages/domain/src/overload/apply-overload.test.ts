import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOverload, DEFAULT_OVERLOAD_RULES } from './apply-overload.js';
import type { ExerciseSession, OverloadContext, Prescription } from './overload-types.js';

const current: Prescription = { weightKg: 60, reps: 8, restSec: 120, sets: 3 };
const context = (over: Partial<OverloadContext> = {}): OverloadContext => ({
  date: '2024-03-11',
  current,
  equipment: 'barbell',
  ...over,
});
const hit = (date: string, weightKg = 60): ExerciseSession => ({ date, targetReps: 8, sets: [{ weightKg, reps: 8 }] });

describe('applyOverload', () => {
  it('should list the rule ids in priority order', () => {
    expect(DEFAULT_OVERLOAD_RULES.map((r) => r.id)).toEqual([
      'scheduled-deload',
      'stall-deload',
      'fatigue-study-rule',
      'rpe-target-autoregulation',
      'double-progression',
      'linear-progression',
    ]);
  });

  it('should round the study increase to the plates when fatigue is low', () => {
    const result = applyOverload([hit('2024-03-08')], context({ fatigue: 6 }));
    expect(result).toMatchObject({ ruleId: 'fatigue-study-rule', action: 'increase-load', weightKg: 62.5 });
    expect(result.reasons).toEqual(['+2.5 % load (60 kg → 61.5 kg): fatigue 6.0 < 7', 'rounded 61.5 kg to 62.5 kg (2.5 kg steps)']);
  });

  it('should report a hold when rounding swallows a small increase', () => {
    const light = context({ fatigue: 6, current: { ...current, weightKg: 40 } });
    expect(applyOverload([], light)).toMatchObject({ action: 'hold', weightKg: 40 }); // 41 → 40 in 2.5 kg steps
  });

  it('should let a scheduled deload win over the fatigue rule', () => {
    const result = applyOverload([], context({ fatigue: 6, weeksSinceDeload: 5 }));
    expect(result).toMatchObject({ ruleId: 'scheduled-deload', action: 'deload', sets: 2, weightKg: 60 });
  });

  it('should fall through to double progression when no fatigue or target RPE is given', () => {
    const topOfRange: ExerciseSession = { date: '2024-03-08', targetReps: 12, sets: [{ weightKg: 60, reps: 12 }] };
    const result = applyOverload([topOfRange], context({ repRange: { min: 8, max: 12 }, equipment: 'dumbbell' }));
    expect(result).toMatchObject({ ruleId: 'double-progression', weightKg: 62, reps: 8 });
  });

  it('should hold and explain why when ACWR is in the danger zone', () => {
    const result = applyOverload([hit('2024-03-08')], context({ fatigue: 6, acwr: 1.7 }));
    expect(result).toMatchObject({ action: 'hold', weightKg: 60 });
    expect(result.reasons).toContain('no increase: ACWR 1.70 > 1.5 (danger zone)');
  });

  it('should round down when the weekly cap bites', () => {
    const history = [hit('2024-03-04', 100), hit('2024-03-08', 105)];
    const result = applyOverload(history, context({ region: 'lower', current: { ...current, weightKg: 107.5 } }));
    // linear +5 → 112.5; cap 100 × 1.1 = 110 → already on a plate step
    expect(result).toMatchObject({ ruleId: 'linear-progression', weightKg: 110 });
    expect(result.reasons).toContain('clamped to 110 kg: at most +10 % per week from 100 kg');
  });

  it('should hold when no rule applies', () => {
    expect(applyOverload([], context(), [])).toMatchObject({
      ruleId: 'no-applicable-rule',
      action: 'hold',
      reason: 'hold: no rule applied',
    });
  });

  it.each([
    [{ ...current, reps: 0 }, /current.reps must be an integer ≥ 1, got 0/],
    [{ ...current, weightKg: -5 }, /current.weightKg must be a finite number ≥ 0, got -5/],
    [{ ...current, sets: 0 }, /current.sets must be an integer ≥ 1, got 0/],
  ])('should reject the prescription %o', (bad, message) => {
    expect(() => applyOverload([], context({ current: bad }))).toThrowError(message);
  });

  it('should not let plate rounding carry a load past the weekly cap (20 kg → +8.7 % = 21.74 kg, cap 22 kg: not 22.5)', () => {
    const history: ExerciseSession[] = [
      hit('2024-03-05', 20),
      { date: '2024-03-08', targetReps: 8, sets: [{ weightKg: 20, reps: 8, rpe: 6 }] },
    ];
    const result = applyOverload(history, context({ current: { ...current, weightKg: 20 }, targetRpe: 8 }));
    expect(result.weightKg).toBeLessThanOrEqual(22);
    expect(result.weightKg % 2.5).toBe(0);
  });

  it('should respect the weekly cap, the danger zone and the plate steps for any input', () => {
    const arbitrary = fc.record({
      weightSteps: fc.integer({ min: 8, max: 80 }), // 20–200 kg in 2.5 kg steps
      weekAgoSteps: fc.integer({ min: 8, max: 80 }),
      fatigue: fc.option(fc.double({ min: 0, max: 10, noNaN: true })),
      acwr: fc.option(fc.double({ min: 0.3, max: 2.5, noNaN: true })),
      targetRpe: fc.option(fc.constantFrom(7, 8, 9)),
      loggedRpe: fc.option(fc.constantFrom(6, 7, 8, 9, 10)),
      region: fc.constantFrom('upper' as const, 'lower' as const),
    });
    fc.assert(
      fc.property(arbitrary, (a) => {
        const weightKg = a.weightSteps * 2.5;
        const weekAgoKg = a.weekAgoSteps * 2.5;
        const history: ExerciseSession[] = [
          hit('2024-03-05', weekAgoKg),
          { date: '2024-03-08', targetReps: 8, sets: [{ weightKg, reps: 8, rpe: a.loggedRpe }] },
        ];
        const ctx = context({
          current: { ...current, weightKg },
          fatigue: a.fatigue,
          acwr: a.acwr,
          targetRpe: a.targetRpe,
          region: a.region,
        });
        const result = applyOverload(history, ctx);
        expect(result.weightKg).toBeLessThanOrEqual(Math.max(weightKg, weekAgoKg * 1.1) + 1e-9);
        expect(Math.abs(result.weightKg / 2.5 - Math.round(result.weightKg / 2.5))).toBeLessThan(1e-9);
        if (a.acwr != null && a.acwr > 1.5) {
          expect(result.weightKg).toBeLessThanOrEqual(weightKg);
          expect(result.reps).toBeLessThanOrEqual(current.reps);
        }
        expect(result.reasons[0]).toBe(result.reason);
        // Numbers only: the same decision with no reason text at all.
        const quiet = applyOverload(history, { ...ctx, explain: false });
        expect(quiet).toEqual({ ...result, reason: '', reasons: [] });
      }),
    );
  });

  it('should decide the same without reasons when explain is false, deloads and repRange included', () => {
    const stalled = ['2024-02-19', '2024-02-22', '2024-02-26', '2024-03-01', '2024-03-04'].map((d, k) => hit(d, k === 0 ? 70 : 60));
    for (const ctx of [
      context({ weeksSinceDeload: 6 }),
      context(),
      context({ repRange: { min: 6, max: 8 } }),
      context({ fatigue: 9.5, current: { ...current, restSec: 300 } }),
    ]) {
      for (const history of [stalled, [hit('2024-03-08')], []]) {
        const loud = applyOverload(history, ctx);
        expect(loud.reason).not.toBe('');
        expect(applyOverload(history, { ...ctx, explain: false })).toEqual({ ...loud, reason: '', reasons: [] });
      }
    }
  });
});
