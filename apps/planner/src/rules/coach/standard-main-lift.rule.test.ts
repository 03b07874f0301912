import { describe, expect, it } from 'vitest';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { standardMainLift } from './standard-main-lift.rule.js';

describe('standard-main-lift', () => {
  it('should accept standard compounds as the first exercise of a day, whatever follows', () => {
    verifyRule(standardMainLift)
      .given(week(day(1, rx('dumbbell-bench-press'), rx('decline-dumbbell-bench-press')), day(3, rx('goblet-squat'))), context())
      .isSatisfied();
  });
  it('should refuse a decline bench or Nordic curls as the main lift (the coach report of issue #17)', () => {
    const [v] = verifyRule(standardMainLift)
      .given(week(day(1, rx('decline-dumbbell-bench-press'), rx('pull-up')), day(3, rx('nordic-hamstring-curl'))), context())
      .penalizesBy(2);
    expect(v?.detail).toMatch(/Decline Dumbbell Bench Press is not a standard compound/);
  });
  it('should accept a variant the request names a priority (the coach asked for it)', () => {
    verifyRule(standardMainLift)
      .given(week(day(1, rx('decline-dumbbell-bench-press'))), context({ priorities: { exercises: ['decline-dumbbell-bench-press'] } }))
      .isSatisfied();
  });
  it("should accept the athlete's own logged variant unless it is a niche one", () => {
    verifyRule(standardMainLift)
      .given(week(day(1, rx('barbell-hack-squat'))), context({}, ['barbell-hack-squat']))
      .isSatisfied();
    verifyRule(standardMainLift)
      .given(week(day(1, rx('barbell-hack-squat'))), context())
      .penalizesBy(1);
    verifyRule(standardMainLift)
      .given(week(day(1, rx('deficit-deadlift'))), context({}, ['deficit-deadlift']))
      .penalizesBy(1);
  });
});
