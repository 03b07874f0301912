import { LIFTGRAPH_CATALOG } from '@liftgraph/domain';
import { MUSCLE_GROUP_IDS } from '@liftgraph/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSolver, type MipSolver } from '../solver/highs-solver.js';
import { generateProgramWith } from './generate-program.js';
import { PlanRefusal } from './plan-refusal.js';
import { minimumSessionMinutes } from './refusals.js';

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

function refusal(request: Parameters<typeof generateProgramWith>[1]): PlanRefusal {
  try {
    generateProgramWith(solver, request, { history: [], catalog: LIFTGRAPH_CATALOG });
  } catch (error) {
    if (error instanceof PlanRefusal) return error;
    throw error;
  }
  throw new Error('the request was planned, not refused');
}

/** docs/programming.md §Refusals: one test per cause, each naming the cause and a fix, never a silent substitute. */
describe('refusals', () => {
  it('should refuse equipment that offers no lower-body lift, push or pull (bands alone), naming the equipment and a fix', () => {
    const r = refusal({ athleteId: 'a', daysPerWeek: 3, equipment: ['bands'] });
    expect(r.kind).toBe('equipment');
    expect(r.field).toBe('equipment');
    expect(r.message).toMatch(/the equipment bands offers no lower body .*; add equipment: "body only"/);
  });
  it('should refuse when every muscle is excluded instead of handing out rest days', () => {
    const r = refusal({ athleteId: 'a', daysPerWeek: 3, excludedMuscles: [...MUSCLE_GROUP_IDS] });
    expect(r.kind).toBe('exclusions');
    expect(r.field).toBe('excludedMuscles');
    expect(r.message).toMatch(/leave no lower body .*; exclude fewer muscles/);
  });
  it('should refuse exclusions that leave no push at all (chest and shoulders) rather than a program of pulls and legs', () => {
    const r = refusal({ athleteId: 'a', daysPerWeek: 6, excludedMuscles: ['chest', 'shoulders'] });
    expect(r.kind).toBe('exclusions');
    expect(r.message).toMatch(/\(chest, shoulders\) and exercises leave no push \(horizontal press or overhead press\) exercise/);
  });
  it('should refuse a 20-minute cap instead of one exercise a day, and say how long a session needs', () => {
    const r = refusal({ athleteId: 'a', daysPerWeek: 3, goal: 'strength', sessionTimeCapMin: 20 });
    expect(r.kind).toBe('time-cap');
    expect(r.field).toBe('sessionTimeCapMin');
    const needed = Math.ceil(minimumSessionMinutes('strength') / 5) * 5;
    expect(r.message).toContain(`raise the time cap to at least ${needed} minutes`);
    expect(needed).toBeGreaterThan(20);
  });
  it('should plan the smallest cap it does not refuse with at least 3 exercises a day', () => {
    const cap = Math.ceil(minimumSessionMinutes('general') / 5) * 5 + 5;
    const g = generateProgramWith(
      solver,
      { athleteId: 'a', daysPerWeek: 3, sessionTimeCapMin: cap },
      { history: [], catalog: LIFTGRAPH_CATALOG },
    );
    expect(g.program.weeks.flatMap((w) => w.days).every((d) => d.prescriptions.length >= 3)).toBe(true);
  });
});
