import { describe, expect, it } from 'vitest';
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
    verifyRule(recoverySpacing).given(week(day(1, rx('barbell-back-squat')), day(2, rx('leg-press'))), context()).penalizesBy(2);
  });
  it('should accept 48 h and check Sunday → Monday across weeks', () => {
    verifyRule(recoverySpacing).given(week(day(1, rx('barbell-back-squat')), day(3, rx('leg-press'))), context()).isSatisfied();
    verifyRule(recoverySpacing).given(week(day(1, rx('barbell-bench-press')), day(7, rx('barbell-bench-press'))), context()).penalizesBy(1);
  });
  it('should ignore secondary overlap', () => {
    verifyRule(recoverySpacing).given(week(day(1, rx('barbell-bench-press')), day(2, rx('barbell-overhead-press'))), context()).isSatisfied();
  });
});

describe('session-time-cap', () => {
  it('should penalise the minutes over the cap', () => {
    // 6 min warm-up + 60 s setup + 120 s ramp + 10 × (8 × 3.5 s + 120 s) = 33.67 min → 4 over a 30-min cap
    verifyRule(sessionTimeCap).given(week(day(1, rx('barbell-back-squat', 10))), context({ sessionTimeCapMin: 30 })).penalizesBy(4);
    verifyRule(sessionTimeCap).given(week(day(1, rx('barbell-back-squat', 3))), context({ sessionTimeCapMin: 30 })).isSatisfied();
  });
});

describe('equipment-available', () => {
  it('should penalise exercises needing missing equipment', () => {
    verifyRule(equipmentAvailable).given(week(day(1, rx('barbell-back-squat'), rx('lat-pulldown'))), context({ equipment: ['barbell'] })).penalizesBy(1);
  });
});

describe('excluded-exercises', () => {
  it('should penalise every excluded exercise', () => {
    verifyRule(excludedExercises).given(week(day(1, rx('barbell-back-squat')), day(3, rx('barbell-back-squat'))), context({ excludedExerciseIds: ['barbell-back-squat'] })).penalizesBy(2);
  });
});

describe('excluded-muscles', () => {
  it('should count primary and secondary hits on excluded muscles', () => {
    // bench press: chest primary, triceps + shoulders secondary
    verifyRule(excludedMuscles).given(week(day(1, rx('barbell-bench-press'))), context({ excludedMuscles: ['shoulders', 'triceps'] })).penalizesBy(2);
    verifyRule(excludedMuscles).given(week(day(1, rx('barbell-back-squat'))), context({ excludedMuscles: ['shoulders'] })).isSatisfied();
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
    verifyRule(maxSessionSetsPerMuscle).given(week(day(1, rx('barbell-bench-press', 8), rx('dumbbell-bench-press', 6))), context()).penalizesBy(2);
  });
});
