import type { Exercise, LoggedSession } from '../../domain/src/index.js';
import type { Predictor } from '../../learning/src/model-artifact.js';
import { nextPerformanceGraph } from '../../../apps/planner/src/predictions/next-performance-graph.js';
import { FusedGnn, propagationFor, Standardizer, validateGraph } from '../src/index.js';
import { cpuMs } from './stats.js';

export const STEP_NAMES = [
  'learning graph',
  'encode features',
  'validate graph',
  'propagation operator',
  'engine constructor',
  'load parameters',
  'forward',
  'release + real units',
] as const;
export type StepName = (typeof STEP_NAMES)[number];

/**
 * The planner's per-athlete prediction (gnnPredictionSource → Predictor.predict → GnnModel.predict →
 * engineFor(training: false)) unrolled into its steps, each timed: one call returns ms per step.
 * Same calls in the same order as the product; only the parameter copy is taken outside the timing.
 * Each step's wall ms and CPU ms (see `cpuMs`).
 */
export function predictionSteps(
  predictor: Predictor,
  athlete: { athleteId: string; sessions: readonly LoggedSession[] },
  catalog: readonly Exercise[],
): () => Record<StepName, { wall: number; cpu: number }> {
  const model = predictor.model;
  const params = model.getParams();
  const targetScaler = Standardizer.fromJSON(predictor.metadata.targetScaler);
  return () => {
    const t: number[] = [performance.now()];
    const c: number[] = [cpuMs()];
    const mark = (): void => {
      t.push(performance.now());
      c.push(cpuMs());
    };
    const g = nextPerformanceGraph(athlete.athleteId, athlete.sessions, catalog);
    if (g === null) throw new Error('empty log');
    mark();
    const graph = predictor.encode(g.lg);
    mark();
    validateGraph(graph);
    mark();
    const prop = propagationFor(model.config.kind, graph.adjacency, model.config.numRelations);
    mark();
    const engine = new FusedGnn(model.config, graph.numNodes, prop, graph.x, { training: false });
    mark();
    engine.setParams(params);
    mark();
    const y = engine.predict();
    mark();
    engine.dispose();
    const residual = targetScaler.inverse(y);
    const out = residual.map((v, j) => v + (Number.isNaN(g.lg.persistence[j] ?? 0) ? 0 : (g.lg.persistence[j] ?? 0)));
    if (out.length !== g.lg.numNodes * 3) throw new Error('unexpected output size');
    mark();
    const step = (i: number): { wall: number; cpu: number } => ({
      wall: (t[i + 1] ?? 0) - (t[i] ?? 0),
      cpu: (c[i + 1] ?? 0) - (c[i] ?? 0),
    });
    return Object.fromEntries(STEP_NAMES.map((name, i) => [name, step(i)])) as Record<StepName, { wall: number; cpu: number }>;
  };
}
