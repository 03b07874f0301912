import { describe, it } from 'vitest';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { pushPullBalance } from './push-pull-balance.rule.js';

describe('push-pull-balance', () => {
  it('should accept 3:2 and 2:3 exactly', () => {
    verifyRule(pushPullBalance)
      .given(week(day(1, rx('barbell-bench-press', 6), rx('barbell-row', 4))), context())
      .isSatisfied();
    verifyRule(pushPullBalance)
      .given(week(day(1, rx('barbell-bench-press', 4), rx('barbell-row', 6))), context())
      .isSatisfied();
  });
  it('should penalise a week with more than 3 push sets per 2 pull sets (15 vs 7)', () => {
    const plan = week(
      day(1, rx('dumbbell-bench-press', 3), rx('dumbbell-shoulder-press', 3), rx('pull-up', 2)),
      day(3, rx('dumbbell-bench-press', 3), rx('one-arm-dumbbell-row', 3)),
      day(5, rx('dumbbell-bench-press', 3), rx('dumbbell-shoulder-press', 3), rx('pull-up', 2)),
    );
    verifyRule(pushPullBalance).given(plan, context()).penalizesBy(1);
  });
  it('should penalise pushes without any pull', () => {
    verifyRule(pushPullBalance)
      .given(week(day(1, rx('barbell-bench-press', 3))), context())
      .penalizesBy(1);
  });
});
