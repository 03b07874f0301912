import { describe, it } from 'vitest';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { goalRepScheme } from './goal-rep-scheme.rule.js';

const strength = context({ goal: 'strength' });
const hypertrophy = context({ goal: 'hypertrophy' });

describe('goal-rep-scheme', () => {
  it('should accept a strength main lift at 3 × 5, RPE 8, 3.5 min rest', () => {
    verifyRule(goalRepScheme)
      .given(
        week(day(1, rx('barbell-back-squat', 3, { reps: 5, targetRpe: 8, restSec: 210 }), rx('leg-extension', 2, { reps: 12 }))),
        strength,
      )
      .isSatisfied();
  });
  it('should penalise the strength main lift at 8–12 reps, RPE 7, 120 s rest (one violation per day), and 2 sets', () => {
    verifyRule(goalRepScheme)
      .given(
        week(
          day(1, rx('barbell-back-squat', 3, { reps: 10, targetRpe: 7, restSec: 120 })),
          day(3, rx('barbell-bench-press', 2, { reps: 5, restSec: 210 })),
        ),
        strength,
      )
      .penalizesBy(2);
  });
  it('should keep hypertrophy work within 6–15 reps (20 for trunk and calves)', () => {
    verifyRule(goalRepScheme)
      .given(
        week(
          day(
            1,
            rx('barbell-back-squat', 3, { reps: 4 }),
            rx('leg-extension', 3, { reps: 20 }),
            rx('standing-calf-raise', 3, { reps: 20 }),
          ),
        ),
        hypertrophy,
      )
      .penalizesBy(2);
  });
});
