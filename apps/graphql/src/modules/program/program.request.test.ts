import { describeFieldErrors, EQUIPMENT_VALUES, parsePlanRequest } from '@liftgraph/domain/program';
import { describe, expect, it } from 'vitest';
import type { GenerateProgramInput } from './program.input.js';
import { planRequest } from './program.request.js';

/** What type-graphql hands the resolver for `generateProgram(input: {athleteId, daysPerWeek, goal})`: the defaults filled in. */
const input = (extra: Partial<GenerateProgramInput> = {}): GenerateProgramInput => ({
  athleteId: 'a1',
  daysPerWeek: 5,
  goal: 'strength',
  weeks: 6,
  sessionTimeCapMin: 75,
  equipment: [],
  excludedExerciseIds: [],
  excludedMuscles: [],
  priorityMuscles: [],
  priorityExerciseIds: [],
  ...extra,
});

describe('generateProgram input → planner request', () => {
  it('should pass the equipment limits through in kg', () => {
    expect(planRequest(input({ equipmentLimits: { heaviestDumbbellKg: 22.5, smallestPlateKg: 1.25 } })).equipmentLimits).toEqual({
      heaviestDumbbellKg: 22.5,
      smallestPlateKg: 1.25,
    });
  });

  it('should send no limit for an omitted input, a null field or an omitted field', () => {
    expect(planRequest(input()).equipmentLimits).toEqual({});
    expect(planRequest(input({ equipmentLimits: null })).equipmentLimits).toEqual({});
    expect(planRequest(input({ equipmentLimits: { heaviestDumbbellKg: null, smallestPlateKg: 2.5 } })).equipmentLimits).toEqual({
      smallestPlateKg: 2.5,
    });
    expect(planRequest(input({ equipmentLimits: { heaviestDumbbellKg: 30 } })).equipmentLimits).toEqual({ heaviestDumbbellKg: 30 });
  });

  it.each([
    [{ heaviestDumbbellKg: 0 }, /equipmentLimits\.heaviestDumbbellKg must be a number above 0 and at most 250, got 0/],
    [{ heaviestDumbbellKg: -10 }, /equipmentLimits\.heaviestDumbbellKg must be a number above 0/],
    [{ heaviestDumbbellKg: 251 }, /equipmentLimits\.heaviestDumbbellKg .*at most 250, got 251/],
    [{ heaviestDumbbellKg: Number.NaN }, /equipmentLimits\.heaviestDumbbellKg must be a number/],
    [{ smallestPlateKg: 0 }, /equipmentLimits\.smallestPlateKg must be a number above 0 and at most 25, got 0/],
    [{ smallestPlateKg: 26 }, /equipmentLimits\.smallestPlateKg .*at most 25, got 26/],
  ])('should refuse %j as BAD_USER_INPUT naming the field', (limits, message) => {
    expect(() => planRequest(input({ equipmentLimits: limits }))).toThrowError(message);
    try {
      planRequest(input({ equipmentLimits: limits }));
    } catch (error) {
      expect(error).toMatchObject({ name: 'ApiError', code: 'BAD_USER_INPUT' });
    }
  });

  it('should keep checking the other fields as before', () => {
    expect(() => planRequest(input({ daysPerWeek: 4 }))).toThrowError(/daysPerWeek must be 3, 5 or 6, got 4/);
    expect(() => planRequest(input({ goal: 'bulk' }))).toThrowError(/goal must be one of strength, hypertrophy, general/);
    expect(planRequest(input({ equipment: ['dumbbell'] }))).toMatchObject({ athleteId: 'a1', daysPerWeek: 5, equipment: ['dumbbell'] });
    expect(planRequest(input()).equipment, 'no equipment chosen: every kind').toEqual([...EQUIPMENT_VALUES]);
  });

  it("should refuse a 16-week block with the domain contract's bound error, as the planner and the portal do", () => {
    const domain = parsePlanRequest({ athleteId: 'a1', daysPerWeek: 5, weeks: 16 });
    if (domain.ok) throw new Error('the domain accepted 16 weeks');
    expect(() => planRequest(input({ weeks: 16 }))).toThrowError(describeFieldErrors(domain.errors));
    expect(() => planRequest(input({ weeks: 16 }))).toThrowError(/^weeks must be a whole number from 1 to 12, got 16$/);
    expect(planRequest(input({ weeks: 12 })).weeks).toBe(12);
  });
});
