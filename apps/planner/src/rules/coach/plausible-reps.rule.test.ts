import { describe, it } from 'vitest';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { plausibleReps } from './plausible-reps.rule.js';

describe('plausible-reps', () => {
  it('should penalise 2 × 12 Nordic curls for a novice, accept 2 × 4', () => {
    const beginner = context({}, [], {}, 'beginner');
    verifyRule(plausibleReps)
      .given(week(day(1, rx('nordic-hamstring-curl', 2, { reps: 12 }))), beginner)
      .penalizesBy(1);
    verifyRule(plausibleReps)
      .given(week(day(1, rx('nordic-hamstring-curl', 2, { reps: 4 }))), beginner)
      .isSatisfied();
  });
  it('should allow an expert more pull-ups than a novice', () => {
    const plan = week(day(1, rx('pull-up', 3, { reps: 12 })));
    verifyRule(plausibleReps)
      .given(plan, context({}, [], {}, 'beginner'))
      .penalizesBy(1);
    verifyRule(plausibleReps)
      .given(plan, context({}, [], {}, 'expert'))
      .isSatisfied();
  });
  it('should keep heavy hinges at 3–8 reps', () => {
    verifyRule(plausibleReps)
      .given(week(day(1, rx('barbell-deadlift', 3, { reps: 12 }))), context())
      .penalizesBy(1);
  });
});
