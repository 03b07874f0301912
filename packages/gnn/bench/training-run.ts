import { GnnModel } from '../src/index.js';
import type { GnnConfigInput, GnnKind, GraphData } from '../src/index.js';
import { timeRuns } from './stats.js';
import { tfjsRunner } from './tfjs-runner.js';

export interface TrainingTiming {
  epochMs: number;
  inferMs: number;
  /** Wall ms of the whole measurement (for the kernel profile's share). */
  wallMs: number;
}

/** The study-model config of a bench run: hidden 32, the graph's targets, dropout 0.3. */
export function benchConfig(kind: GnnKind, inFeatures: number, outFeatures: number, numRelations: number): GnnConfigInput {
  return { kind, inFeatures, hidden: 32, outFeatures, dropout: 0.3, ...(kind === 'rsage' && { numRelations }) };
}

/**
 * Median ms per training epoch (forward + backward + Adam, full batch) after 3 warm-up epochs, and per
 * inference pass (10 after 2 warm-ups), on the fused engine — or on the tfjs-layers path (`stack: 'tfjs'`).
 */
export function timeTraining(
  config: GnnConfigInput,
  graph: GraphData,
  o: { epochs: number; threads: 1 | 2; stack: string },
): TrainingTiming {
  const model = GnnModel.create(config, 0);
  const t0 = performance.now();
  let epochMs: number;
  let inferMs: number;
  if (o.stack === 'tfjs') {
    const r = tfjsRunner(model, graph);
    epochMs = timeRuns(r.epoch, 2, o.epochs);
    inferMs = timeRuns(r.infer, 1, 5);
    r.dispose();
  } else {
    try {
      const engine = model.engineFor(graph, { threads: o.threads });
      engine.setTargets(graph.y ?? new Float32Array(0));
      epochMs = timeRuns(() => engine.trainStep(), 3, o.epochs);
      inferMs = timeRuns(() => engine.predict(), 2, 10);
    } finally {
      model.release(graph);
    }
  }
  return { epochMs, inferMs, wallMs: performance.now() - t0 };
}
