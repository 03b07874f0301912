import { describe, it } from 'vitest';
import { context, day, rx, week } from '../testing.js';
import { verifyRule } from '../verify-rule.js';
import { compoundBeforeIsolation } from './compound-before-isolation.rule.js';
import { compoundPerDay } from './compound-per-day.rule.js';
import { fatigueSpacing } from './fatigue-spacing.rule.js';
import { muscleFrequency } from './muscle-frequency.rule.js';
import { preferKnownExercises } from './prefer-known-exercises.rule.js';
import { prioritiesFirst } from './priorities-first.rule.js';
import { redundantExercises } from './redundant-exercises.rule.js';
import { volumeTargetShortfall } from './volume-target-shortfall.rule.js';

describe('soft rules', () => {
  it('volume-target-shortfall: missing sets against the targets', () => {
    const ctx = context();
    const targets = { ...ctx.targets, chest: { target: 10, ceiling: 22, why: 'test' } };
    verifyRule(volumeTargetShortfall)
      .given(week(day(1, rx('barbell-bench-press', 4))), { ...ctx, targets })
      .penalizesBy(6);
  });
  it('redundant-exercises: near-duplicates in one session', () => {
    verifyRule(redundantExercises)
      .given(week(day(1, rx('barbell-bench-press'), rx('barbell-back-squat'))), context())
      .isSatisfied();
    verifyRule(redundantExercises)
      .given(week(day(1, rx('barbell-bench-press'), rx('barbell-bench-press'))), context())
      .penalizesBy(1);
  });
  it('compound-per-day: a session of isolation work only', () => {
    verifyRule(compoundPerDay)
      .given(week(day(1, rx('barbell-curl')), day(3, rx('barbell-back-squat'))), context())
      .penalizesBy(1);
  });
  it('compound-before-isolation: isolation placed before compounds', () => {
    verifyRule(compoundBeforeIsolation)
      .given(week(day(1, rx('barbell-curl'), rx('barbell-back-squat'), rx('barbell-bench-press'))), context())
      .penalizesBy(2);
  });
  it('priorities-first: a priority exercise after others', () => {
    verifyRule(prioritiesFirst)
      .given(
        week(day(1, rx('barbell-back-squat'), rx('barbell-bench-press'))),
        context({ priorities: { exercises: ['barbell-bench-press'], muscles: [] } }),
      )
      .penalizesBy(1);
  });
  it('prefer-known-exercises: unknown exercises when a log exists', () => {
    verifyRule(preferKnownExercises)
      .given(week(day(1, rx('barbell-back-squat'), rx('leg-press'))), context({}, ['barbell-back-squat']))
      .penalizesBy(1);
    verifyRule(preferKnownExercises)
      .given(week(day(1, rx('leg-press'))), context())
      .isSatisfied();
  });
  it('fatigue-spacing: back-to-back exercises sharing a primary muscle', () => {
    verifyRule(fatigueSpacing)
      .given(week(day(1, rx('barbell-back-squat'), rx('leg-press'), rx('barbell-bench-press'))), context())
      .penalizesBy(2);
  });
  it('muscle-frequency: major muscles once a week on a 5-day split', () => {
    const plan = week(
      day(1, rx('barbell-bench-press')),
      day(2, rx('barbell-back-squat')),
      day(4, rx('barbell-bench-press')),
      day(5, rx('lat-pulldown')),
      day(6, rx('barbell-back-squat')),
    );
    // chest 2×, quads 2×, lats 1×, hamstrings 0×, shoulders 0× (lat pulldown: lats primary only)
    verifyRule(muscleFrequency)
      .given(plan, context({ daysPerWeek: 5 }))
      .penalizesBy(5);
  });
});
