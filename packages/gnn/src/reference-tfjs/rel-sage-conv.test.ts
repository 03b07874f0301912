import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { cooToCsr } from '../graph/csr.js';
import { relationMeanPropagation } from '../graph/propagation.js';
import { RelSageConv } from './rel-sage-conv.js';

describe('RelSageConv', () => {
  // x_i = [i + 1, 1]; edges (source → target, type, weight): 1→0 (0, 1), 2→0 (0, 3), 3→0 (1, 1), 0→2 (1, 2).
  const adj = cooToCsr(4, Int32Array.from([1, 2, 3, 0]), Int32Array.from([0, 0, 0, 2]), {
    edgeWeight: Float32Array.from([1, 3, 1, 2]),
    edgeType: Uint8Array.from([0, 0, 1, 1]),
  });
  const propagation = relationMeanPropagation(adj, 2);
  const x = (): tf.Tensor2D => tf.tensor2d([1, 1, 2, 1, 3, 1, 4, 1], [4, 2]);

  it('should match a hand computation with kernelInitializer ones', () => {
    // root: row sums [2, 3, 4, 5]. Relation 0 (weighted mean): n0 = (1·x1 + 3·x2)/4 = [2.75, 1] → 3.75; others 0.
    // Relation 1: n0 = x3 → 5, n2 = x0 → 2; others 0.
    const out = new RelSageConv({ units: 1, numRelations: 2, kernelInitializer: 'ones' }).apply(x(), { propagation }) as tf.Tensor;
    const got = Array.from(out.dataSync());
    [2 + 3.75 + 5, 3, 4 + 2, 5].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 5));
  });

  it('should create one neighbour kernel per relation and keep numRelations in its config', () => {
    const layer = new RelSageConv({ units: 3, numRelations: 2 });
    layer.build([null, 2]);
    expect(layer.weights.map((w) => w.originalName.split('/').at(-1))).toEqual([
      'kernel_root',
      'kernel_neigh_r0',
      'kernel_neigh_r1',
      'bias',
    ]);
    expect(layer.getConfig()['numRelations']).toBe(2);
  });

  it('should reject a propagation with another number of relations', () => {
    const layer = new RelSageConv({ units: 1, numRelations: 3 });
    expect(() => layer.apply(x(), { propagation })).toThrowError(/propagation has 8 rows, expected 3·4/);
    expect(() => new RelSageConv({ units: 1, numRelations: 0 })).toThrowError(/numRelations must be a positive integer, got 0/);
  });
});
