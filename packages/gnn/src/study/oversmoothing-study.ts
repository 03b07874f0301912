import { GnnError } from '../errors.js';
import type { GraphData } from '../graph/graph-data.js';
import { maeRmsePerTarget } from '../eval/metrics.js';
import type { TargetError } from '../eval/metrics.js';
import type { Standardizer } from '../eval/standardizer.js';
import { DeepGnn } from '../reference-tfjs/deep-gnn.js';
import type { Activation, DeepKind } from '../reference-tfjs/deep-gnn.js';
import { madByHops, meanAverageDistance } from './mad.js';
import type { MadOptions } from './mad.js';

export interface OversmoothingOptions {
  /** Default [1, 2, 3, 4, 6, 8]. */
  readonly depths?: readonly number[];
  /** Default ['relu']. 'sgc' rows ignore it (one row per depth, activation 'identity'). */
  readonly activations?: readonly Activation[];
  /** Default ['gcn', 'sage']. */
  readonly kinds?: readonly DeepKind[];
  /** Training epochs per setting. Default 200. */
  readonly epochs?: number;
  readonly learningRate?: number;
  /** Weight and dropout seed of every setting. Default 1. */
  readonly seed?: number;
  /** Default 32. */
  readonly hidden?: number;
  /** Default 0.3. */
  readonly dropout?: number;
  /** Inverse-transforms predictions and targets into real units before scoring (fitted on y). */
  readonly targetScaler?: Standardizer;
  /** Also report neighbour/remote MAD and MADGap (one BFS per sampled source). Default true. */
  readonly withGap?: boolean;
  readonly neighbourHops?: number;
  readonly remoteHops?: number;
  readonly mad?: MadOptions;
  /** Called after each setting (progress). */
  readonly onRow?: (row: OversmoothingRow, index: number, total: number) => void;
}

export interface OversmoothingRow {
  readonly kind: DeepKind;
  readonly depth: number;
  readonly activation: Activation;
  /** Global MAD of the final hidden embeddings (trained model, dropout off). */
  readonly mad: number;
  /** MAD of the untrained model (its initial weights): isolates the smoothing done by propagation. */
  readonly madAtInit: number;
  readonly madNeighbour?: number | null;
  readonly madRemote?: number | null;
  readonly madGap?: number | null;
  /** Per-target test error on `graph.testMask` (all nodes if absent), in real units with `targetScaler`. */
  readonly testMaePerTarget: (TargetError | null)[];
  readonly finalTrainLoss: number;
  readonly trainMs: number;
}

/**
 * The oversmoothing study: for every kind × depth × activation, train a `DeepGnn` on `graph`
 * (train mask), then measure the mean average distance of its final hidden embeddings (Chen et al.,
 * AAAI 2020), optionally the MADGap between remote and neighbouring pairs, and the per-target test
 * error. Depth is the aggregation radius in hops; 'sgc' varies the radius with no weights in between.
 * Runs settings one after another (deterministic given `seed`).
 */
export function oversmoothingStudy(graph: GraphData, options: OversmoothingOptions = {}): OversmoothingRow[] {
  if (graph.y === undefined) throw new GnnError('BAD_INPUT', 'oversmoothingStudy needs targets: graph.y is missing');
  const y = graph.y;
  const depths = options.depths ?? [1, 2, 3, 4, 6, 8];
  const kinds = options.kinds ?? ['gcn', 'sage'];
  const activations = options.activations ?? ['relu'];
  const settings: { kind: DeepKind; depth: number; activation: Activation }[] = [];
  for (const kind of kinds) {
    for (const depth of depths) {
      for (const activation of kind === 'sgc' ? (['identity'] as const) : activations) settings.push({ kind, depth, activation });
    }
  }
  const t = graph.numTargets;
  const scale = (v: Float32Array): Float32Array => (options.targetScaler === undefined ? v : options.targetScaler.inverse(v));
  const actual = scale(y);
  const rows: OversmoothingRow[] = [];
  settings.forEach((s, index) => {
    const model = new DeepGnn(
      { ...s, inFeatures: graph.numFeatures, hidden: options.hidden ?? 32, outFeatures: t, dropout: options.dropout ?? 0.3 },
      options.seed ?? 1,
    );
    try {
      const width = model.embeddingWidth;
      const madAtInit = meanAverageDistance(model.embed(graph), width, options.mad);
      const t0 = performance.now();
      const history = model.fit(graph, {
        epochs: options.epochs ?? 200,
        seed: options.seed ?? 1,
        ...(options.learningRate !== undefined && { learningRate: options.learningRate }),
      });
      const trainMs = performance.now() - t0;
      const emb = model.embed(graph);
      const gap =
        options.withGap === false
          ? {}
          : madByHops(emb, width, graph.adjacency, {
              ...options.mad,
              ...(options.neighbourHops !== undefined && { neighbourHops: options.neighbourHops }),
              ...(options.remoteHops !== undefined && { remoteHops: options.remoteHops }),
            });
      const row: OversmoothingRow = {
        ...s,
        mad: meanAverageDistance(emb, width, options.mad),
        madAtInit,
        ...gap,
        testMaePerTarget: maeRmsePerTarget(scale(model.predict(graph)), actual, t, graph.testMask),
        finalTrainLoss: history.loss.at(-1) ?? Number.NaN,
        trainMs,
      };
      rows.push(row);
      options.onRow?.(row, index, settings.length);
    } finally {
      model.dispose();
    }
  });
  return rows;
}
