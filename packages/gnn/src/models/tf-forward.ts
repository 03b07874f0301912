import * as tf from '@tensorflow/tfjs';
import type { GraphData } from '../graph/graph-data.js';
import { GcnConv } from '../nn/gcn-conv.js';
import { SageConv } from '../nn/sage-conv.js';
import type { GnnConfig, GnnParams } from './gnn-config.js';
import { paramSpecs } from './gnn-config.js';
import { propagationFor } from './gnn-model.js';

/** The study model assembled from tfjs layers, sharing the parameter names of `paramSpecs`. */
export interface TfGnn {
  readonly conv1: GcnConv | SageConv;
  readonly conv2: GcnConv | SageConv;
  readonly head: tf.layers.Layer;
  /** Ŷ = head(ReLU(conv2(dropout(ReLU(conv1(x)))))), dropout only when `training`. */
  apply(x: tf.Tensor2D, graph: GraphData, training?: boolean): tf.Tensor2D;
  /** Trainable variables in `paramSpecs` order. */
  readonly variables: tf.Variable[];
}

/**
 * Builds the study model from `GcnConv`/`SageConv` + a Dense head with the given parameters — the
 * tfjs-layers path (any tfjs backend, tfjs autograd through `propagate`'s custom gradient). It
 * computes exactly what the fused engine computes and is used to cross-check it and for tfjs interop.
 */
export function buildTfGnn(config: GnnConfig, params: GnnParams): TfGnn {
  const Conv = config.kind === 'gcn' ? GcnConv : SageConv;
  const conv1 = new Conv({ units: config.hidden, name: 'conv1' });
  const conv2 = new Conv({ units: config.hidden, name: 'conv2' });
  const head = tf.layers.dense({ units: config.outFeatures, name: 'head', inputShape: [config.hidden] });
  const dropout = tf.layers.dropout({ rate: config.dropout });
  conv1.build([null, config.inFeatures]);
  conv2.build([null, config.hidden]);
  head.build([null, config.hidden]);
  const specs = paramSpecs(config);
  const weights = [...conv1.weights, ...conv2.weights, ...head.weights];
  tf.tidy(() =>
    weights.forEach((w, i) => {
      const spec = specs[i];
      const value = spec === undefined ? undefined : params[spec.name];
      if (spec !== undefined && value !== undefined) w.write(tf.tensor(value, [...spec.shape]));
    }),
  );
  return {
    conv1,
    conv2,
    head,
    variables: weights.map((w) => w.read() as tf.Variable),
    apply(x, graph, training = false) {
      return tf.tidy(() => {
        const propagation = propagationFor(config.kind, graph.adjacency);
        let h = tf.relu(conv1.apply(x, { propagation }) as tf.Tensor2D);
        h = dropout.apply(h, { training }) as tf.Tensor2D;
        h = tf.relu(conv2.apply(h, { propagation }) as tf.Tensor2D);
        return head.apply(h) as tf.Tensor2D;
      });
    },
  };
}
