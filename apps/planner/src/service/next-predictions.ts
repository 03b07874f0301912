import {
  addDays,
  applyOverload,
  type Exercise,
  type LoggedSession,
  OVERLOAD_DEFAULTS,
  plateIncrementKg,
  type PlateSet,
  roundLoadKg,
} from '@liftgraph/domain';
import type { ModelVerdict, Predictor } from '@liftgraph/learning';
import { DEFAULT_SHAP_BUDGET, type ShapBudget } from '../predictions/explain-next.js';
import { gnnPredictionSource } from '../predictions/gnn-prediction-source.js';
import { type NextPerformanceGraph, nextPerformanceGraph } from '../predictions/next-performance-graph.js';
import { logFingerprint, type ShapCache } from '../predictions/shap-cache.js';
import type { PredictionSource } from '../prescriptions/prediction-source.js';
import { athleteState, defaultResolver } from '../problem/athlete-state.js';
import { attachExplanations, noExplanation, type ServedPrediction } from './attach-explanations.js';
import type { PredictionsResponse } from './predictions.schema.js';

/** Main exercises: the most frequent of the last RECENT_WEEKS weeks (ending at the athlete's last session). */
export const MAIN_EXERCISES = 8;
export const RECENT_WEEKS = 8;
/** Rest when the log records none for the exercise. */
export const DEFAULT_REST_SEC = 120;

const LOWER = new Set(['quadriceps', 'hamstrings', 'glutes', 'calves', 'adductors', 'abductors', 'lower back']);

export {
  predictionsQuerySchema,
  predictionSchema,
  predictionsResponseSchema,
  explanationSchema,
  type NextPrediction,
  type PredictionExplanation,
  type PredictionsResponse,
} from './predictions.schema.js';

export interface PredictionExplainer {
  predictor: Predictor;
  /** Registry version id (or artifact directory). */
  version: string;
  verdict: ModelVerdict;
}

