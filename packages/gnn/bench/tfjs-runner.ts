import * as tf from '@tensorflow/tfjs';
import { buildTfGnn } from '../src/index.js';
import type { GnnModel, GraphData } from '../src/index.js';

/** Epoch and inference closures for the tfjs-layers path (GcnConv/SageConv + tf.train.adam). */
export function tfjsRunner(model: GnnModel, graph: GraphData): { epoch: () => void; infer: () => void; dispose: () => void } {
  const net = buildTfGnn(model.config, model.getParams());
  const x = tf.tensor2d(graph.x, [graph.numNodes, graph.numFeatures]);
  const y = tf.tensor2d(graph.y ?? new Float32Array(0), [graph.numNodes, graph.numTargets]);
  const opt = tf.train.adam(0.01, 0.9, 0.999, 1e-8);
  return {
    epoch: () => {
      tf.tidy(() => {
        const loss = opt.minimize(() => tf.losses.meanSquaredError(y, net.apply(x, graph, true)) as tf.Scalar, true, net.variables);
        loss?.dataSync();
      });
    },
    infer: () => {
      tf.tidy(() => {
        net.apply(x, graph).dataSync();
      });
    },
    dispose: () => {
      opt.dispose();
      tf.dispose([x, y, ...net.variables]);
    },
  };
}
