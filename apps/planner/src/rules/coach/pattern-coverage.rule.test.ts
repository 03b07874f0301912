import { describe, it } from 'vitest';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { patternCoverage } from './pattern-coverage.rule.js';

const fullWeek = week(
  day(1, rx('barbell-back-squat'), rx('barbell-bench-press'), rx('barbell-row')),
  day(3, rx('barbell-deadlift'), rx('barbell-overhead-press'), rx('lat-pulldown')),
);

describe('pattern-coverage', () => {
  it('should accept a week with squat, hinge, both pushes and both pulls', () => {
    verifyRule(patternCoverage).given(fullWeek, context()).isSatisfied();
  });
  it('should penalise each pattern the equipment allows but the week misses (no hinge, no vertical pull)', () => {
    const plan = week(day(1, rx('barbell-back-squat'), rx('barbell-bench-press'), rx('barbell-row')), day(3, rx('barbell-overhead-press')));
    verifyRule(patternCoverage).given(plan, context()).penalizesBy(2);
  });
  it('should not ask for a pattern the allowed exercises cannot train (no vertical pull with barbell alone)', () => {
    const plan = week(
      day(1, rx('barbell-back-squat'), rx('barbell-bench-press'), rx('barbell-row')),
      day(3, rx('barbell-deadlift'), rx('barbell-overhead-press')),
    );
    verifyRule(patternCoverage)
      .given(plan, context({ equipment: ['barbell'] }))
      .isSatisfied();
  });
  it('should not judge deload weeks', () => {
    const plan = week(day(1, rx('barbell-back-squat')));
    plan.weeks = plan.weeks.map((w) => ({ ...w, deload: true }));
    verifyRule(patternCoverage).given(plan, context()).isSatisfied();
  });
});
