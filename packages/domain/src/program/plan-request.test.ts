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
  it('should take equipmentLimits, default to none, and refuse a non-positive or absurd limit by its field', () => {
    const none = parsePlanRequest({ athleteId: 'a', daysPerWeek: 3 });
    expect(none.ok && none.request.equipmentLimits).toEqual({});
    const both = parsePlanRequest({ athleteId: 'a', daysPerWeek: 3, equipmentLimits: { heaviestDumbbellKg: 30, smallestPlateKg: 1.25 } });
    expect(both.ok && both.request.equipmentLimits).toEqual({ heaviestDumbbellKg: 30, smallestPlateKg: 1.25 });
    const bad = parsePlanRequest({ athleteId: 'a', daysPerWeek: 3, equipmentLimits: { heaviestDumbbellKg: 0, smallestPlateKg: 40 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field).sort()).toEqual(['equipmentLimits.heaviestDumbbellKg', 'equipmentLimits.smallestPlateKg']);
  });
});
