import type { LearningGraph } from '@liftgraph/domain';
import { kernelShap, nodePredictFn, Standardizer } from '@liftgraph/gnn';
import type { Predictor } from '@liftgraph/learning';
import { shapeShapReasons, type TargetShap } from './shap-reasons.js';

/**
 * How much KernelSHAP work one GET /predictions may do. Efficiency (Σ φ = prediction − base) holds
 * exactly whatever the budget (KernelSHAP imposes it); the budget only sets how well the individual
 * φ are estimated. 256 coalitions × 16 background rows ≈ 4k receptive-field evaluations per node.
 */
export interface ShapBudget {
  /** Coalitions per explained node. */
  numSamples: number;
  /** Background rows taken from the artifact's training sample (at most what it stores). */
  backgroundRows: number;
  /** Reasons listed per target. */
  topK: number;
  seed: number;
}

export const DEFAULT_SHAP_BUDGET: ShapBudget = { numSamples: 256, backgroundRows: 16, topK: 5, seed: 1 };

export interface NodeExplanations {
  /** Node → its per-target SHAP (targets the model was evaluated on only). */
  byNode: Map<number, TargetShap[]>;
  /** `training-sample`: rows of training nodes stored with the model; `training-mean`: older artifact, one row at the feature means. */
  background: 'training-sample' | 'training-mean';
  backgroundRows: number;
  numSamples: number;
  /** Targets left out because the model had no test pair for them (e.g. rest never logged). */
  omittedTargets: string[];
}

/**
 * Per-prediction KernelSHAP of a loaded model for some nodes of a learning graph: each node is
 * explained through its receptive field (`nodePredictFn`, the full graph model's value), against the
 * training background stored in the artifact, with the reasons in the target units.
 */
export function explainNodes(
  predictor: Predictor,
  lg: LearningGraph,
  nodes: readonly number[],
  budget: ShapBudget = DEFAULT_SHAP_BUDGET,
): NodeExplanations {
  const meta = predictor.metadata;
  const graph = predictor.encode(lg);
  const f = graph.numFeatures;
  const stored = meta.background;
  const usable = stored !== undefined && stored.rows > 0 && stored.x.length === stored.rows * f;
  const rows = usable ? Math.max(1, Math.min(budget.backgroundRows, stored.rows)) : 1;
  const background = usable ? Float32Array.from(stored.x.slice(0, rows * f)) : new Float32Array(f);
  const targetScaler = Standardizer.fromJSON(meta.targetScaler);
  const columns = meta.featureNames.map((name) => lg.featureNames.indexOf(name));
  const metrics = [meta.metrics.weight, meta.metrics.reps, meta.metrics.rest];
  const include = meta.targets.map((_, t) => t).filter((t) => metrics[t] != null);
  const byNode = new Map<number, TargetShap[]>();
  for (const node of new Set(nodes)) {
    const x = graph.x.slice(node * f, node * f + f);
    const e = kernelShap(nodePredictFn(predictor.model, graph, node), x, background, { numSamples: budget.numSamples, seed: budget.seed });
    byNode.set(
      node,
      shapeShapReasons(e, {
        featureNames: meta.featureNames,
        rawValues: columns.map((c) => lg.x[node * lg.numFeatures + c] ?? Number.NaN),
        targetMean: targetScaler.mean,
        targetStd: targetScaler.std,
        persistence: lg.persistence.subarray(node * 3, node * 3 + 3),
        targets: meta.targets,
        include,
        topK: budget.topK,
      }),
    );
  }
  return {
    byNode,
    background: usable ? 'training-sample' : 'training-mean',
    backgroundRows: rows,
    numSamples: budget.numSamples,
    omittedTargets: meta.targets.filter((_, t) => !include.includes(t)).map((t) => t.name),
  };
}
