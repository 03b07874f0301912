import { buildProgram, KG_PER_LB, type Program } from '@liftgraph/domain/program';
import { describe, expect, it } from 'vitest';
import { formatProgramTable } from './plan-table.js';

const program: Program = buildProgram({
  programId: 'p1',
  athleteId: 'a1',
  daysPerWeek: 3,
  weeks: [
    {
      days: [
        {
          dayOfWeek: 1,
          label: 'Full Body A',
          prescriptions: [
            {
              exerciseId: 'barbell-back-squat',
              exerciseName: 'Barbell Back Squat',
              primaryMuscles: ['quadriceps'],
              secondaryMuscles: ['glutes'],
              sets: 3,
              reps: 5,
              loadKg: 100,
              loadPerHand: false,
              bodyweight: false,
              restSec: 180,
              targetRpe: 7.5,
              rationale: '100 kg × 5 @RPE 7.5 (+2.5 kg): every set reached its target reps',
              source: 'rules',
            },
            {
              exerciseId: 'dumbbell-bench-press',
              exerciseName: 'Dumbbell Bench Press',
              primaryMuscles: ['chest'],
              secondaryMuscles: ['triceps'],
              sets: 3,
              reps: 10,
              loadKg: 24,
              loadPerHand: true,
              bodyweight: false,
              restSec: 120,
              targetRpe: 8,
              rationale: 'per hand',
              source: 'rules',
            },
            {
              exerciseId: 'pull-up',
              exerciseName: 'Pull-Up',
              primaryMuscles: ['lats'],
              secondaryMuscles: ['biceps'],
              sets: 3,
              reps: 8,
              loadKg: null,
              loadPerHand: false,
              bodyweight: true,
              restSec: 120,
              targetRpe: 8,
              rationale: 'body weight',
              source: 'default',
            },
            {
              exerciseId: 'chest-dip',
              exerciseName: 'Chest Dip',
              primaryMuscles: ['chest'],
              secondaryMuscles: ['triceps'],
              sets: 3,
              reps: 8,
              loadKg: 10,
              loadPerHand: false,
              bodyweight: true,
              restSec: 120,
              targetRpe: 8,
              rationale: 'weighted',
              source: 'rules',
            },
          ],
        },
        { dayOfWeek: 3, label: 'Full Body B', prescriptions: [] },
      ],
    },
    { deload: true, days: [] },
  ],
});

describe('formatProgramTable', () => {
  it('should print one row per prescription with load, rest, RPE, source and rationale, and mark deloads', () => {
    const lines = formatProgramTable(program, 'stored; rules only');
    expect(lines[0]).toBe('program p1 for a1: 3 days/week, 2 weeks (stored; rules only)');
    const row = lines.find((l) => l.includes('Barbell Back Squat')) ?? '';
    expect(row).toMatch(/^Mon Full Body A +Barbell Back Squat +3×5 @ 100 kg +3m +7\.5 +rules +100 kg × 5/);
    expect(lines.some((l) => l.includes('Full Body B') && l.includes('no exercise fits'))).toBe(true);
    expect(lines).toContain('week 2 (deload)');
  });

  it('should say "per hand" and "body weight" where the prescription says so', () => {
    const lines = formatProgramTable(program, 'stored');
    const dose = (name: string): string => (lines.find((l) => l.includes(name)) ?? '').slice(47, 75).trim();
    expect(dose('Dumbbell Bench Press')).toBe('3×10 @ 24 kg per hand');
    expect(dose('Pull-Up')).toBe('3×8 @ body weight');
    expect(dose('Chest Dip')).toBe('3×8 @ body weight + 10 kg');
  });

  it("should print an lbs athlete's loads in lb on their plate step", () => {
    const squat = program.weeks[0]?.days[0]?.prescriptions[0];
    if (squat === undefined) throw new Error('the fixture has a squat');
    const lbProgram = structuredClone(program);
    const rx = lbProgram.weeks[0]?.days[0]?.prescriptions[0];
    if (rx) rx.loadKg = 225 * KG_PER_LB; // what the planner stores for 225 lb
    const lines = formatProgramTable(lbProgram, 'stored', { unit: 'lbs', microplates: false });
    const dose = (name: string): string => (lines.find((l) => l.includes(name)) ?? '').slice(47, 75).trim();
    expect(dose('Barbell Back Squat')).toBe('3×5 @ 225 lb');
    expect(dose('Dumbbell Bench Press')).toBe('3×10 @ 55 lb per hand'); // 24 kg = 52.9 lb, on the 5 lb step
    expect(dose('Chest Dip')).toBe('3×8 @ body weight + 20 lb');
  });
});
