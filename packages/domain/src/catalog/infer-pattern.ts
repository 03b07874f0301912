import type { ExerciseCategory, MovementPatternId, MuscleGroupId } from '../exercise/exercise.js';
import { normalizeExerciseName } from './normalize-exercise-name.js';

/** What is known about an exercise whose pattern must be guessed (imports, custom names). */
export interface PatternClues {
  name: string;
  category?: ExerciseCategory | null;
  primaryMuscles?: readonly MuscleGroupId[];
}

type Rule = readonly [test: (t: ReadonlySet<string>) => boolean, pattern: MovementPatternId];

const has =
  (...words: string[]) =>
  (t: ReadonlySet<string>): boolean =>
    words.some((w) => t.has(w));
const all =
  (...words: string[]) =>
  (t: ReadonlySet<string>): boolean =>
    words.every((w) => t.has(w));

/** First matching rule wins: specific phrases before the generic movement nouns. */
const NAME_RULES: readonly Rule[] = [
  [has('stretch', 'smr', 'mobility'), 'stretch'],
  [has('carry', 'farmer', 'yoke'), 'carry'],
  [has('shrug'), 'shrug'],
  [has('calf'), 'calf-raise'],
  [has('wrist', 'forearm'), 'wrist'],
  [has('neck'), 'neck'],
  [has('abduction'), 'hip-abduction'],
  [has('adduction'), 'hip-adduction'],
  [all('leg', 'curl'), 'knee-flexion'],
  [has('hamstring', 'nordic', 'ham'), 'knee-flexion'],
  [all('leg', 'extension'), 'knee-extension'],
  [has('lunge', 'split', 'stepup', 'pistol'), 'lunge'],
  [has('squat', 'thruster'), 'squat'],
  [all('leg', 'press'), 'squat'],
  [has('deadlift', 'goodmorning', 'thrust', 'bridge', 'swing', 'clean', 'snatch', 'backextension', 'pullthrough', 'hyper'), 'hinge'],
  [has('pulldown', 'pullup', 'chinup', 'pullover'), 'vertical-pull'],
  [has('row', 'face'), 'horizontal-pull'],
  [has('fly', 'pecdeck'), 'chest-fly'],
  [has('raise', 'lateral'), 'shoulder-raise'],
  [has('curl'), 'elbow-flexion'],
  [has('pushdown', 'skullcrusher', 'kickback', 'triceps'), 'elbow-extension'],
  [has('crunch', 'situp', 'jackknife', 'tuck'), 'core-flexion'],
  [has('plank', 'rollout', 'hold', 'bug'), 'core-stability'],
  [has('twist', 'woodchop', 'rotation', 'oblique', 'pallof'), 'rotation'],
  [has('dip'), 'horizontal-push'],
  [all('overhead', 'press'), 'vertical-push'],
  [all('shoulder', 'press'), 'vertical-push'],
  [has('military', 'jerk', 'handstand'), 'vertical-push'],
  [has('bench', 'pushup', 'press'), 'horizontal-push'],
  [has('run', 'running', 'bike', 'cycling', 'rowing', 'elliptical', 'sprint', 'jump', 'jumping', 'burpee', 'skipping'), 'conditioning'],
];

/** Fallback from the main muscle when the name says nothing recognisable. */
const BY_MUSCLE: Readonly<Record<MuscleGroupId, MovementPatternId>> = {
  abdominals: 'core-flexion',
  abductors: 'hip-abduction',
  adductors: 'hip-adduction',
  biceps: 'elbow-flexion',
  calves: 'calf-raise',
  chest: 'horizontal-push',
  forearms: 'wrist',
  glutes: 'hinge',
  hamstrings: 'hinge',
  lats: 'vertical-pull',
  'lower back': 'hinge',
  'middle back': 'horizontal-pull',
  neck: 'neck',
  quadriceps: 'squat',
  shoulders: 'vertical-push',
  traps: 'shrug',
  triceps: 'elbow-extension',
};

/**
 * Best-effort movement pattern from an exercise's name, category and main muscle: stretching and
 * cardio categories first, then keyword rules on the normalised name, then the primary muscle,
 * then `'other'`. A heuristic for imported and custom exercises; the curated catalog states its own.
 */
export function inferPattern(clues: PatternClues): MovementPatternId {
  if (clues.category === 'stretching') return 'stretch';
  if (clues.category === 'cardio') return 'conditioning';
  const tokens = new Set(normalizeExerciseName(clues.name).tokens);
  for (const [test, pattern] of NAME_RULES) if (test(tokens)) return pattern;
  if (clues.category === 'plyometrics') return 'conditioning';
  const main = clues.primaryMuscles?.[0];
  return main === undefined ? 'other' : BY_MUSCLE[main];
}
