import { LEARNING_TARGETS } from '@liftgraph/domain';
import {
  efficiencyGap,
  globalShapRanking,
  type GnnModel,
  kernelShap,
  nodePredictFn,
  sampleBackground,
  sampleNodes,
  type ShapExplanation,
} from '@liftgraph/gnn';
import type { Dataset } from './dataset.js';

export interface ExplainOptions {
  /** Test nodes sampled for the global ranking. Default 20. */
  nodes?: number;
  /** Background rows (training nodes) of KernelSHAP. Default 32. */
  background?: number;
  /** Coalitions per explanation (KernelSHAP default 2F + 2048). */
  numSamples?: number;
  /** How many of the most-logged exercises get a per-prediction explanation. Default 5. */
  mainExercises?: number;
  /** Reasons listed per prediction. Default 5. */
  topK?: number;
  seed?: number;
  onProgress?: (done: number, total: number, etaMs: number) => void;
}

/** One feature's mean |SHAP| for one target, in the target's unit. */
export interface TargetImportance {
  target: string;
  unit: string;
  ranking: { feature: string; meanAbs: number }[];
}

export interface ExplainedReason {
  feature: string;
  /** The feature's value in its own unit (before standardization). */
  value: number;
  /** Signed contribution in the target's unit. */
  contribution: number;
}

/** Why the model predicts what it predicts for one performance, per target, in real units. */
export interface PredictionExplanation {
  node: number;
  athleteId: string;
  exerciseName: string;
  date: string;
  /** The performance's own top set (the persistence prediction), per target; NaN where unknown. */
  last: number[];
  prediction: number[];
  /** Prediction with every feature drawn from the background: persistence + E[model]. */
  baseline: number[];
  reasons: ExplainedReason[][];
  /** max over targets of |Σ contributions − (prediction − baseline)|, in target units. */
  efficiencyGap: number;
}

export interface ModelExplanation {
  explainedNodes: number;
  backgroundRows: number;
  global: TargetImportance[];
  predictions: PredictionExplanation[];
  /** Largest efficiency gap over every explanation (global sample and predictions), in target units. */
  maxEfficiencyGap: number;
  /** Per target: whether any training node has it (e.g. rest is false for logs without rest times; its explanations are meaningless then). */
  targetsObserved: boolean[];
}

