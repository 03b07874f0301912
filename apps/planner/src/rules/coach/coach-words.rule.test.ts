import { describe, expect, it } from 'vitest';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { coachWords } from './coach-words.rule.js';

describe('coach-words', () => {
  it("should accept a coach's line", () => {
    verifyRule(coachWords)
      .given(
        week(day(1, rx('barbell-back-squat', 3, { rationale: '3 × 5 at 80 kg: +2.5 kg, all reps done last time (3×5 @ 77.5 kg)' }))),
        context(),
      )
      .isSatisfied();
  });
  it('should penalise graph and model jargon and over-long lines', () => {
    const [v] = verifyRule(coachWords)
      .given(
        week(
          day(
            1,
            rx('barbell-back-squat', 3, { rationale: 'new exercise: start at 40 kg (similar to Front Squat SIMILAR_TO 0.85)' }),
            rx('barbell-bench-press', 3, { rationale: 'gnn = model prediction clamped by the overload rules' }),
            rx('barbell-row', 3, { rationale: `hold: ${'x'.repeat(170)}` }),
          ),
        ),
        context(),
      )
      .penalizesBy(3);
    expect(v?.detail).toMatch(/says "SIMILAR_TO"/);
  });
});
