import { describe, expect, it } from 'vitest';
import { exerciseKeys, exerciseSearchOptions } from './exercises.queries';

describe('exerciseKeys', () => {
  it('should normalise search text so "Squat " and "squat" share a cache entry', () => {
    expect(exerciseKeys.search('Squat ', 8)).toEqual(exerciseKeys.search('squat', 8));
    expect(exerciseSearchOptions('Squat ').queryKey).toEqual(['exercises', 'search', 'squat', 8]);
  });

  it('should not search for fewer than two characters', () => {
    expect(exerciseSearchOptions('s').enabled).toBe(false);
    expect(exerciseSearchOptions('sq').enabled).toBe(true);
  });
});
