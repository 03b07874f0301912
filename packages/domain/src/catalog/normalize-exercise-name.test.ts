import { describe, expect, it } from 'vitest';
import { normalizeExerciseName, singularize } from './normalize-exercise-name.js';

describe('normalizeExerciseName', () => {
  it.each([
    ['Bench Press (Barbell)', 'bench press|barbell'],
    ['Flat Barbell Bench Press', 'bench flat press|barbell'],
    ['Incline Bench Press (Dumbbell)', 'bench incline press|dumbbell'],
    ['DB Curls', 'curl|dumbbell'],
    ['Lat Pull-Down', 'lat pulldown|'],
    ['Lat Pulldown - Wide Grip (Cable)', 'lat pulldown wide|cable'],
    ['Pull-ups', 'pullup|'],
    ['Tricep Pushdowns', 'pushdown triceps|'],
    ['Triceps Pushdown (Cable - Straight Bar)', 'pushdown straightbar triceps|cable'],
    ['Rope Push Down', 'pushdown rope|cable'],
    ['Squat (Smith Machine)', 'squat|smith'],
    ['Curl bar curl', 'curl|ezbar'],
    ['Dumbbell Flyes', 'fly|dumbbell'],
    ['Face Pull (Pulley)', 'face pull|cable'],
    ['RDL', 'deadlift romanian|'],
    ["Knee Raise (Captain's Chair)", 'captainschair knee raise|'],
    ['Single Arm Lat Pulldown', 'lat pulldown single|'],
    ['  Calves  ', 'calf|'],
  ])('should normalise "%s" to key %s', (name, key) => {
    expect(normalizeExerciseName(name).key).toBe(key);
  });

  it('should keep a band added to a barbell as a movement token', () => {
    expect(normalizeExerciseName('Bench Press with Bands (Barbell)')).toMatchObject({
      equipment: 'barbell',
      tokens: ['bench', 'press', 'band'],
    });
  });

  it('should give an empty token list for punctuation only', () => {
    expect(normalizeExerciseName(' - () ').tokens).toEqual([]);
  });
});

describe('singularize', () => {
  it.each([
    ['curls', 'curl'],
    ['flies', 'fly'],
    ['crunches', 'crunch'],
    ['presses', 'press'],
    ['calves', 'calf'],
    ['lunges', 'lunge'],
    ['biceps', 'biceps'],
    ['triceps', 'triceps'],
    ['press', 'press'],
    ['abs', 'ab'],
  ])('should turn %s into %s', (plural, singular) => {
    expect(singularize(plural)).toBe(singular);
  });
});
