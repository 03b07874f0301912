import { describe, expect, it } from 'vitest';
import { MOVEMENT_PATTERN_IDS, MUSCLE_GROUP_IDS } from './exercise.js';
import { MOVEMENT_PATTERNS, movementPatternById } from './movement-pattern.js';
import { MUSCLE_GROUPS, isMuscleGroupId, muscleGroupById } from './muscle-group.js';

describe('MUSCLE_GROUPS', () => {
  it('should list the 17 free-exercise-db groups in MUSCLE_GROUP_IDS order', () => {
    expect(MUSCLE_GROUPS.map((m) => m.id)).toEqual([...MUSCLE_GROUP_IDS]);
  });

  it.each([
    ['lats', 'Lats', 'upper-pull'],
    ['quadriceps', 'Quadriceps', 'lower'],
    ['lower back', 'Lower Back', 'core'],
  ])('should describe %s as %s in region %s', (id, name, region) => {
    expect(muscleGroupById(id)).toEqual({ id, name, region });
  });

  it.each([['delts'], [''], [42]])('should reject %j as a muscle id', (value) => {
    expect(isMuscleGroupId(value)).toBe(false);
  });
});

describe('MOVEMENT_PATTERNS', () => {
  it('should describe every movement pattern id once', () => {
    expect(MOVEMENT_PATTERNS.map((p) => p.id)).toEqual([...MOVEMENT_PATTERN_IDS]);
  });

  it('should put the vertical pull in the upper-pull family', () => {
    expect(movementPatternById('vertical-pull')?.family).toBe('upper-pull');
  });
});