export interface NextPredictionsInput {
  athleteId: string;
  sessions: readonly LoggedSession[];
  catalog: readonly Exercise[];
  predictor: Predictor | null;
  /** The model whose SHAP reasons are shown (the serving model, else the newest model at all); null: no SHAP. */
  explainer?: PredictionExplainer | null;
  shapBudget?: ShapBudget;
  /** Per-process memo of explanations (see ShapCache). */
  shapCache?: ShapCache;
  /** `YYYY-MM-DD` of the session predicted; default: the day after the last logged session. */
  date?: string;
  /** The athlete's plates: a model's number is rounded to their step (lb steps for an lbs athlete); default kg. */
  plates?: PlateSet;
  onWarning?: (message: string) => void;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Median logged rest (s) of the exercise's latest performance that records rest, else null. */
function lastRestSec(sessions: readonly LoggedSession[], exerciseId: string, resolve: (name: string) => Exercise | null): number | null {
  for (let i = sessions.length - 1; i >= 0; i--) {
    for (const perf of sessions[i]?.performances ?? []) {
      if (resolve(perf.exerciseName)?.id !== exerciseId) continue;
      const rest = median(perf.sets.flatMap((s) => (s.type !== 'warmup' && s.restSec !== null && s.restSec > 0 ? [s.restSec] : [])));
      if (rest !== null) return rest;
    }
  }
  return null;
}

function regionOf(e: Exercise): 'upper' | 'lower' {
  const top = [...e.targets].sort((a, b) => b.share - a.share)[0];
  return top && LOWER.has(top.muscle) ? 'lower' : 'upper';
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * The next session of each main exercise of an athlete: the model's prediction (rounded to the plate
 * step) when a model is loaded and has one, else the domain overload rules (applyOverload, default
 * chain) with their one-line reasons. Each prediction carries the explainer model's KernelSHAP
 * reasons (its own when it served the number, "the model's view" beside the rules otherwise), or says
 * why there are none.
 */
export function nextPredictions(input: NextPredictionsInput): PredictionsResponse {
  const { athleteId, sessions, catalog } = input;
  const resolve = defaultResolver(catalog);
  const state = athleteState({ history: sessions, catalog, resolveExercise: resolve });
  const last = state.lastSessionDate;
  if (last === null) {
    return {
      athleteId,
      predictor: input.predictor ? `gnn:${input.predictor.metadata.modelName}` : 'rules',
      predictions: [],
      explanation: noExplanation('no-history', 'no logged session: nothing to predict or explain'),
    };
  }
  const from = addDays(last, -7 * RECENT_WEEKS);
  const recent = athleteState({ history: sessions.filter((s) => s.date > from), catalog, resolveExercise: resolve });
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const main = [...recent.sessionsByExercise.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAIN_EXERCISES)
    .flatMap(([id]) => {
      const e = byId.get(id);
      return e ? [e] : [];
    });

  const explainer = input.explainer ?? null;
  let graph: NextPerformanceGraph | null = null;
  let source: PredictionSource | null = null;
  if (input.predictor || explainer) {
    try {
      graph = nextPerformanceGraph(athleteId, sessions, catalog);
    } catch (error) {
      input.onWarning?.(`learning graph failed, rules only and no SHAP: ${(error as Error).message}`);
    }
  }
  if (input.predictor && graph) {
    try {
      source = gnnPredictionSource(input.predictor, athleteId, sessions, catalog, graph);
    } catch (error) {
      input.onWarning?.(`model predictions failed, rules only: ${(error as Error).message}`);
    }
  }
  const date = input.date ?? addDays(last, 1);
  const served = main.flatMap((exercise): ServedPrediction[] => {
    const history = state.historyByExercise.get(exercise.id) ?? [];
    const lastSession = history.at(-1);
    if (!lastSession || lastSession.sets.length === 0) return [];
    const lastLoad = Math.max(...lastSession.sets.map((s) => s.weightKg));
    const restSec = lastRestSec(sessions, exercise.id, resolve) ?? DEFAULT_REST_SEC;
    const step = plateIncrementKg(exercise.equipment, OVERLOAD_DEFAULTS, input.plates);
    const base = { exerciseId: exercise.id, exerciseName: exercise.name };
    const predicted = source?.predict({ athleteId, exerciseId: exercise.id, date, history }) ?? null;
    if (predicted && Number.isFinite(predicted.weightKg) && predicted.weightKg >= 0 && predicted.reps >= 1) {
      const weightKg = roundLoadKg(predicted.weightKg, step, 'nearest');
      const note = predicted.reasons?.[0] ?? 'model prediction';
      return [
        {
          ...base,
          nextWeightKg: weightKg,
          nextReps: Math.round(predicted.reps),
          nextRestSec: predicted.restSec > 0 ? Math.round(predicted.restSec) : restSec,
          source: 'gnn',
          reasons: [
            {
              feature: `model:${input.predictor?.metadata.modelName ?? 'gnn'}`,
              value: null,
              contribution: round1(weightKg - lastLoad),
              unit: 'kg',
              note,
            },
          ],
          rationale: `model predicts ${round1(predicted.weightKg)} kg × ${Math.round(predicted.reps)} (${note}); last ${lastLoad} kg × ${lastSession.targetReps} on ${lastSession.date}`,
        },
      ];
    }
    const hasRpe = lastSession.sets.some((s) => s.rpe != null || s.rir != null);
    const rule = applyOverload(history.slice(-6), {
      date,
      current: { weightKg: lastLoad, reps: Math.max(1, lastSession.targetReps), restSec, sets: lastSession.sets.length },
      equipment: exercise.equipment,
      region: regionOf(exercise),
      targetRpe: hasRpe ? 8 : null,
      acwr: state.acwr,
    });
    return [
      {
        ...base,
        nextWeightKg: rule.weightKg,
        nextReps: rule.reps,
        nextRestSec: rule.restSec,
        source: 'rules',
        reasons: rule.reasons.map((note, i) => ({
          feature: `rule:${rule.ruleId}`,
          value: null,
          contribution: i === 0 ? round1(rule.weightKg - lastLoad) : 0,
          unit: 'kg',
          note,
        })),
        rationale: rule.reasons.join('; '),
      },
    ];
  });
  const budget = input.shapBudget ?? DEFAULT_SHAP_BUDGET;
  const cacheKey =
    explainer &&
    `${explainer.version}|${athleteId}|${date}|${logFingerprint(sessions)}|${budget.numSamples}x${budget.backgroundRows}x${budget.topK}x${budget.seed}`;
  const explained = attachExplanations(served, {
    graph,
    explainer,
    servingPredictor: source === null ? null : input.predictor,
    budget,
    ...(input.shapCache && cacheKey && { cache: { store: input.shapCache, key: cacheKey } }),
    ...(input.onWarning && { onWarning: input.onWarning }),
  });
  return { athleteId, predictor: source?.id ?? 'rules', ...explained };
}
