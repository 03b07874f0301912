import { describe, expect, it } from 'vitest';
import { customExerciseFor, customExerciseId, resolveExerciseNames } from './custom-exercise.js';
import { createExerciseMatcher } from './exercise-matcher.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';
import { validateCatalog } from './validate-catalog.js';

describe('customExerciseFor', () => {
  it.each([
    ['I-Ts', 'custom-i-ts', 'other', 'other'],
    ['Double raise', 'custom-double-raise', 'shoulder-raise', 'other'],
    ['Landmine Twist (Barbell)', 'custom-landmine-twist-barbell', 'rotation', 'barbell'],
    ['Zercher Carry', 'custom-zercher-carry', 'carry', 'other'],
  ])('should make "%s" a custom exercise %s (%s, %s)', (name, id, pattern, equipment) => {
    expect(customExerciseFor(name)).toMatchObject({ id, name, pattern, equipment, source: 'custom', targets: [] });
  });

  it('should produce entries the catalog validator accepts', () => {
    expect(validateCatalog([customExerciseFor('Reverse Grip Extensions')])).toEqual([]);
  });

  it('should slug accents and punctuation', () => {
    expect(customExerciseId('Développé Couché!!')).toBe('custom-developpe-couche');
  });
});

describe('resolveExerciseNames', () => {
  it('should report every name exactly once, unknown ones with a custom exercise', () => {
    const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
    const r = resolveExerciseNames(['Bench Press (Barbell)', 'I-Ts', 'Bench Press (Barbell)', 'Squat (Machine)'], matcher);
    expect(r.mapped.map((m) => m.exerciseId)).toEqual(['barbell-bench-press']);
    expect(r.unmapped.map((u) => [u.name, u.custom.id])).toEqual([
      ['I-Ts', 'custom-i-ts'],
      ['Squat (Machine)', 'custom-squat-machine'],
    ]);
  });
});
