import { describe, it } from 'vitest';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { loadNotation } from './load-notation.rule.js';

describe('load-notation', () => {
  it('should accept body weight as null or added load, and dumbbells per hand', () => {
    verifyRule(loadNotation)
      .given(
        week(
          day(
            1,
            rx('pull-up', 3, { bodyweight: true, loadKg: null, rationale: '3 × 5 at body weight' }),
            rx('chin-up', 3, { bodyweight: true, loadKg: 10 }),
            rx('dumbbell-bench-press', 3, { loadPerHand: true, loadKg: 24 }),
          ),
        ),
        context(),
      )
      .isSatisfied();
  });
  it('should penalise "@ 0 kg" body weight, a 0 kg dumbbell, a missing per-hand flag and a rationale saying 0 kg', () => {
    verifyRule(loadNotation)
      .given(
        week(
          day(
            1,
            rx('push-up', 3, { bodyweight: true, loadKg: 0 }),
            rx('dumbbell-upright-row', 3, { loadPerHand: true, loadKg: 0 }),
            rx('dumbbell-shoulder-press', 3, { loadKg: 12 }),
            rx('pull-up', 3, { bodyweight: true, loadKg: null, rationale: '74 % of e1RM 0 kg' }),
          ),
        ),
        context(),
      )
      .penalizesBy(4);
  });
});
