import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customExerciseFor, type Exercise, LIFTGRAPH_CATALOG, plateIncrementKg, roundLoadKg } from '@liftgraph/domain';
import { type DebutPredictor, type SavedDebutModel, trainDebutModel } from '@liftgraph/learning';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { athleteState, defaultResolver, perHandFactorOf } from '../problem/athlete-state.js';
import { baseLoad, type LoadInput } from '../prescriptions/base-load.js';
import { capacityOfHistory } from '../prescriptions/capacity-of.js';
import { DEBUT_TOP_SET_RPE } from '../prescriptions/debut-load.js';
import { LOAD_GUARD } from '../prescriptions/load-guard.js';
import { priorRatio, rtsFraction } from '../prescriptions/strength-ratios.js';
import { generateProgramWith } from '../program/generate-program.js';
import { catalogLookup } from '../program/planning-context.js';
import { loadSolver, type MipSolver } from '../solver/highs-solver.js';
import { debutPredictionSource, debutQueryAt } from './debut-prediction-source.js';
import { ServedDebutModel } from './served-debut-model.js';
import { debutAthleteLog, debutPool } from './testing/debut-logs.js';

const catalogResolve = defaultResolver(LIFTGRAPH_CATALOG);
const resolve = (name: string): Exercise => catalogResolve(name) ?? customExerciseFor(name);
const lookup = catalogLookup(LIFTGRAPH_CATALOG);
const dumbbellBench = lookup('dumbbell-bench-press') as Exercise;
// An athlete who never did the dumbbell bench press; the program starts after the last logged session.
const NEVER = new Set(['Dumbbell Bench Press']);
const log = debutAthleteLog(100, 0.8, { without: NEVER });
const DATE = '2024-04-08';

let solver: MipSolver;
let modelsDir: string;
let good: SavedDebutModel;
let worse: SavedDebutModel;

beforeAll(async () => {
  solver = await loadSolver();
  modelsDir = await mkdtemp(join(tmpdir(), 'planner-debut-'));
  const train = async (debutFactor: number, jitter: boolean, runId: string, createdAt: string): Promise<SavedDebutModel> =>
    (
      await trainDebutModel({
        logs: debutPool(debutFactor, jitter),
        resolve,
        prior: priorRatio,
        epochs: 150,
        seed: 3,
        modelsDir,
        runId,
        createdAt: new Date(createdAt),
      })
    ).model;
  // Debuts at 80 % of the usual load: the ratios overshoot them and the model learns the correction.
  good = await train(0.8, true, 'debut-good', '2025-01-01T00:00:00Z');
  // Debuts at exactly the usual load: the ratios are already exact, so the newer model cannot beat them.
  worse = await train(1, false, 'debut-worse', '2025-02-01T00:00:00Z');
}, 120_000);

afterAll(async () => {
  if (modelsDir) await rm(modelsDir, { recursive: true, force: true });
});

const served = (dir: string, now?: () => number) => ServedDebutModel.start({ modelsDir: dir, maxAgeMs: 1000, ...(now && { now }) });

/** The first hard-week prescription of the never-done exercise in a generated program that prioritises it (the barbell presses excluded). */
function firstDumbbellBench(debutModel: DebutPredictor | null) {
  const generated = generateProgramWith(
    solver,
    {
      athleteId: 'debut-athlete',
      daysPerWeek: 3,
      goal: 'hypertrophy',
      weeks: 4,
      priorities: { muscles: ['chest'], exercises: [dumbbellBench.id] },
      excludedExerciseIds: ['barbell-bench-press', 'incline-bench-press'],
    },
    { history: log, catalog: LIFTGRAPH_CATALOG, ...(debutModel && { debutModel }) },
  );
  expect(generated.score.hard).toBe(0);
  const rx = generated.program.weeks
    .find((w) => !w.deload)
    ?.days.flatMap((d) => d.prescriptions)
    .find((p) => p.exerciseId === dumbbellBench.id);
  if (!rx) throw new Error('the program did not plan the prioritised dumbbell bench press');
  return rx;
}

