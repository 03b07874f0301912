import { describe, expect, it } from 'vitest';
import { CONFIDENT_MATCH, createExerciseMatcher, equipmentFactor, QUALIFIER_DISCOUNT } from './exercise-matcher.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';

const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
const confident = (name: string): string | null => {
  const m = matcher.match(name);
  return m.confidence >= CONFIDENT_MATCH ? m.exerciseId : null;
};

describe('createExerciseMatcher', () => {
  it.each([
    ['Bench Press (Barbell)', 'barbell-bench-press'],
    ['Flat Barbell Bench Press', 'barbell-bench-press'],
    ['Incline Bench Press (Dumbbell)', 'incline-dumbbell-bench-press'],
    ['Incline Bench Press (Barbell)', 'incline-bench-press'],
    ['Lat Pulldown (Cable)', 'lat-pulldown'],
    ['Pull Up', 'pull-up'],
    ['Squat (Barbell)', 'barbell-back-squat'],
    ['Barbell Squat', 'barbell-back-squat'],
    ['Deadlift (Barbell)', 'barbell-deadlift'],
    ['Bicep Curl (Dumbbell)', 'dumbbell-curl'],
    ['Triceps Pushdown', 'triceps-pushdown'],
    ['Seated Cable Row - V Grip (Cable)', 'seated-cable-row'],
    ['Face Pull (Cable)', 'face-pull'],
    ['Hack Squat (Machine)', 'machine-hack-squat'],
    ['db bench press', 'dumbbell-bench-press'],
    ['BARBELL CURLS', 'barbell-curl'],
    ['Lat Pull-Downs', 'lat-pulldown'],
    ['Strict Military Press (Barbell)', 'barbell-overhead-press'],
    ['Incline DB Bench', 'incline-dumbbell-bench-press'],
    ['Seated Palms Up Wrist Curl (Dumbbell)', 'dumbbell-wrist-curl'],
  ])('should map "%s" to %s with confidence', (name, id) => {
    expect(confident(name)).toBe(id);
  });

  it.each([
    ['Incline Bench Press (Dumbbell)', 'incline-bench-press'],
    ['Romanian Deadlift', 'barbell-deadlift'],
    ['Deadlift', 'barbell-romanian-deadlift'],
    ['Front Squat', 'barbell-back-squat'],
    ['Close Grip Bench Press', 'barbell-bench-press'],
    ['Seated Leg Curl (Machine)', 'lying-leg-curl'],
    ['Hammer Curl (Dumbbell)', 'dumbbell-curl'],
    ['Leg Extension (Machine)', 'cable-triceps-extension'],
    ['Hip Adduction (Machine)', 'hip-abduction-machine'],
    ['Seated Calf Raise (Machine)', 'standing-calf-raise'],
    ['Chin Up', 'pull-up'],
    ['Pull Up (Assisted)', 'pull-up'],
    ['Lat Pulldown - Close Grip (Cable)', 'lat-pulldown'],
    ['Rear Delt Reverse Fly (Machine)', 'machine-chest-fly'],
  ])('should not map "%s" to %s', (name, wrongId) => {
    expect(matcher.match(name).exerciseId).not.toBe(wrongId);
  });

  it.each([
    ['Single Leg Bridge'],
    ['Bench Press (Band)'],
    ['Romanian Deadlift (Kettlebell)'],
    ['Squat (Machine)'],
    ['Hip Abductor Machine Stretch Thing'],
    ['I-Ts'],
    ['Double raise'],
    ['Flat Knee Raise'],
  ])('should not be confident about "%s"', (name) => {
    expect(confident(name)).toBeNull();
  });

  it('should report method and confidence 1 for an alias hit', () => {
    expect(matcher.match('Rope Push Down')).toEqual({ exerciseId: 'rope-triceps-pushdown', confidence: 1, method: 'alias' });
  });

  it('should report method exact for a catalog name in logger style', () => {
    expect(matcher.match('Leg Extension')).toEqual({ exerciseId: 'leg-extension', confidence: 1, method: 'exact' });
  });

  it('should return candidates and method none for an unknown name', () => {
    const m = matcher.match('Underwater Basket Weaving');
    expect(m).toMatchObject({ exerciseId: null, method: 'none' });
    expect(m.candidates).toHaveLength(3);
  });

  it('should cap an ambiguous fuzzy match below the confident threshold', () => {
    const m = matcher.match('Squat (Machine)');
    expect(m.method).toBe('fuzzy');
    expect(m.confidence).toBeLessThan(CONFIDENT_MATCH);
  });

  it('should treat empty names as unmatched', () => {
    expect(matcher.match('   ')).toMatchObject({ exerciseId: null, confidence: 0, method: 'none' });
  });
});

