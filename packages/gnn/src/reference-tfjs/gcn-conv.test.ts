import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { cooToCsr } from '../graph/csr.js';
import { gcnPropagation } from '../graph/propagation.js';
import { tinyGraph } from '../testing/tiny-graphs.js';
import { GcnConv } from './gcn-conv.js';

describe('GcnConv', () => {
  const g = tinyGraph();
  const propagation = gcnPropagation(g.adjacency);
  const x = (): tf.Tensor2D => tf.tensor2d(g.x, [4, 2]);

  it.each([1, 8])('should output (numNodes, units) when units=%d', (units) => {
    const out = new GcnConv({ units }).apply(x(), { propagation }) as tf.Tensor;
    expect(out.shape).toEqual([4, units]);
  });

  it('should match a hand computation with kernelInitializer ones', () => {
    // x·W row sums s = [2, 3, 4, 5]; d̂ = [3, 2, 2, 1] (self-loops included)
    const out = new GcnConv({ units: 2, kernelInitializer: 'ones' }).apply(x(), { propagation }) as tf.Tensor;
    const expected = [2 / 3 + 3 / Math.sqrt(6) + 4 / Math.sqrt(6), 3 / 2 + 5 / Math.sqrt(2), 4 / 2 + 2 / Math.sqrt(6), 5];
    const got = out.arraySync() as number[][];
    got.forEach((row, i) => row.forEach((v) => expect(v).toBeCloseTo(expected[i] ?? 0, 5)));
  });

  it('should aggregate after the product when the input is wider than units', () => {
    const wide = tf.ones([4, 6]) as tf.Tensor2D;
    const out = new GcnConv({ units: 1, kernelInitializer: 'ones' }).apply(wide, { propagation }) as tf.Tensor;
    expect((out.arraySync() as number[][])[3]?.[0]).toBeCloseTo(6, 5);
  });

  it('should return the self-loop-only product for a graph without edges', () => {
    const empty = gcnPropagation(cooToCsr(4, new Int32Array(0), new Int32Array(0)));
    const out = new GcnConv({ units: 1, kernelInitializer: 'ones' }).apply(x(), { propagation: empty }) as tf.Tensor;
    expect(Array.from(out.dataSync())).toEqual([2, 3, 4, 5]);
  });
});
