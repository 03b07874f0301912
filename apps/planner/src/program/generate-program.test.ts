import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePopulation, importWorkoutLog, LIFTGRAPH_CATALOG, type LoggedSession } from '@liftgraph/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanRequestInput } from '../problem/plan-request.schema.js';
import type { PredictionSource } from '../prescriptions/prediction-source.js';
import { loadSolver, type MipSolver } from '../solver/highs-solver.js';
import { generateProgramWith } from './generate-program.js';
import { verifyProgram } from './verify-program.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const REAL_LOGS = resolve(REPO_ROOT, '../shared/data/real-logs');

let solver: MipSolver;
const population = generatePopulation({ n: 2, weeks: 16, seed: 11 });
const athletes: Array<[string, readonly LoggedSession[]]> = [['no-history', []], ...population.map((p): [string, LoggedSession[]] => [p.id, p.log.sessions])];

beforeAll(async () => {
  solver = await loadSolver();
});

function check(request: PlanRequestInput, history: readonly LoggedSession[], predictionSource?: PredictionSource) {
  const generated = generateProgramWith(solver, request, { history, catalog: LIFTGRAPH_CATALOG, ...(predictionSource ? { predictionSource } : {}) });
  const verification = verifyProgram(generated.program, request, LIFTGRAPH_CATALOG);
  expect(verification.violations.map((v) => v.detail)).toEqual([]);
  expect(generated.score.hard).toBe(0);
  const all = generated.program.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions));
  expect(all.length).toBeGreaterThan(0);
  for (const rx of all) {
    expect(rx.rationale.length).toBeGreaterThan(10);
    expect(['gnn', 'rules', 'transfer', 'default']).toContain(rx.source);
  }
  return generated;
}

describe.each([3, 5, 6] as const)('generateProgram, %d days', (daysPerWeek) => {
  it.each(athletes)('should satisfy every hard constraint for %s (hard score 0)', (athleteId, history) => {
    const g = check({ athleteId, daysPerWeek, goal: 'hypertrophy', weeks: 6 }, history);
    expect(g.program.weeks).toHaveLength(6);
    expect(g.program.weeks.at(-1)?.deload).toBe(true);
    expect(g.program.weeks[0]?.days.map((d) => d.dayOfWeek)).toEqual([...new Set(g.program.weeks[0]?.days.map((d) => d.dayOfWeek))]);
  });

  it('should respect a tight time cap, limited equipment and exclusions', () => {
    const request: PlanRequestInput = {
      athleteId: 'x', daysPerWeek, goal: 'strength', weeks: 4, sessionTimeCapMin: 45, equipment: ['dumbbell', 'body only', 'bands'],
      excludedExerciseIds: ['push-up'], excludedMuscles: ['lower back'],
    };
    const g = check(request, population[0]?.log.sessions ?? []);
    const ids = g.program.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions.map((p) => p.exerciseId)));
    expect(ids).not.toContain('push-up');
  });
});

describe('prescriptions', () => {
  it('should use a prediction source when it answers, clamped by the guardrails', () => {
    const history = population[0]?.log.sessions ?? [];
    const source: PredictionSource = { id: 'fake-gnn', predict: ({ history: h }) => (h.length > 0 ? { weightKg: 1000, reps: 5, restSec: 120, reasons: ['test'] } : null) };
    const g = check({ athleteId: 'a', daysPerWeek: 5, goal: 'general' }, history, source);
    const gnn = g.program.weeks[0]?.days.flatMap((d) => d.prescriptions).filter((p) => p.source === 'gnn') ?? [];
    expect(gnn.length).toBeGreaterThan(0);
    for (const p of gnn) expect(p.rationale).toMatch(/GNN predicts 1000 kg/);
    expect(gnn.every((p) => p.loadKg < 500)).toBe(true);
  });

  it('should undulate reps when an exercise repeats in the week and progress loads across the block', () => {
    const g = check({ athleteId: 'a', daysPerWeek: 6, goal: 'hypertrophy' }, population[1]?.log.sessions ?? []);
    const firstWeek = g.program.weeks[0]?.days.flatMap((d) => d.prescriptions) ?? [];
    const repeated = firstWeek.filter((p) => firstWeek.filter((q) => q.exerciseId === p.exerciseId).length > 1);
    if (repeated.length > 0) expect(new Set(repeated.filter((p) => p.exerciseId === repeated[0]?.exerciseId).map((p) => p.reps)).size).toBeGreaterThan(1);
    const first = g.program.weeks[0]?.days[0]?.prescriptions[0];
    const fifth = g.program.weeks[4]?.days[0]?.prescriptions[0];
    const deload = g.program.weeks[5]?.days[0]?.prescriptions[0];
    expect(fifth?.loadKg ?? 0).toBeGreaterThanOrEqual(first?.loadKg ?? 0);
    expect(deload?.sets ?? 99).toBeLessThan(fifth?.sets ?? 0);
  });
});

describe('real logs', () => {
  const files = existsSync(REAL_LOGS) ? readdirSync(REAL_LOGS).filter((f) => f.endsWith('.csv')) : [];
  if (files.length === 0) {
    console.warn(`SKIPPED real-log planner tests: no CSV files under ${REAL_LOGS}`);
    it.skip('real logs are absent', () => {});
    return;
  }
  it.each(files)('should plan 3/5/6 days for %s within every hard constraint', async (file) => {
    const log = await importWorkoutLog(readFileSync(join(REAL_LOGS, file)), { now: '2100-01-01' });
    for (const daysPerWeek of [3, 5, 6] as const) check({ athleteId: file, daysPerWeek, goal: 'general' }, log.sessions);
  });
});