describe('createExerciseMatcher rules for how loggers write names (not aliases of any one log)', () => {
  const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
  const confidentId = (name: string): string | null => {
    const m = matcher.match(name);
    return m.confidence >= CONFIDENT_MATCH ? m.exerciseId : null;
  };

  it.each([
    ['misspelt equipment', 'Bench Press (Barbel)', 'Bench Press (Barbell)'],
    ['misspelt equipment', 'Dumbel Curl', 'Dumbbell Curl'],
    ['a tempo qualifier', 'Tempo Romanian Deadlift (Barbell)', 'Romanian Deadlift (Barbell)'],
    ['a tempo qualifier', 'Eccentric Chin Ups', 'Chin Up'],
    ['a tempo qualifier', 'Strict Barbell Curl', 'Barbell Curl'],
    ['a triceps pulldown', 'Triceps Pulldown (Cable)', 'Triceps Pushdown'],
    ['a triceps pulldown with an attachment', 'Rope Tricep Pull Down', 'Triceps Rope Pushdown'],
    ['both hands named', 'Two Handed Cable Hammer Curl', 'Cable Hammer Curl'],
    ['reverse for rear-delt fly', 'Reverse Flyes (Dumbbell)', 'Rear Delt Fly (Dumbbell)'],
    ['a straight-arm pushdown', 'Straight-Arm Pushdown (Cable)', 'Straight Arm Pulldown'],
    ['"with weight" for weighted', 'Crunches With Added Weight', 'Weighted Crunch'],
    ['a selectorized machine', 'Selector Chest Press', 'Machine Chest Press'],
    ['a duration in the name', 'Side Plank 0:45', 'Side Plank'],
    ['cross chest for cross body', 'Cross Chest Hammer Curls', 'Cross Body Hammer Curl'],
    ['a bar attachment on a cable pushdown', 'Triceps Pushdown (EZ Bar)', 'Triceps Pushdown (Cable)'],
    ['one hand for single arm', 'One Handed Triceps Pushdown', 'Single Arm Triceps Pushdown'],
  ])('should map a name with %s (%s) like %s', (_rule, logged, plain) => {
    const expected = confidentId(plain);
    expect(expected).not.toBeNull();
    expect(confidentId(logged)).toBe(expected);
  });

  it('should keep the catalog’s paused variants apart from the plain lift', () => {
    expect(confidentId('Pause Squat (Barbell)')).toBe('pause-squat');
    expect(confidentId('Squat (Barbell)')).not.toBe('pause-squat');
  });

  it('should leave a lat pulldown a pulldown', () => {
    expect(confidentId('Wide Grip Pull Down')).not.toBe(confidentId('Triceps Pushdown'));
  });

  it('should match without a parenthesised nickname when that confirms the best guess, at a discount', () => {
    const m = matcher.match('Hip Thrust Machine (Booty Builder)');
    expect(m).toMatchObject({ exerciseId: confidentId('Machine Hip Thrust'), confidence: QUALIFIER_DISCOUNT });
  });

  it('should not drop a qualifier that names an implement or setting the catalog lacks', () => {
    expect(confidentId('Triceps Extension (Suspension)')).toBeNull();
    expect(confidentId('Running (Outdoor)')).toBeNull();
  });
});

describe('equipmentFactor', () => {
  it.each([
    ['barbell', 'barbell', 1],
    [null, 'bodyweight', 1],
    [null, 'machine', 0.9],
    ['dumbbell', 'barbell', 0.5],
    ['ezbar', 'barbell', 0.85],
  ] as const)('should weigh query %s against candidate %s as %d', (q, c, f) => {
    expect(equipmentFactor(q, c)).toBe(f);
  });
});
