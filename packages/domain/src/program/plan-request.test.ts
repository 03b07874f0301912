import { describe, expect, it } from 'vitest';
import { describeFieldErrors, parsePlanRequest, PLAN_REQUEST_BOUNDS } from './plan-request.js';

const refused = (input: unknown): string => {
  const r = parsePlanRequest(input);
  if (r.ok) throw new Error('accepted');
  return describeFieldErrors(r.errors);
};

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
    if (!bad.ok)
      expect(bad.errors.map((e) => e.field).sort()).toEqual(['equipmentLimits.heaviestDumbbellKg', 'equipmentLimits.smallestPlateKg']);
  });

  it('should bound a block to 1–12 weeks and say so with the value given', () => {
    expect(PLAN_REQUEST_BOUNDS.weeks).toMatchObject({ min: 1, max: 12 });
    expect(parsePlanRequest({ athleteId: 'a', daysPerWeek: 3, weeks: 12 }).ok).toBe(true);
    expect(refused({ athleteId: 'a', daysPerWeek: 3, weeks: 16 })).toBe('weeks must be a whole number from 1 to 12, got 16');
    expect(refused({ athleteId: 'a', daysPerWeek: 3, weeks: 0 })).toBe('weeks must be a whole number from 1 to 12, got 0');
    expect(refused({ athleteId: 'a', daysPerWeek: 3, weeks: 2.5 })).toBe('weeks must be a whole number from 1 to 12, got 2.5');
  });

  it.each([
    [{ daysPerWeek: 4 }, 'daysPerWeek must be 3, 5 or 6, got 4'],
    [{ goal: 'bulk' }, 'goal must be one of strength, hypertrophy, general, got "bulk"'],
    [{ sessionTimeCapMin: 300 }, 'sessionTimeCapMin must be a whole number from 20 to 240, got 300'],
    [{ equipment: [] }, 'equipment must list at least one kind of equipment'],
    [{ equipmentLimits: { heaviestDumbbellKg: 0 } }, 'equipmentLimits.heaviestDumbbellKg must be a number above 0 and at most 250, got 0'],
    [{ equipmentLimits: { smallestPlateKg: 26 } }, 'equipmentLimits.smallestPlateKg must be a number above 0 and at most 25, got 26'],
    [{ startDate: '4 March' }, 'startDate must be a date as YYYY-MM-DD, got "4 March"'],
    [{ athleteId: '' }, 'athleteId must name an athlete'],
  ])('should word %j as "%s"', (field, message) => {
    expect(refused({ athleteId: 'a', daysPerWeek: 3, ...field })).toBe(message);
  });
});
