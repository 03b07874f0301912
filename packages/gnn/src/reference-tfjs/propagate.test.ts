import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { gcnPropagation } from '../graph/propagation.js';
import { randomGraph } from '../testing/tiny-graphs.js';
import { propagate } from './propagate.js';

describe('propagate', () => {
  const g = randomGraph(9, 25, 3, 1);
  const op = gcnPropagation(g.adjacency);

  it('should match finite differences of a scalar loss through S·X', () => {
    const x = tf.tensor2d(g.x, [9, 3]);
    const c = tf.randomNormal([9, 3], 0, 1, 'float32', 5);
    const loss = (v: tf.Tensor): tf.Scalar => tf.sum(tf.mul(tf.square(propagate(v as tf.Tensor2D, op)), c));
    const grad = tf.grad(loss)(x).dataSync();
    const base = Float32Array.from(g.x);
    const h = 1e-2;
    let worst = 0;
    for (let i = 0; i < base.length; i++) {
      const at = (d: number): number => {
        const p = base.slice();
        p[i] = (p[i] ?? 0) + d;
        return tf.tidy(() => loss(tf.tensor2d(p, [9, 3])).dataSync()[0] ?? 0);
      };
      worst = Math.max(worst, Math.abs((at(h) - at(-h)) / (2 * h) - (grad[i] ?? 0)));
    }
    expect(worst).toBeLessThan(1e-3);
    tf.dispose([x, c]);
  });

  it('should reject features whose row count is not the node count', () => {
    expect(() => propagate(tf.zeros([4, 2]) as tf.Tensor2D, op)).toThrowError(/4 rows but the graph has 9 nodes/);
  });
});
