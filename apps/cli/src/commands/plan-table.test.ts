import type { Program } from '@liftgraph/planner';
import { describe, expect, it } from 'vitest';
import { formatProgramTable } from './plan-table.js';

const program: Program = {
  programId: 'p1', athleteId: 'a1', daysPerWeek: 3,
  weeks: [{ index: 0, deload: false, days: [{ index: 0, dayOfWeek: 1, label: 'Full Body A', prescriptions: [{
    exerciseId: 'barbell-back-squat', exerciseName: 'Barbell Back Squat', primaryMuscles: ['quadriceps'], secondaryMuscles: ['glutes'],
    sets: 3, reps: 5, loadKg: 100, restSec: 180, targetRpe: 7.5, rationale: '100 kg × 5 @RPE 7.5 (+2.5 kg): every set reached its target reps', source: 'rules',
  }] }, { index: 1, dayOfWeek: 3, label: 'Full Body B', prescriptions: [] }] }, { index: 1, deload: true, days: [] }],
};

describe('formatProgramTable', () => {
  it('should print one row per prescription with load, rest, RPE, source and rationale, and mark deloads', () => {
    const lines = formatProgramTable(program, 'stored; rules only');
    expect(lines[0]).toBe('program p1 for a1: 3 days/week, 2 weeks (stored; rules only)');
    const row = lines.find((l) => l.includes('Barbell Back Squat')) ?? '';
    expect(row).toMatch(/^Mon Full Body A +Barbell Back Squat +3×5 @ 100 kg +3m +7\.5 +rules +100 kg × 5/);
    expect(lines.some((l) => l.includes('Full Body B') && l.includes('no exercise fits'))).toBe(true);
    expect(lines).toContain('week 2 (deload)');
  });
});
