import { type Capacity, estimateCapacity } from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import type { Program } from '@liftgraph/domain/program';
import { deloadReducesDemand } from './deload-reduces-demand.rule.js';
import { loadWithinCapacity } from './load-within-capacity.rule.js';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { equipmentAvailable } from './equipment-available.rule.js';
import { excludedExercises } from './excluded-exercises.rule.js';
import { excludedMuscles } from './excluded-muscles.rule.js';
import { maxSessionSetsPerMuscle } from './max-session-sets-per-muscle.rule.js';
import { maxWeeklySetsPerMuscle } from './max-weekly-sets-per-muscle.rule.js';
import { recoverySpacing } from './recovery-spacing.rule.js';
import { sessionTimeCap } from './session-time-cap.rule.js';

describe('recovery-spacing', () => {
  it('should penalise each muscle trained as primary on consecutive days', () => {
    verifyRule(recoverySpacing)
      .given(week(day(1, rx('barbell-back-squat')), day(2, rx('leg-press'))), context())
      .penalizesBy(2);
  });
  it('should accept 48 h and check Sunday → Monday across weeks', () => {
    verifyRule(recoverySpacing)
      .given(week(day(1, rx('barbell-back-squat')), day(3, rx('leg-press'))), context())
      .isSatisfied();
    verifyRule(recoverySpacing)
      .given(week(day(1, rx('barbell-bench-press')), day(7, rx('barbell-bench-press'))), context())
      .penalizesBy(1);
  });
  it('should ignore secondary overlap', () => {
    verifyRule(recoverySpacing)
      .given(week(day(1, rx('barbell-bench-press')), day(2, rx('barbell-overhead-press'))), context())
      .isSatisfied();
  });
});

describe('session-time-cap', () => {
  it('should penalise the minutes over the cap', () => {
    // 6 min warm-up + 60 s setup + 120 s ramp + 10 × (8 × 3.5 s + 120 s) = 33.67 min → 4 over a 30-min cap
    verifyRule(sessionTimeCap)
      .given(week(day(1, rx('barbell-back-squat', 10))), context({ sessionTimeCapMin: 30 }))
      .penalizesBy(4);
    verifyRule(sessionTimeCap)
      .given(week(day(1, rx('barbell-back-squat', 3))), context({ sessionTimeCapMin: 30 }))
      .isSatisfied();
  });
});

describe('equipment-available', () => {
  it('should penalise exercises needing missing equipment', () => {
    verifyRule(equipmentAvailable)
      .given(week(day(1, rx('barbell-back-squat'), rx('lat-pulldown'))), context({ equipment: ['barbell'] }))
      .penalizesBy(1);
  });
});

describe('excluded-exercises', () => {
  it('should penalise every excluded exercise', () => {
    verifyRule(excludedExercises)
      .given(
        week(day(1, rx('barbell-back-squat')), day(3, rx('barbell-back-squat'))),
        context({ excludedExerciseIds: ['barbell-back-squat'] }),
      )
      .penalizesBy(2);
  });
});

describe('excluded-muscles', () => {
  it('should count primary and secondary hits on excluded muscles', () => {
    // bench press: chest primary, triceps + shoulders secondary
    verifyRule(excludedMuscles)
      .given(week(day(1, rx('barbell-bench-press'))), context({ excludedMuscles: ['shoulders', 'triceps'] }))
      .penalizesBy(2);
    verifyRule(excludedMuscles)
      .given(week(day(1, rx('barbell-back-squat'))), context({ excludedMuscles: ['shoulders'] }))
      .isSatisfied();
  });
});

describe('max-weekly-sets-per-muscle', () => {
  it('should penalise only the sets above MRV', () => {
    // chest MRV 22: 12 + 12 sets of bench = 24 → 2 over; triceps 0.5 × 24 = 12 ≤ 18
    const plan = week(day(1, rx('barbell-bench-press', 12)), day(4, rx('barbell-bench-press', 12)));
    const [v] = verifyRule(maxWeeklySetsPerMuscle).given(plan, context()).penalizesBy(2);
    expect(v?.detail).toMatch(/chest/);
  });
});

describe('max-session-sets-per-muscle', () => {
  it('should penalise weighted sets above 12 in one session', () => {
    verifyRule(maxSessionSetsPerMuscle)
      .given(week(day(1, rx('barbell-bench-press', 8), rx('dumbbell-bench-press', 6))), context())
      .penalizesBy(2);
  });
});

describe('load-within-capacity', () => {
  // 130 kg × 5 at an assumed 1 RIR: e1RM 156 kg; +5 % margin → 163.8 kg.
  const squat = estimateCapacity([{ date: '2025-10-01', weightKg: 130, reps: 5 }], '2025-10-06');
  const caps: Record<string, Capacity> = squat ? { 'barbell-back-squat': squat } : {};
  it('should penalise a triple at RPE 8.5 implying more than the capacity + 5 % (the 170 kg triple of issue #14), by the excess in %', () => {
    // 170 × (1 + 4.5/30) = 195.5 kg: 31.7 % of 156 over the 163.8 limit.
    const [v] = verifyRule(loadWithinCapacity)
      .given(week(day(1, rx('barbell-back-squat', 3, { reps: 3, loadKg: 170, targetRpe: 8.5 }))), context({}, [], caps))
      .penalizesBy(20.32);
    expect(v?.detail).toMatch(/implies e1RM 195\.5 kg > 163\.8 kg/);
  });
  it('should accept a load at the capacity and ignore body weight and exercises without an estimate', () => {
    expect(squat?.e1RmKg).toBeCloseTo(156, 6);
    verifyRule(loadWithinCapacity)
      .given(week(day(1, rx('barbell-back-squat', 3, { reps: 5, loadKg: 127.5, targetRpe: 8 }))), context({}, [], caps))
      .isSatisfied();
    verifyRule(loadWithinCapacity)
      .given(week(day(1, rx('barbell-bench-press', 3, { reps: 3, loadKg: 300 }))), context({}, [], caps))
      .isSatisfied();
    verifyRule(loadWithinCapacity)
      .given(week(day(1, rx('barbell-back-squat', 3, { loadKg: null, bodyweight: true }))), context({}, [], caps))
      .isSatisfied();
  });
});

describe('deload-reduces-demand', () => {
  const block = (deload: ReturnType<typeof rx>): Program => ({
    programId: 'p',
    athleteId: 'a',
    daysPerWeek: 1,
    goal: 'general',
    startDate: '2024-01-01',
    weeks: [
      { index: 0, deload: false, days: [day(1, rx('barbell-back-squat', 4, { loadKg: 140 }))] },
      { index: 1, deload: true, days: [day(1, deload)] },
    ],
  });
  it('should penalise a deload that keeps the load and most sets, only relabelling the RPE (the "deload" of issue #14)', () => {
    verifyRule(deloadReducesDemand)
      .given(block(rx('barbell-back-squat', 3, { loadKg: 140, targetRpe: 6.5 })), context())
      .penalizesBy(1);
  });
  it('should accept −10 % load or −40 % sets', () => {
    verifyRule(deloadReducesDemand)
      .given(block(rx('barbell-back-squat', 4, { loadKg: 125 })), context())
      .isSatisfied();
    verifyRule(deloadReducesDemand)
      .given(block(rx('barbell-back-squat', 2, { loadKg: 140 })), context())
      .isSatisfied();
  });
});
