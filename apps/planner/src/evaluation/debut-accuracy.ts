import {
  addDays,
  createAthlete,
  createProgressionPrescriber,
  customExerciseFor,
  type Exercise,
  generatePopulation,
  type LoggedSession,
  median,
  mondayOnOrAfter,
  type Prescriber,
  repsToFailure,
  runSimulation,
  SPLIT_TEMPLATES,
  SeededRng,
  trueOneRepMaxKg,
} from '@liftgraph/domain';
import { type DebutPredictor, type SavedDebutModel, trainDebutModel } from '@liftgraph/learning';
import { debutPredictionSource } from '../predictions/debut-prediction-source.js';
import { athleteState, defaultResolver, perHandFactorOf } from '../problem/athlete-state.js';
import { baseLoad } from '../prescriptions/base-load.js';
import { capacityOfHistory } from '../prescriptions/capacity-of.js';
import { LOAD_GUARD } from '../prescriptions/load-guard.js';
import { priorRatio } from '../prescriptions/strength-ratios.js';
import { catalogLookup } from '../program/planning-context.js';

/**
 * Closed-loop debut accuracy (issue #16 item 6): simulated athletes train a split without some of its
 * exercises, then do one of those for the first time. The planner prescribes the first set — from the
 * debut model (trained on another simulated population) or from its first-exposure rules (transfer
 * from a related lift, else a body-weight default) — and the simulator's hidden state says how many
 * reps that set really left in reserve (rested true 1RM, RTS chart), against the target RIR of a
 * first exposure (10 − LOAD_GUARD.firstExposureRpe = 3).
 */

/** A prescriber that leaves out `withheld` exercises (an athlete who has not done them yet) before week `fromWeek`. */
export function withholding(inner: Prescriber, withheld: ReadonlySet<string>, fromWeek = Infinity): Prescriber {
  return {
    id: `${inner.id} without ${withheld.size}`,
    prescribe(context) {
      const plan = inner.prescribe(context);
      if (context.weekIndex >= fromWeek) return plan;
      return { ...plan, prescriptions: plan.prescriptions.filter((p) => !withheld.has(p.exerciseId)) };
    },
  };
}

interface SimAthleteSpec {
  id: string;
  params: Parameters<typeof createAthlete>[0];
  split: keyof typeof SPLIT_TEMPLATES;
  seed: number;
}

const templateIds = (split: keyof typeof SPLIT_TEMPLATES): string[] => [
  ...new Set(SPLIT_TEMPLATES[split].days.flatMap((d) => d.template.exercises.map((e) => e.exerciseId))),
];

/** Athletes drawn like the simulated population (its params and split), each with its own seed. */
function athletes(n: number, seed: number): SimAthleteSpec[] {
  return generatePopulation({ n, weeks: 1, seed }).map((p, i) => ({ id: p.id, params: p.params, split: p.split, seed: seed * 1000 + i }));
}

/** Which of an athlete's template exercises are withheld: loaded, not the first listed, about a third. */
function withheldOf(spec: SimAthleteSpec, catalog: (id: string) => Exercise | undefined): Set<string> {
  const rng = new SeededRng(spec.seed ^ 0x5a5a);
  const ids = templateIds(spec.split).filter((id) => {
    const e = catalog(id);
    return e !== undefined && !e.bodyweight;
  });
  return new Set(ids.slice(1).filter(() => rng.chance(0.35)));
}

/** The training pool: athletes who add their withheld exercises after 2–6 weeks (their debuts have a history). */
export function debutTrainingLogs(
  n: number,
  seed: number,
  weeks: number,
  catalog: readonly Exercise[],
): { athleteId: string; sessions: LoggedSession[]; file: string }[] {
  const lookup = catalogLookup(catalog);
  return athletes(n, seed).map((spec) => {
    const from = 2 + (spec.seed % 5);
    const result = runSimulation({
      athlete: createAthlete(spec.params, spec.seed),
      weeks,
      schedule: SPLIT_TEMPLATES[spec.split],
      prescriber: withholding(createProgressionPrescriber('double'), withheldOf(spec, lookup), from),
    });
    return { athleteId: spec.id, sessions: result.log.sessions, file: `${spec.id}.sim` };
  });
}

export interface DebutOutcome {
  athleteId: string;
  exerciseId: string;
  arm: 'model' | 'rules';
  source: string;
  loadKg: number;
  /** Reps in reserve of the first set at `reps` (0 when the set cannot be completed). */
  rir: number;
  reps: number;
}

export interface DebutAccuracyOptions {
  catalog: readonly Exercise[];
  predictor: DebutPredictor;
  n: number;
  seed: number;
  /** Weeks trained without the withheld exercises before their debut. */
  weeks: number;
  /** Reps of the first set (the planner's first exposures are planned at RPE 7). */
  reps: number;
}

