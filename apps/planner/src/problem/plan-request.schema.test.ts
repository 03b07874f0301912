import { describe, expect, it } from 'vitest';
import { parsePlanRequest } from './plan-request.schema.js';

describe('parsePlanRequest', () => {
  it('should fill defaults', () => {
    const r = parsePlanRequest({ athleteId: 'a', daysPerWeek: 5 });
    expect(r.ok && r.request).toMatchObject({ weeks: 6, goal: 'general', sessionTimeCapMin: 75, excludedMuscles: [] });
  });
  it('should name the offending fields', () => {
    const r = parsePlanRequest({ athleteId: '', daysPerWeek: 4, excludedMuscles: ['wings'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['athleteId', 'daysPerWeek', 'excludedMuscles.0']);
  });
});
