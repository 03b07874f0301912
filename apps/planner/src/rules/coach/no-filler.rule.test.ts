import { describe, it } from 'vitest';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { noFiller } from './no-filler.rule.js';

const covered = [
  rx('barbell-back-squat'),
  rx('barbell-deadlift'),
  rx('barbell-bench-press'),
  rx('barbell-overhead-press'),
  rx('barbell-row'),
  rx('lat-pulldown'),
];

describe('no-filler', () => {
  it('should accept curls once every pattern is covered', () => {
    verifyRule(noFiller)
      .given(week(day(1, ...covered, rx('barbell-curl'))), context())
      .isSatisfied();
  });
  it('should penalise shrugs unless traps are a priority', () => {
    verifyRule(noFiller)
      .given(week(day(1, ...covered, rx('barbell-shrug'))), context())
      .penalizesBy(1);
    verifyRule(noFiller)
      .given(week(day(1, ...covered, rx('barbell-shrug'))), context({ priorities: { muscles: ['traps'] } }))
      .isSatisfied();
  });
  it('should penalise isolation work in a week that misses a pattern', () => {
    verifyRule(noFiller)
      .given(week(day(1, rx('barbell-bench-press'), rx('barbell-curl'), rx('leg-extension'))), context())
      .penalizesBy(2);
  });
});
