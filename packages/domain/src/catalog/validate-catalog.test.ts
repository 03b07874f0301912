import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { Exercise, MuscleTarget } from '../exercise/exercise.js';
import { assertValidCatalog, nameKeyCollisions, validateCatalog } from './validate-catalog.js';

const exercise = (over: Partial<Exercise> = {}): Exercise => ({
  id: 'test-press',
  name: 'Test Press',
  pattern: 'horizontal-push',
  mechanic: 'compound',
  force: 'push',
  equipment: 'barbell',
  level: 'beginner',
  category: 'strength',
  targets: [
    { muscle: 'chest', role: 'primary', share: 0.7 },
    { muscle: 'triceps', role: 'secondary', share: 0.3 },
  ],
  bodyweight: false,
  loading: 'total',
  source: 'liftgraph',
  ...over,
});

const targets = (...t: Array<[string, MuscleTarget['role'], number]>): MuscleTarget[] =>
  t.map(([muscle, role, share]) => ({ muscle: muscle as MuscleTarget['muscle'], role, share }));

describe('validateCatalog', () => {
  it('should accept a well-formed exercise', () => {
    expect(validateCatalog([exercise()])).toEqual([]);
  });

  it.each([
    ['a non-kebab id', exercise({ id: 'Test_Press' }), 'id', /kebab/],
    [
      'shares summing to 0.9',
      exercise({ targets: targets(['chest', 'primary', 0.6], ['triceps', 'secondary', 0.3]) }),
      'targets',
      /sum to 0\.9/,
    ],
    ['an unknown muscle', exercise({ targets: targets(['delts', 'primary', 1]) }), 'targets[0].muscle', /unknown muscle "delts"/],
    [
      'a muscle listed twice',
      exercise({ targets: targets(['chest', 'primary', 0.5], ['chest', 'secondary', 0.5]) }),
      'targets[1].muscle',
      /twice/,
    ],
    ['no primary muscle', exercise({ targets: targets(['chest', 'secondary', 1]) }), 'targets', /no primary/],
    [
      'a secondary larger than a primary',
      exercise({ targets: targets(['chest', 'primary', 0.4], ['triceps', 'secondary', 0.6]) }),
      'targets',
      /larger share/,
    ],
    ['no muscles at all', exercise({ targets: [] }), 'targets', /no muscles/],
  ])('should report %s', (_what, e, field, problem) => {
    const issues = validateCatalog([e]);
    expect(issues.find((i) => i.field === field)?.problem).toMatch(problem);
  });

  it('should tolerate rounding within 1e-6', () => {
    expect(validateCatalog([exercise({ targets: targets(['chest', 'primary', 0.7 + 5e-7], ['triceps', 'secondary', 0.3]) })])).toEqual([]);
  });

  it('should accept a custom exercise without known muscles', () => {
    expect(validateCatalog([exercise({ source: 'custom', targets: [] })])).toEqual([]);
  });

  it('should report duplicate ids', () => {
    expect(validateCatalog([exercise(), exercise()])).toEqual([{ exerciseId: 'test-press', field: 'id', problem: 'duplicate id' }]);
  });
});

describe('assertValidCatalog', () => {
  it('should throw CATALOG_INVALID naming the exercise and field when the catalog is invalid', () => {
    const bad = exercise({ targets: targets(['chest', 'primary', 0.5]) });
    expect(() => assertValidCatalog([bad])).toThrowError(DomainError);
    expect(() => assertValidCatalog([bad])).toThrowError(/test-press\.targets: shares sum to 0\.5/);
  });
});

describe('nameKeyCollisions', () => {
  it('should find two exercises whose names normalise alike', () => {
    const a = exercise({ id: 'a', name: 'Bench Press (Barbell)' });
    const b = exercise({ id: 'b', name: 'Barbell Bench Press' });
    expect(nameKeyCollisions([a, b])).toEqual([{ key: 'bench press|barbell', exerciseIds: ['a', 'b'] }]);
  });
});
