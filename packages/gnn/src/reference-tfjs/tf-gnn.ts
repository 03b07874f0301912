import * as tf from '@tensorflow/tfjs';
import type { GraphData } from '../graph/graph-data.js';
import { propagationFor } from '../models/conv-kind.js';
import type { GnnConfig, GnnParams } from '../models/gnn-config.js';
import { paramSpecs } from '../models/gnn-config.js';
import { CONV_LAYERS, convStack } from './conv-stack.js';
import type { GraphConv } from './graph-conv.js';

/** The study model assembled from tfjs layers, sharing the parameter names of `paramSpecs`. */
export interface TfGnn {
  readonly conv1: GraphConv;
  readonly conv2: GraphConv;
  readonly head: tf.layers.Layer;
  /** Ŷ = head(ReLU(conv2(dropout(ReLU(conv1(x)))))), dropout only when `training`. */
  apply(x: tf.Tensor2D, graph: GraphData, training?: boolean): tf.Tensor2D;
  /** Trainable variables in `paramSpecs` order. */
  readonly variables: tf.Variable[];
}

/**
 * The TensorFlow.js reference of the model: `GcnConv`/`SageConv`/`RelSageConv` + a Dense head with the given
 * parameters, on any tfjs backend with tfjs autograd (through `propagate`'s custom gradient). It
 * computes what the fused engine computes; it exists to cross-check the engine (values and gradients,
 * see its test) and to time the tfjs path (`pnpm bench:gnn --stack tfjs`). Nothing serves or trains with it.
 */
export function buildTfGnn(config: GnnConfig, params: GnnParams): TfGnn {
  const Conv = CONV_LAYERS[config.kind];
  const conv1 = new Conv({ units: config.hidden, name: 'conv1', numRelations: config.numRelations });
  const conv2 = new Conv({ units: config.hidden, name: 'conv2', numRelations: config.numRelations });
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
        const propagation = propagationFor(config.kind, graph.adjacency, config.numRelations);
        const h = convStack([conv1, conv2], x, propagation, 'relu', (hidden) => dropout.apply(hidden, { training }) as tf.Tensor2D);
        return head.apply(h) as tf.Tensor2D;
      });
    },
  };
}
