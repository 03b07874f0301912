import { describe, expect, it } from 'vitest';
import { PLANNER_TEMPLATES } from '../problem/split-templates.js';
import { mirrorGroups } from './select-exercises.js';

describe('mirrorGroups', () => {
  it('should mirror PPL×2 push and pull days, solve the two leg days apart (one heavy hinge a week), and keep full body A/B/C and the 5-day split distinct', () => {
    expect(mirrorGroups(PLANNER_TEMPLATES['ppl-6'].days, 48)).toEqual([[0, 3], [1, 4], [2], [5]]);
    expect(mirrorGroups(PLANNER_TEMPLATES['full-body-3'].days, 48)).toEqual([[0], [1], [2]]);
    expect(mirrorGroups(PLANNER_TEMPLATES['upper-lower-ppl-5'].days, 48)).toEqual([[0], [1], [2], [3], [4]]);
  });

  it('should not mirror a day that would come back within the recovery window', () => {
    const days = [
      { dayOfWeek: 1, label: 'A', focus: ['chest' as const] },
      { dayOfWeek: 2, label: 'A again', focus: ['chest' as const], mirrorOf: 0 },
    ];
    expect(mirrorGroups(days, 48)).toEqual([[0], [1]]);
  });
});
