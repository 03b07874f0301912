import { EDGE_TYPES, type LearningGraph } from '@liftgraph/domain';
import { type GraphData, Standardizer } from '@liftgraph/gnn';

/**
 * A learning graph made ready for the models. Features are z-scored on training rows. Targets are
 * **residuals to "repeat last time"** (next − current top set), z-scored on training rows: the models
 * learn how the athlete changes the prescription, and `toRealUnits` adds the persistence base back.
 * That keeps every model honest against the persistence baseline instead of relearning absolute loads.
 */
export interface Dataset {
  source: LearningGraph;
  featureNames: string[];
  /** Column indices of `source.x` that were kept (ablations drop some). */
  keptColumns: number[];
  /** Standardized features and residual targets; NaN targets (unknown) kept as NaN. */
  graph: GraphData & { y: Float32Array; trainMask: Uint8Array; testMask: Uint8Array };
  featureScaler: Standardizer;
  targetScaler: Standardizer;
  /** [N, 3] persistence base in real units (NaN → 0). */
  base: Float32Array;
  /** Edge types of the learning graph (EDGE_TYPES), the relations of a relation-typed convolution. */
  numRelations: number;
}

export interface DatasetOptions {
  /** Feature names to leave out (ablation). */
  dropFeatures?: readonly string[];
}

export function prepareDataset(lg: LearningGraph, options: DatasetOptions = {}): Dataset {
  const drop = new Set(options.dropFeatures ?? []);
  const keptColumns = lg.featureNames.map((_, c) => c).filter((c) => !drop.has(lg.featureNames[c] ?? ''));
  const F = keptColumns.length;
  const n = lg.numNodes;
  const xRaw = new Float32Array(n * F);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < F; k++) xRaw[i * F + k] = lg.x[i * lg.numFeatures + (keptColumns[k] ?? 0)] ?? 0;
  }
  const base = lg.persistence.map((v) => (Number.isNaN(v) ? 0 : v));
  const residual = lg.y.map((v, j) => v - (base[j] ?? 0));
  const featureScaler = Standardizer.fit(xRaw, F, lg.trainMask);
  const targetScaler = Standardizer.fit(residual, 3, lg.trainMask);
  return {
    source: lg,
    featureNames: keptColumns.map((c) => lg.featureNames[c] ?? `f${c}`),
    keptColumns,
    graph: {
      numNodes: n,
      numFeatures: F,
      x: featureScaler.transform(xRaw),
      adjacency: lg.adjacency,
      numTargets: 3,
      y: targetScaler.transform(residual),
      trainMask: lg.trainMask,
      testMask: lg.testMask,
    },
    featureScaler,
    targetScaler,
    base,
    numRelations: EDGE_TYPES.length,
  };
}

/** Model output (standardized residuals) → predictions in kg, reps and seconds. */
export function toRealUnits(ds: Dataset, standardizedResidual: Float32Array): Float32Array {
  const residual = ds.targetScaler.inverse(standardizedResidual);
  return residual.map((v, j) => v + (ds.base[j] ?? 0));
}
