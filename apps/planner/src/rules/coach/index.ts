import type { Rule } from '../rule.js';
import { coachWords } from './coach-words.rule.js';
import { exercisesPerSession } from './exercises-per-session.rule.js';
import { goalRepScheme } from './goal-rep-scheme.rule.js';
import { loadNotation } from './load-notation.rule.js';
import { noFiller } from './no-filler.rule.js';
import { patternCoverage } from './pattern-coverage.rule.js';
import { plausibleReps } from './plausible-reps.rule.js';
import { pushPullBalance } from './push-pull-balance.rule.js';
import { standardMainLift } from './standard-main-lift.rule.js';

/** The rules of docs/programming.md: what a coach checks before signing a program (all hard). */
export const COACH_RULES: readonly Rule[] = [
  patternCoverage,
  pushPullBalance,
  standardMainLift,
  goalRepScheme,
  exercisesPerSession,
  plausibleReps,
  loadNotation,
  noFiller,
  coachWords,
];