describe('the planner serves the debut model for exercises never logged', () => {
  it('should record which saved models beat the debut baselines (the premise of the tests below)', () => {
    expect(good.evaluation.beatsBaselines).toBe(true);
    expect(worse.evaluation.beatsBaselines).toBe(false);
    expect(worse.createdAt > good.createdAt).toBe(true);
  });

  it('should serve the newest model that beat the baselines, not a newer one that did not', async () => {
    const model = await served(modelsDir);
    expect(model.current()).not.toBeNull();
    expect(model.detail()).toContain('debut model debut-good');
  });

  it('should keep the first-exposure rules, and say why, when no saved model beat the baselines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'planner-debut-worse-'));
    try {
      await cp(join(modelsDir, 'debut-worse'), join(dir, 'debut-worse'), { recursive: true });
      const model = await served(dir);
      expect(model.current()).toBeNull();
      expect(model.detail()).toMatch(/first-exposure rules \(none of 1 debut models beat the debut baselines\)/);
      const rx = firstDumbbellBench(model.current());
      expect(rx.source).toBe('transfer');
      expect(rx.details).toMatch(/new exercise: start at/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("should prescribe a never-logged exercise from the model's debut top set: source gnn, the reference and ratio named, RPE 7", async () => {
    const predictor = (await served(modelsDir)).current();
    if (!predictor) throw new Error('no debut model served');
    const state = athleteState({ history: log, catalog: LIFTGRAPH_CATALOG });
    const perHandFactor = perHandFactorOf(state.dumbbellRecording);
    const debutSource = debutPredictionSource({ predictor, athleteId: 'a', sessions: log, resolve, perHandFactor });
    const input: LoadInput = {
      athleteId: 'a',
      date: DATE,
      exercise: dumbbellBench,
      reps: 10,
      targetRpe: 8,
      history: [],
      acwr: null,
      restSec: 120,
      sets: 3,
      capacity: null,
      capacityOf: (id) => capacityOfHistory(state.historyByExercise.get(id) ?? [], DATE),
      knownExerciseIds: [...state.historyByExercise.keys()],
      lookup,
      profile: {},
      debutSource,
    };
    const decision = baseLoad(input);

    const query = debutQueryAt('a', log, resolve, dumbbellBench, DATE);
    if (!query) throw new Error('no debut query for the dumbbell bench press');
    const [p] = predictor.predict([query]);
    if (!p) throw new Error('no prediction');
    const e1Rm = (p.kg * perHandFactor) / rtsFraction(query.typicalReps, DEBUT_TOP_SET_RPE);
    const expected = roundLoadKg(e1Rm * rtsFraction(10, LOAD_GUARD.firstExposureRpe), plateIncrementKg('dumbbell'), 'down');
    expect(expected).toBeGreaterThan(0);
    expect(decision).toMatchObject({ loadKg: expected, source: 'gnn', firstExposure: true });
    expect(p.reference.name).toBe('Barbell Bench Press');
    expect(decision.rationale).toContain(`from your Barbell Bench Press ${p.reference.lastTopKg} kg × ${p.reference.lastTopReps}`);
    expect(decision.rationale).toContain(`×${p.reference.ratio.toFixed(2)}, ${p.reference.poolAthletes} lifters`);
    expect(decision.rationale).toContain(`${expected} kg per hand × 10, work up to RPE 7 and adjust`);

    // A comeback (logged long ago) stays the rules' stale-capacity path.
    const old = [{ date: '2023-09-01', targetReps: 10, sets: [{ weightKg: 30, reps: 10 }] }];
    const back = baseLoad({ ...input, history: old, capacity: capacityOfHistory(old, DATE) });
    expect(back.source).toBe('rules');
    expect(back.rationale).toMatch(/^first session back after/);
  });

  it('should take a generated program’s first exposure from the served model', async () => {
    const rx = firstDumbbellBench((await served(modelsDir)).current());
    expect(rx.source).toBe('gnn');
    expect(rx.loadPerHand).toBe(true);
    expect(rx.details).toMatch(/never logged: from your Barbell Bench Press .* ratio of similar lifters \(×0\.\d\d, \d+ lifters\)/);
  });

  it('should pick up a debut model saved after it started, without a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'planner-debut-later-'));
    try {
      let clock = 0;
      const changes: string[] = [];
      const model = await ServedDebutModel.start({ modelsDir: dir, maxAgeMs: 1000, now: () => clock, onChange: (d) => changes.push(d) });
      expect(await model.fresh()).toBeNull();
      expect(model.detail()).toMatch(/no debut model trained/);
      expect(firstDumbbellBench(await model.fresh()).source).toBe('transfer');

      await cp(join(modelsDir, 'debut-good'), join(dir, 'debut-good'), { recursive: true });
      expect(await model.fresh(), 'looked again before maxAgeMs').toBeNull();
      clock += 1000;
      expect(await model.fresh()).not.toBeNull();
      expect(model.detail()).toContain('debut model debut-good');
      expect(changes).toEqual([model.detail()]);
      expect(firstDumbbellBench(await model.fresh()).source).toBe('gnn');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
