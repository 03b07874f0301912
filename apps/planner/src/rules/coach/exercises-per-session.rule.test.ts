import { describe, it } from 'vitest';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { exercisesPerSession } from './exercises-per-session.rule.js';

const many = [
  'barbell-back-squat',
  'barbell-bench-press',
  'barbell-row',
  'lat-pulldown',
  'leg-extension',
  'lying-leg-curl',
  'cable-lateral-raise',
  'barbell-curl',
  'cable-crunch',
];

describe('exercises-per-session', () => {
  it('should accept 3 to 8 exercises', () => {
    verifyRule(exercisesPerSession)
      .given(week(day(1, ...many.slice(0, 3).map((id) => rx(id))), day(3, ...many.slice(0, 8).map((id) => rx(id)))), context())
      .isSatisfied();
  });
  it('should penalise a one-exercise day by 2 and a nine-exercise day by 1', () => {
    verifyRule(exercisesPerSession)
      .given(week(day(1, rx('barbell-back-squat')), day(3, ...many.map((id) => rx(id)))), context())
      .penalizesBy(3);
  });
});
