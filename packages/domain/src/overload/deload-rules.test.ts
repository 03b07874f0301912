import { describe, expect, it } from 'vitest';
import { deloadDecision, scheduledDeloadRule, stallDeloadRule } from './deload-rules.js';
import { OVERLOAD_DEFAULTS } from './overload-defaults.js';
import type { ExerciseSession, OverloadContext } from './overload-types.js';

const context = (over: Partial<OverloadContext> = {}): OverloadContext => ({
  date: '2024-03-11',
  current: { weightKg: 100, reps: 5, restSec: 180, sets: 4 },
  ...over,
});
const intensityParams = { ...OVERLOAD_DEFAULTS, deload: { ...OVERLOAD_DEFAULTS.deload, style: 'intensity' as const } };
const top = (date: string, weightKg: number, reps: number): ExerciseSession => ({ date, targetReps: 5, sets: [{ weightKg, reps }] });

describe('deloadDecision', () => {
  it('should halve the sets and keep the load when the style is volume', () => {
    expect(deloadDecision('scheduled-deload', 'test', context(), OVERLOAD_DEFAULTS)).toMatchObject({
      action: 'deload',
      sets: 2,
      weightKg: 100,
      reason: 'deload, 4 → 2 sets at the same load: test',
    });
  });

  it('should drop 2 RPE through the chart when the style is intensity', () => {
    const decision = deloadDecision('scheduled-deload', 'test', context({ targetRpe: 8 }), intensityParams);
    expect(decision.weightKg).toBeCloseTo(93.96, 2); // 100 × seq[16] 76.2 / seq[12] 81.1 (5 reps: RPE 6 vs RPE 8)
    expect(decision).toMatchObject({ sets: 4, reason: 'deload, RPE 8.0 → 6.0 (−6.0 % load): test' });
  });

  it('should keep at least one set', () => {
    const oneSet = context({ current: { weightKg: 100, reps: 5, restSec: 180, sets: 1 } });
    expect(deloadDecision('x', 'test', oneSet, OVERLOAD_DEFAULTS).sets).toBe(1);
  });
});

describe('scheduledDeloadRule', () => {
  it.each([
    [5, 'deload, 4 → 2 sets at the same load: 5 weeks since the last deload ≥ 5'],
    [7, 'deload, 4 → 2 sets at the same load: 7 weeks since the last deload ≥ 5'],
  ])('should deload after %d weeks', (weeksSinceDeload, reason) => {
    expect(scheduledDeloadRule.evaluate([], context({ weeksSinceDeload }), OVERLOAD_DEFAULTS)?.reason).toBe(reason);
  });

  it.each([4, null])('should not apply when weeksSinceDeload is %s', (weeksSinceDeload) => {
    expect(scheduledDeloadRule.evaluate([], context({ weeksSinceDeload }), OVERLOAD_DEFAULTS)).toBeNull();
  });
});

describe('stallDeloadRule', () => {
  // Session e1RMs use the capacity convention (unlogged sets at 1 RIR): 100 × 5 → Epley(100, 6) = 120 kg
  // (it was 116.7 kg with to-failure Epley before issue #14; the decisions are the same).
  const best = top('2024-02-26', 100, 5);
  const stalled = [best, top('2024-03-01', 100, 4), top('2024-03-04', 100, 4), top('2024-03-08', 100, 5)];

  it('should deload when the last 3 sessions did not beat the earlier best e1RM', () => {
    expect(stallDeloadRule.evaluate(stalled, context(), OVERLOAD_DEFAULTS)).toMatchObject({
      ruleId: 'stall-deload',
      action: 'deload',
      reason: 'deload, 4 → 2 sets at the same load: no e1RM above 120.0 kg in the last 3 sessions',
    });
  });

  it('should not apply when one of the last sessions set a new best', () => {
    const improving = [...stalled.slice(0, 3), top('2024-03-08', 102.5, 5)];
    expect(stallDeloadRule.evaluate(improving, context(), OVERLOAD_DEFAULTS)).toBeNull();
  });

  it('should read a logged RPE 10 set as 0 RIR, like the capacity estimate', () => {
    // 102.5 × 5 at RPE 10 is Epley(102.5, 5) = 119.6 kg: not above 100 × 5 unlogged (120 kg), so still a stall.
    const hard: ExerciseSession = { date: '2024-03-08', targetReps: 5, sets: [{ weightKg: 102.5, reps: 5, rpe: 10 }] };
    expect(stallDeloadRule.evaluate([...stalled.slice(0, 3), hard], context(), OVERLOAD_DEFAULTS)?.action).toBe('deload');
  });

  it('should not apply with too short a history', () => {
    expect(stallDeloadRule.evaluate(stalled.slice(1), context(), OVERLOAD_DEFAULTS)).toBeNull();
  });
});
