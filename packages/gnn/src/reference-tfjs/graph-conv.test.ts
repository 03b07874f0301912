import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { CONV_KINDS, layerKernels } from '../models/conv-kind.js';
import { tinyGraph } from '../testing/tiny-graphs.js';
import { CONV_LAYERS } from './conv-stack.js';

// The plumbing GcnConv, SageConv and RelSageConv share through GraphConv, checked on each.
describe.each(['gcn', 'sage', 'rsage'] as const)('GraphConv plumbing (%s)', (kind) => {
  const Conv = CONV_LAYERS[kind];
  const g = tinyGraph();
  const propagation = CONV_KINDS[kind].propagation(g.adjacency);
  const x = (): tf.Tensor2D => tf.tensor2d(g.x, [4, 2]);

  it('should survive a getConfig/fromConfig round trip, registered by class name', () => {
    const layer = new Conv({ units: 16, useBias: false, kernelInitializer: 'ones', seed: 3, name: `${kind}1` });
    expect(tf.serialization.SerializationMap.getMap().classNameMap[layer.getClassName()]).toBeDefined();
    const copy = tf.layers.Layer.fromConfig(
      Conv as unknown as tf.serialization.SerializableConstructor<tf.layers.Layer>,
      layer.getConfig(),
    );
    expect(copy.getConfig()).toEqual(layer.getConfig());
  });

  it('should create its weights in parameter order, kernels named as CONV_KINDS says, bias last', () => {
    const layer = new Conv({ units: 3 });
    layer.build([null, 2]);
    expect(layer.weights.map((w) => w.originalName.split('/').at(-1))).toEqual([...layerKernels(CONV_KINDS[kind]), 'bias']);
  });

  it('should not leak tensors', () => {
    const layer = new Conv({ units: 4 });
    const xs = x();
    layer.apply(xs, { propagation });
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      layer.apply(xs, { propagation });
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should reject non-integer or non-positive units and a missing propagation', () => {
    expect(() => new Conv({ units: 2.5 })).toThrowError(/units must be a positive integer, got 2.5/);
    expect(() => new Conv({ units: 0 })).toThrowError(/positive integer, got 0/);
    expect(() => new Conv({ units: 2 }).apply(x())).toThrowError(/apply\(x, \{ propagation \}\)/);
  });
});