/** The latest performance of each of the `k` most-logged exercises (per athlete), most-logged first. */
export function latestOfMainExercises(ds: Dataset, k: number): number[] {
  const groups = new Map<string, { count: number; latest: number }>();
  ds.source.nodes.forEach((n, i) => {
    const key = `${n.athleteId}\u0000${n.exerciseKey}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { count: 1, latest: i });
    else {
      g.count++;
      if (n.date >= (ds.source.nodes[g.latest]?.date ?? '')) g.latest = i;
    }
  });
  return [...groups.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, k)
    .map((g) => g.latest);
}

function rawFeatures(ds: Dataset, node: number): number[] {
  const lg = ds.source;
  return ds.keptColumns.map((c) => lg.x[node * lg.numFeatures + c] ?? Number.NaN);
}

function explainPrediction(ds: Dataset, node: number, e: ShapExplanation, topK: number): PredictionExplanation {
  const m = e.numFeatures;
  const values = rawFeatures(ds, node);
  const info = ds.source.nodes[node];
  const std = ds.targetScaler.std;
  const mean = ds.targetScaler.mean;
  const base = (t: number): number => ds.base[node * 3 + t] ?? 0;
  const prediction = [0, 1, 2].map((t) => base(t) + (e.prediction[t] ?? 0) * (std[t] ?? 1) + (mean[t] ?? 0));
  const baseline = [0, 1, 2].map((t) => base(t) + (e.base[t] ?? 0) * (std[t] ?? 1) + (mean[t] ?? 0));
  const reasons = [0, 1, 2].map((t) =>
    ds.featureNames
      .map((feature, i) => ({ feature, value: values[i] ?? Number.NaN, contribution: (e.values[t * m + i] ?? 0) * (std[t] ?? 1) }))
      .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)),
  );
  const gap = Math.max(
    ...[0, 1, 2].map((t) =>
      Math.abs((reasons[t] ?? []).reduce((s, r) => s + r.contribution, 0) - ((prediction[t] ?? 0) - (baseline[t] ?? 0))),
    ),
  );
  return {
    node,
    athleteId: info?.athleteId ?? '',
    exerciseName: info?.exerciseName ?? `node ${node}`,
    date: info?.date ?? '',
    last: [0, 1, 2].map((t) => ds.source.persistence[node * 3 + t] ?? Number.NaN),
    prediction,
    baseline,
    reasons: reasons.map((r) => r.slice(0, topK)),
    efficiencyGap: gap,
  };
}

/**
 * KernelSHAP explanations of a trained GNN on its dataset: a global ranking (mean |φ| over sampled
 * test nodes, per target, in kg / reps / s) and the top reasons behind the next-session prediction of
 * the latest performance of each main exercise. Background: training nodes. Each node is explained
 * through its receptive field (`nodePredictFn`), so the values are those of the full graph model.
 */
export function explainModel(ds: Dataset, model: GnnModel, options: ExplainOptions = {}): ModelExplanation {
  const seed = options.seed ?? 1;
  const f = ds.graph.numFeatures;
  const background = sampleBackground(ds.graph.x, f, options.background ?? 32, seed, ds.graph.trainMask);
  const hasTest = ds.graph.testMask.some((v) => v === 1);
  const sampled = hasTest ? Array.from(sampleNodes(ds.graph.testMask, options.nodes ?? 20, seed)) : [];
  const main = latestOfMainExercises(ds, options.mainExercises ?? 5);
  const all = [...sampled, ...main];
  const t0 = performance.now();
  const explanations = all.map((node, k) => {
    const e = kernelShap(nodePredictFn(model, ds.graph, node), ds.graph.x.slice(node * f, node * f + f), background, {
      seed,
      ...(options.numSamples !== undefined && { numSamples: options.numSamples }),
    });
    const elapsed = performance.now() - t0;
    options.onProgress?.(k + 1, all.length, (elapsed / (k + 1)) * (all.length - k - 1));
    return e;
  });
  const globalE = explanations.slice(0, sampled.length);
  const ranking = globalE.length > 0 ? globalShapRanking(globalE, ds.featureNames) : [];
  const global = LEARNING_TARGETS.map((t, o) => ({
    target: t.name,
    unit: t.unit,
    ranking: (ranking[o] ?? []).map((r) => ({ feature: r.feature, meanAbs: r.meanAbs * (ds.targetScaler.std[o] ?? 1) })),
  }));
  const predictions = main.map((node, k) =>
    explainPrediction(ds, node, explanations[sampled.length + k] as ShapExplanation, options.topK ?? 5),
  );
  const realGaps = explanations.map((e, k) => explainPrediction(ds, all[k] ?? 0, e, 0).efficiencyGap);
  const stdMax = Math.max(...ds.targetScaler.std);
  const maxEfficiencyGap = Math.max(0, ...realGaps, ...explanations.map((e) => efficiencyGap(e) * stdMax));
  const lg = ds.source;
  const targetsObserved = [0, 1, 2].map((t) => lg.trainMask.some((m, i) => m === 1 && !Number.isNaN(lg.y[i * 3 + t] ?? Number.NaN)));
  return { explainedNodes: sampled.length, backgroundRows: background.length / f, global, predictions, maxEfficiencyGap, targetsObserved };
}

/** A model's global SHAP ranking as a training run stores it with the model (see `globalShapRanking`). */
export interface GlobalShap {
  /** Test nodes explained (the sample the means run over). */
  explainedNodes: number;
  backgroundRows: number;
  /** Coalition budget per explained node (KernelSHAP's default 2F + 2048 unless set; fewer when all coalitions fit). */
  numSamples: number;
  /** Targets some training node has (a target no node has would rank noise), features by mean |SHAP| descending. */
  targets: TargetImportance[];
}

/**
 * Mean |SHAP| per feature over a sample of test nodes, per target, in the target's unit: the model's
 * global ranking. Null when the dataset has no test node to explain.
 */
export function globalShapOf(
  ds: Dataset,
  model: GnnModel,
  options: Pick<ExplainOptions, 'nodes' | 'background' | 'numSamples' | 'seed'> = {},
): GlobalShap | null {
  const e = explainModel(ds, model, { ...options, mainExercises: 0 });
  if (e.explainedNodes === 0) return null;
  return {
    explainedNodes: e.explainedNodes,
    backgroundRows: e.backgroundRows,
    numSamples: options.numSamples ?? 2 * ds.graph.numFeatures + 2048,
    targets: e.global.filter((_, t) => e.targetsObserved[t] === true),
  };
}
