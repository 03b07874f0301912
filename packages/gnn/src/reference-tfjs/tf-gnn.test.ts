import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { randomGraph } from '../testing/tiny-graphs.js';
import { GnnModel } from '../models/gnn-model.js';
import { paramSpecs } from '../models/gnn-config.js';
import type { LossSpec } from '../train/loss.js';
import { buildTfGnn } from './tf-gnn.js';

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return worst;
}

describe.each(['gcn', 'sage', 'rsage'] as const)('buildTfGnn (%s)', (kind) => {
  // 'rsage' sees 3 edge relations (numRelations counted from the graph); the others ignore edge types.
  const g = randomGraph(15, 40, 4, 3, 11, 3);
  const model = GnnModel.create({ kind, inFeatures: 4, hidden: 8, outFeatures: 3, dropout: 0.3 }, 5, g);

  it('should predict exactly what the fused engine predicts', () => {
    const net = buildTfGnn(model.config, model.getParams());
    const x = tf.tensor2d(g.x, [15, 4]);
    const out = net.apply(x, g);
    expect(maxAbsDiff(out.dataSync(), model.predict(g))).toBeLessThan(1e-5);
    tf.dispose([x, out, ...net.variables]);
  });

  it('should produce the same gradients as the fused engine (dropout off)', () => {
    const net = buildTfGnn(model.config, model.getParams());
    const x = tf.tensor2d(g.x, [15, 4]);
    const y = tf.tensor2d(g.y ?? new Float32Array(0), [15, 3]);
    const { grads } = tf.variableGrads(() => tf.losses.meanSquaredError(y, net.apply(x, g)) as tf.Scalar, net.variables);
    const engine = model.engineFor(g);
    engine.setTargets(g.y ?? new Float32Array(0));
    engine.computeGradients(false);
    const mine = engine.getGrads();
    const specs = paramSpecs(model.config);
    net.variables.forEach((v, i) => {
      const name = specs[i]?.name ?? '';
      expect(maxAbsDiff(grads[v.name]?.dataSync() ?? [], mine[name] ?? [])).toBeLessThan(1e-5);
    });
    tf.dispose([x, y, ...Object.values(grads), ...net.variables]);
  });

  it.each<[string, LossSpec, (y: tf.Tensor, p: tf.Tensor) => tf.Tensor]>([
    ['l1', 'l1', (y, p) => tf.losses.absoluteDifference(y, p)],
    ['huber', { kind: 'huber', delta: 0.5 }, (y, p) => tf.losses.huberLoss(y, p, undefined, 0.5)],
  ])('should produce the same %s-loss gradients as tfjs autograd', (_, loss, tfLoss) => {
    const net = buildTfGnn(model.config, model.getParams());
    const x = tf.tensor2d(g.x, [15, 4]);
    const y = tf.tensor2d(g.y ?? new Float32Array(0), [15, 3]);
    const { value, grads } = tf.variableGrads(() => tfLoss(y, net.apply(x, g)) as tf.Scalar, net.variables);
    const engine = model.engineFor(g);
    engine.setTargets(g.y ?? new Float32Array(0));
    engine.setLoss(loss);
    expect(engine.computeGradients(false)).toBeCloseTo(value.dataSync()[0] ?? Number.NaN, 5);
    const mine = engine.getGrads();
    paramSpecs(model.config).forEach(({ name }, i) => {
      expect(maxAbsDiff(grads[net.variables[i]?.name ?? '']?.dataSync() ?? [], mine[name] ?? [])).toBeLessThan(1e-5);
    });
    tf.dispose([x, y, value, ...Object.values(grads), ...net.variables]);
  });

  it('should keep tf.memory().numTensors stable around a tfjs train step', () => {
    const net = buildTfGnn(model.config, model.getParams());
    const x = tf.tensor2d(g.x, [15, 4]);
    const y = tf.tensor2d(g.y ?? new Float32Array(0), [15, 3]);
    const opt = tf.train.adam(0.01);
    const step = (): void => {
      tf.tidy(() => {
        opt.minimize(() => tf.losses.meanSquaredError(y, net.apply(x, g, true)) as tf.Scalar, false, net.variables);
      });
    };
    step();
    const before = tf.memory().numTensors;
    step();
    step();
    expect(tf.memory().numTensors).toBe(before);
    opt.dispose();
    tf.dispose([x, y, ...net.variables]);
  });
});
