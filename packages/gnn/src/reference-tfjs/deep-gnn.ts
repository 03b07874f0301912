import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../errors.js';
import type { GraphData } from '../graph/graph-data.js';
import { propagationFor } from '../models/conv-kind.js';
import { sgcFeatures } from '../study/sgc.js';
import { maskedMse, maskedTargets, selectedRows, seededDropout, trainLoop } from './baselines/tf-train.js';
import type { BaselineFitOptions, BaselineHistory } from './baselines/tf-train.js';
import { CONV_LAYERS, convStack } from './conv-stack.js';
import type { Activation } from './conv-stack.js';
import type { GraphConv } from './graph-conv.js';

export type { Activation } from './conv-stack.js';

/** 'gcn' / 'sage': stacks of trained convolutions; 'sgc': K parameter-free GCN propagations + a linear head. */
export type DeepKind = 'gcn' | 'sage' | 'sgc';

export interface DeepGnnConfig {
  readonly kind: DeepKind;
  readonly inFeatures: number;
  /** Number of convolutions (aggregation radius in hops), ≥ 1. */
  readonly depth: number;
  /** Default 32. */
  readonly hidden: number;
  readonly outFeatures: number;
  /** Default 'relu'. Ignored by 'sgc'. */
  readonly activation: Activation;
  /** Dropout after every convolution but the last. Default 0.3. */
  readonly dropout: number;
}

/**
 * A GNN of arbitrary depth for the oversmoothing study, on the tfjs reference forward (`convStack`):
 *   H⁰ = X,  Hˡ = σ(Convˡ(Dropout(Hˡ⁻¹))) for l = 1..L (no dropout before the first),  Ŷ = H^L Wₕ + bₕ,
 * or for 'sgc' H^L = Ŝ^L X (fixed) and Ŷ = H^L Wₕ + bₕ. The final hidden H^L is what MAD measures.
 * Trained like the baselines (masked MSE over observed targets of `graph.trainMask`, Adam, full batch).
 */
export class DeepGnn {
  private readonly convs: GraphConv[] = [];
  private readonly head: tf.Variable[];
  private readonly sgcCache = new WeakMap<GraphData, Float32Array>();

  constructor(
    readonly config: DeepGnnConfig,
    seed = 42,
  ) {
    const { kind, depth, hidden, inFeatures, outFeatures } = config;
    if (!Number.isInteger(depth) || depth < 1) throw new GnnError('BAD_CONFIG', `depth must be an integer >= 1, got ${depth}`);
    if (!(config.dropout >= 0 && config.dropout < 1)) throw new GnnError('BAD_CONFIG', `dropout must be in [0, 1), got ${config.dropout}`);
    if (kind !== 'sgc') {
      const Conv = CONV_LAYERS[kind];
      for (let l = 0; l < depth; l++) {
        const conv = new Conv({ units: hidden, seed: seed + 17 * l, name: `conv${l + 1}` });
        conv.build([null, l === 0 ? inFeatures : hidden]);
        this.convs.push(conv);
      }
    }
    const width = this.embeddingWidth;
    const init = tf.initializers.glorotUniform({ seed: seed + 9973 });
    this.head = tf.tidy(() => [tf.variable(init.apply([width, outFeatures]) as tf.Tensor2D), tf.variable(tf.zeros([1, outFeatures]))]);
  }

  /** Width of the final hidden embedding (hidden, or inFeatures for 'sgc'). */
  get embeddingWidth(): number {
    return this.config.kind === 'sgc' ? this.config.inFeatures : this.config.hidden;
  }

  get variables(): tf.Variable[] {
    return [...this.convs.flatMap((c) => c.trainableWeights.map((w) => w.read() as tf.Variable)), ...this.head];
  }

  private embedTensor(graph: GraphData, training: boolean, seed = 0, step = 0): tf.Tensor2D {
    const { kind, inFeatures: f, activation, dropout } = this.config;
    if (graph.numFeatures !== f) throw new GnnError('BAD_INPUT', `graph has ${graph.numFeatures} features but the model expects ${f}`);
    if (kind === 'sgc') {
      let h = this.sgcCache.get(graph);
      if (h === undefined) {
        h = sgcFeatures(graph, this.config.depth);
        this.sgcCache.set(graph, h);
      }
      return tf.tensor2d(h, [graph.numNodes, f]);
    }
    const propagation = propagationFor(kind, graph.adjacency);
    return tf.tidy(() => {
      const drop = (h: tf.Tensor2D, l: number): tf.Tensor2D => (training ? seededDropout(h, dropout, seed, step * 64 + l) : h);
      return convStack(this.convs, tf.tensor2d(graph.x, [graph.numNodes, f]), propagation, activation, drop);
    });
  }

  private output(h: tf.Tensor2D): tf.Tensor2D {
    const [w, b] = this.head as [tf.Variable, tf.Variable];
    return tf.tidy(() => tf.add(tf.matMul(h, w), b));
  }

  /** Final hidden embeddings H^L [N, embeddingWidth], dropout off. */
  embed(graph: GraphData): Float32Array {
    return tf.tidy(() => this.embedTensor(graph, false).dataSync() as Float32Array).slice();
  }

  /** Ŷ [N, outFeatures], dropout off. */
  predict(graph: GraphData): Float32Array {
    return tf.tidy(() => this.output(this.embedTensor(graph, false)).dataSync() as Float32Array).slice();
  }

  /** Trains on `graph.trainMask` nodes (all if absent); `rowMask` in options is ignored. */
  fit(graph: GraphData, options: Omit<BaselineFitOptions, 'rowMask' | 'batchSize'> = {}): BaselineHistory {
    const t = this.config.outFeatures;
    if (graph.y === undefined) throw new GnnError('BAD_INPUT', 'fit needs targets: graph.y is missing');
    if (selectedRows(graph.numNodes, graph.trainMask).length === 0) return { loss: [] };
    // Non-training rows get observation mask 0 instead of a gather: tfjs's gather gradient needs
    // UnsortedSegmentSum, which the WASM backend lacks and the CPU backend runs in O(N·E·F).
    const targets = maskedTargets(graph.y, graph.numNodes, t, graph.trainMask);
    const seed = options.seed ?? 1;
    try {
      return trainLoop(
        this.variables,
        graph.numNodes,
        (step) => maskedMse(this.output(this.embedTensor(graph, true, seed, step)), targets, null),
        options,
      );
    } finally {
      tf.dispose([targets.y, targets.observed]);
    }
  }

  dispose(): void {
    tf.dispose(this.variables);
  }
}
