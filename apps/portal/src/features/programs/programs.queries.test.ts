import { describe, expect, it } from 'vitest';
import {
  builderInputError,
  equipmentLimitsFromForm,
  NO_EQUIPMENT_MESSAGE,
  muscleGroupsOptions,
  programKeys,
  programOptions,
} from './programs.queries';

describe('programKeys', () => {
  it('should key a program by id under the programs root', () => {
    expect(programKeys.detail('p1')).toEqual(['programs', 'detail', 'p1']);
    expect(programOptions('p1').queryKey).toEqual(programKeys.detail('p1'));
  });

  it('should keep the muscle-group catalog outside the programs root so program invalidation keeps it', () => {
    expect(muscleGroupsOptions().queryKey[0]).not.toBe(programKeys.all[0]);
  });
});

describe('equipmentLimitsFromForm', () => {
  const form = (fields: Record<string, string>): FormData => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return f;
  };

  it('should send both limits in kg, and only the ones filled in', () => {
    expect(equipmentLimitsFromForm(form({ heaviestDumbbellKg: '22.5', smallestPlateKg: '1.25' }))).toEqual({
      heaviestDumbbellKg: 22.5,
      smallestPlateKg: 1.25,
    });
    expect(equipmentLimitsFromForm(form({ heaviestDumbbellKg: '30', smallestPlateKg: '' }))).toEqual({ heaviestDumbbellKg: 30 });
    expect(equipmentLimitsFromForm(form({ smallestPlateKg: '2,5' }))).toEqual({ smallestPlateKg: 2.5 });
    // An lb user types pounds: sent as the exact kg.
    expect(equipmentLimitsFromForm(form({ heaviestDumbbellKg: '50', smallestPlateKg: '2.5' }), 'lbs')).toEqual({
      heaviestDumbbellKg: 22.6796185,
      smallestPlateKg: 1.133980925,
    });
  });

  it('should send no limits when both fields are empty or absent', () => {
    expect(equipmentLimitsFromForm(form({ heaviestDumbbellKg: ' ', smallestPlateKg: '' }))).toBeNull();
    expect(equipmentLimitsFromForm(form({}))).toBeNull();
  });
});

describe('builderInputError', () => {
  const input = { athleteId: 'a1', daysPerWeek: 5, goal: 'hypertrophy', weeks: 6, sessionTimeCapMin: 75, excludedMuscles: [] };
  it('should refuse a 16-week block with the same words as the planner and the API', () => {
    expect(builderInputError({ ...input, weeks: 16 } as Parameters<typeof builderInputError>[0])).toBe(
      'weeks must be a whole number from 1 to 12, got 16',
    );
  });
  it('should accept a 6-week block', () => {
    expect(builderInputError(input as Parameters<typeof builderInputError>[0])).toBeNull();
  });
  it('should refuse a request with no equipment ticked rather than send it as "everything"', () => {
    expect(builderInputError({ ...input, equipment: [] } as Parameters<typeof builderInputError>[0])).toBe(NO_EQUIPMENT_MESSAGE);
    expect(builderInputError({ ...input, equipment: ['body only'] } as Parameters<typeof builderInputError>[0])).toBeNull();
  });
  it('should refuse a start date that is not a calendar day, naming the field', () => {
    expect(builderInputError({ ...input, startDate: '14/12/2026' } as Parameters<typeof builderInputError>[0])).toMatch(/^startDate/);
  });
});
