import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { cooToCsr } from '../graph/csr.js';
import { meanPropagation } from '../graph/propagation.js';
import { tinyGraph } from '../testing/tiny-graphs.js';
import { SageConv } from './sage-conv.js';

describe('SageConv', () => {
  const g = tinyGraph();
  const propagation = meanPropagation(g.adjacency);
  const x = (): tf.Tensor2D => tf.tensor2d(g.x, [4, 2]);

  it.each([1, 32])('should output (numNodes, units) when units=%d', (units) => {
    const out = new SageConv({ units }).apply(x(), { propagation }) as tf.Tensor;
    expect(out.shape).toEqual([4, units]);
  });

  it('should match a hand computation with kernelInitializer ones', () => {
    // root: row sums [2, 3, 4, 5]; neighbour means: n0 = mean(x1, x2) → 3.5, n1 = x3 → 5, n2 = x0 → 2, n3 = none → 0
    const out = new SageConv({ units: 2, kernelInitializer: 'ones' }).apply(x(), { propagation }) as tf.Tensor;
    expect(out.arraySync()).toEqual([
      [5.5, 5.5],
      [8, 8],
      [6, 6],
      [5, 5],
    ]);
  });

  it('should reduce to the root term for a graph without edges', () => {
    const empty = meanPropagation(cooToCsr(4, new Int32Array(0), new Int32Array(0)));
    const out = new SageConv({ units: 1, kernelInitializer: 'ones' }).apply(x(), { propagation: empty }) as tf.Tensor;
    expect(Array.from(out.dataSync())).toEqual([2, 3, 4, 5]);
  });
});
