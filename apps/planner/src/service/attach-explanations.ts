import type { ModelVerdict, Predictor } from '@liftgraph/learning';
import { explainNodes, type NodeExplanations, type ShapBudget } from '../predictions/explain-next.js';
import type { NextPerformanceGraph } from '../predictions/next-performance-graph.js';
import type { ShapCache } from '../predictions/shap-cache.js';
import type { NextPrediction, PredictionExplanation, PredictionsResponse } from './predictions.schema.js';

/** A prediction before its explanation is attached. */
export type ServedPrediction = Omit<NextPrediction, 'explanation'>;
type Summary = PredictionsResponse['explanation'];

export interface AttachOptions {
  graph: NextPerformanceGraph | null;
  explainer: { predictor: Predictor; version: string; verdict: ModelVerdict } | null;
  /** The predictor whose numbers were served (null when the rules served everything). */
  servingPredictor: Predictor | null;
  budget: ShapBudget;
  /** Per-process memo and the key of this request's explanations (model version, athlete, log, budget). */
  cache?: { store: ShapCache; key: string };
  onWarning?: (message: string) => void;
}

const VERDICT_WORDS: Record<ModelVerdict, string> = {
  'beat-baselines': 'beat "repeat last time" and the rules on test data',
  'did-not-beat-baselines': 'did not beat "repeat last time" on test data, so it does not set the numbers',
  unverified: 'not yet checked against the baselines',
  pinned: 'pinned by the operator',
};

export function noExplanation(status: Summary['status'], detail: string): Summary {
  return { status, detail, background: null, backgroundRows: 0, numSamples: 0, computeMs: 0, cached: false };
}

const without = (status: PredictionExplanation['status'], note: string): PredictionExplanation => ({
  status,
  note,
  role: null,
  model: null,
  performanceDate: null,
  targets: [],
});

const fmt = (x: number, unit: string): string => `${Math.round(x * 10) / 10} ${unit}`;

/**
 * Adds each prediction's explanation: KernelSHAP of the explainer model at the exercise's latest
 * performance (one batch for all exercises), labelled as the served model's reasons or as the
 * model's view beside a rule-based number. No explainer: every prediction says there is no model.
 */
export function attachExplanations(
  served: readonly ServedPrediction[],
  o: AttachOptions,
): Pick<PredictionsResponse, 'predictions' | 'explanation'> {
  const { explainer, graph } = o;
  if (explainer === null) {
    const note = 'no trained model: the reasons are the overload rules (no SHAP)';
    return {
      predictions: served.map((p) => ({ ...p, explanation: without('no-model', note) })),
      explanation: noExplanation('no-model', note),
    };
  }
  if (graph === null) {
    const note = 'the learning graph could not be built for this athlete: no SHAP';
    return { predictions: served.map((p) => ({ ...p, explanation: without('failed', note) })), explanation: noExplanation('failed', note) };
  }
  const t0 = performance.now();
  const nodes = served.flatMap((p) => {
    const n = graph.latestByExercise.get(p.exerciseId);
    return n === undefined ? [] : [n];
  });
  const key = o.cache && `${o.cache.key}|${nodes.join(',')}`;
  let shap: NodeExplanations | undefined = key === undefined ? undefined : o.cache?.store.get(key);
  const cached = shap !== undefined;
  try {
    shap ??= explainNodes(explainer.predictor, graph.lg, nodes, o.budget);
    if (key !== undefined && !cached) o.cache?.store.set(key, shap);
  } catch (error) {
    const note = `SHAP failed: ${(error as Error).message}`;
    o.onWarning?.(note);
    return { predictions: served.map((p) => ({ ...p, explanation: without('failed', note) })), explanation: noExplanation('failed', note) };
  }
  const computeMs = performance.now() - t0;
  const { modelName } = explainer.predictor.metadata;
  const model = { version: explainer.version, name: modelName, verdict: explainer.verdict };
  const predictions = served.map((p): NextPrediction => {
    const node = graph.latestByExercise.get(p.exerciseId);
    const targets = node === undefined ? undefined : shap.byNode.get(node);
    if (node === undefined || targets === undefined)
      return { ...p, explanation: without('unavailable', `the model has no node for ${p.exerciseName}`) };
    const role = p.source === 'gnn' && o.servingPredictor === explainer.predictor ? 'served' : 'model-view';
    const weight = targets.find((t) => t.target === 'weight');
    const says = weight ? `; it would predict ${fmt(weight.prediction, weight.unit)}` : '';
    const note =
      role === 'served'
        ? `why ${modelName} predicts this (SHAP, ${model.version})`
        : `the rules set this number; the model's view (${modelName}, ${VERDICT_WORDS[explainer.verdict]})${says}`;
    return { ...p, explanation: { status: 'shap', note, role, model, performanceDate: graph.lg.nodes[node]?.date ?? null, targets } };
  });
  const omitted = shap.omittedTargets.length > 0 ? `; no ${shap.omittedTargets.join('/')} reasons (never in its test data)` : '';
  return {
    predictions,
    explanation: {
      status: 'shap',
      detail: `KernelSHAP of ${modelName} (${model.version}, ${VERDICT_WORDS[explainer.verdict]}) against ${shap.backgroundRows} ${shap.background} background row(s), ${shap.numSamples} coalitions per prediction${omitted}`,
      background: shap.background,
      backgroundRows: shap.backgroundRows,
      numSamples: shap.numSamples,
      computeMs,
      cached,
    },
  };
}