/** Every debut of the evaluated athletes, prescribed by both arms (the model arm only where it answered). */
export function debutOutcomes(o: DebutAccuracyOptions): DebutOutcome[] {
  const lookup = catalogLookup(o.catalog);
  const catalogResolve = defaultResolver(o.catalog);
  const resolve = (name: string): Exercise => catalogResolve(name) ?? customExerciseFor(name);
  const out: DebutOutcome[] = [];
  for (const spec of athletes(o.n, o.seed)) {
    const withheld = withheldOf(spec, lookup);
    if (withheld.size === 0) continue;
    const result = runSimulation({
      athlete: createAthlete(spec.params, spec.seed),
      weeks: o.weeks,
      schedule: SPLIT_TEMPLATES[spec.split],
      prescriber: withholding(createProgressionPrescriber('double'), withheld),
    });
    const sessions = result.log.sessions;
    const last = sessions.at(-1)?.date;
    if (last === undefined) continue;
    const date = mondayOnOrAfter(addDays(last, 1));
    const state = athleteState({ history: sessions, catalog: o.catalog });
    const debutSource = debutPredictionSource({
      predictor: o.predictor,
      athleteId: spec.id,
      sessions,
      resolve,
      perHandFactor: perHandFactorOf(state.dumbbellRecording),
    });
    for (const id of withheld) {
      const exercise = lookup(id);
      if (!exercise) continue;
      const input = {
        athleteId: spec.id,
        date,
        exercise,
        reps: o.reps,
        targetRpe: LOAD_GUARD.firstExposureRpe,
        history: [],
        acwr: state.acwr,
        restSec: 120,
        sets: 3,
        capacity: null,
        capacityOf: (other: string) => capacityOfHistory(state.historyByExercise.get(other) ?? [], date),
        knownExerciseIds: [...state.historyByExercise.keys()],
        lookup,
        profile: { bodyweightKg: spec.params.bodyMassKg, sex: spec.params.sex },
      };
      const oneRm = trueOneRepMaxKg(result.athlete, id);
      for (const [arm, decision] of [
        ['rules', baseLoad(input)],
        ['model', baseLoad({ ...input, debutSource })],
      ] as const) {
        if (arm === 'model' && decision.source !== 'gnn') continue;
        const loadKg = decision.loadKg ?? 0;
        const reps = decision.reps ?? o.reps;
        out.push({
          athleteId: spec.id,
          exerciseId: id,
          arm,
          source: decision.source,
          loadKg,
          reps,
          rir: Math.max(0, repsToFailure(loadKg / oneRm) - reps),
        });
      }
    }
  }
  return out;
}

export interface DebutArmSummary {
  arm: string;
  debuts: number;
  meanRir: number;
  /** Median |RIR − target|. */
  medianAbsError: number;
  withinOne: number;
  /** RIR < 1: the first set was near failure (too heavy for a first exposure). */
  tooHeavy: number;
  /** RIR > 6: the first set was far from a hard set (too light to calibrate from). */
  tooLight: number;
}

export function summarizeDebuts(rows: readonly DebutOutcome[], label: string, targetRir: number): DebutArmSummary {
  const n = rows.length;
  const share = (f: (r: DebutOutcome) => boolean): number => (n === 0 ? Number.NaN : rows.filter(f).length / n);
  return {
    arm: label,
    debuts: n,
    meanRir: n === 0 ? Number.NaN : rows.reduce((s, r) => s + r.rir, 0) / n,
    medianAbsError: median(rows.map((r) => Math.abs(r.rir - targetRir))),
    withinOne: share((r) => Math.abs(r.rir - targetRir) <= 1),
    tooHeavy: share((r) => r.rir < 1),
    tooLight: share((r) => r.rir > 6),
  };
}

export function formatDebutTable(rows: readonly DebutArmSummary[], targetRir: number): string {
  const head = ['arm', 'debuts', 'mean RIR', `median |RIR − ${targetRir}|`, 'within ±1', 'RIR < 1', 'RIR > 6'];
  const pct = (x: number): string => `${(100 * x).toFixed(0)} %`;
  return [
    head.join(' | '),
    head.map(() => '---').join(' | '),
    ...rows.map((r) =>
      [r.arm, String(r.debuts), r.meanRir.toFixed(2), r.medianAbsError.toFixed(2), pct(r.withinOne), pct(r.tooHeavy), pct(r.tooLight)].join(
        ' | ',
      ),
    ),
  ].join('\n');
}

/** Trains the debut model the bench serves, on a separate simulated population (as the CLI trains on real logs). */
export async function trainSimulatedDebutModel(o: {
  catalog: readonly Exercise[];
  n: number;
  seed: number;
  weeks: number;
  modelsDir: string;
}): Promise<SavedDebutModel> {
  const catalogResolve = defaultResolver(o.catalog);
  const { model } = await trainDebutModel({
    logs: debutTrainingLogs(o.n, o.seed, o.weeks, o.catalog),
    resolve: (name) => catalogResolve(name) ?? customExerciseFor(name),
    prior: priorRatio,
    modelsDir: o.modelsDir,
    runId: `sim-debut-${o.seed}`,
    createdAt: new Date(),
  });
  return model;
}
