import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Standardizer } from '../eval/standardizer.js';
import type { GraphData } from '../graph/graph-data.js';
import { randomGraph } from '../testing/tiny-graphs.js';
import { DeepGnn } from '../reference-tfjs/deep-gnn.js';
import { oversmoothingStudy } from './oversmoothing-study.js';

function splitGraph(): GraphData {
  const g = randomGraph(40, 160, 4, 2, 3);
  return {
    ...g,
    trainMask: Uint8Array.from({ length: 40 }, (_, i) => (i < 30 ? 1 : 0)),
    testMask: Uint8Array.from({ length: 40 }, (_, i) => (i >= 30 ? 1 : 0)),
  };
}

describe.each(['gcn', 'sage', 'sgc'] as const)('DeepGnn (%s)', (kind) => {
  const g = splitGraph();

  it.each([1, 3])('should embed into (N, width) and predict (N, T) at depth %d', (depth) => {
    const m = new DeepGnn({ kind, depth, inFeatures: 4, hidden: 8, outFeatures: 2, activation: 'tanh', dropout: 0.3 });
    expect(m.embed(g)).toHaveLength(40 * (kind === 'sgc' ? 4 : 8));
    expect(m.predict(g)).toHaveLength(80);
    m.dispose();
  });

  it('should lower the training loss and leave no tensor behind', () => {
    const before = tf.memory().numTensors;
    const m = new DeepGnn({ kind, depth: 2, inFeatures: 4, hidden: 8, outFeatures: 2, activation: 'elu', dropout: 0 });
    const { loss } = m.fit(g, { epochs: 30, learningRate: 0.03 });
    expect(loss.at(-1) ?? 1).toBeLessThan(loss[0] ?? 0);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('oversmoothingStudy', () => {
  it('should return one row per kind × depth × activation with test errors in real units', () => {
    const g = splitGraph();
    const scaler = Standardizer.of([100, 8], [10, 2]);
    const seen: number[] = [];
    const rows = oversmoothingStudy(g, {
      kinds: ['gcn', 'sgc'],
      depths: [1, 4],
      activations: ['relu', 'identity'],
      epochs: 5,
      hidden: 8,
      targetScaler: scaler,
      onRow: (_, i) => seen.push(i),
    });
    expect(rows.map((r) => `${r.kind}/${r.depth}/${r.activation}`)).toEqual([
      'gcn/1/relu',
      'gcn/1/identity',
      'gcn/4/relu',
      'gcn/4/identity',
      'sgc/1/identity',
      'sgc/4/identity',
    ]);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
    for (const r of rows) {
      expect(r.mad).toBeGreaterThanOrEqual(0);
      expect(r.testMaePerTarget[0]?.count).toBe(10);
    }
    // SGC smooths more with a wider radius; errors are in kg-like units (σ = 10), not z-scores.
    expect(rows[5]?.mad ?? 1).toBeLessThan(rows[4]?.mad ?? 0);
    expect(rows[0]?.testMaePerTarget[0]?.mae ?? 0).toBeGreaterThan(1);
  });

  it('should be deterministic given the seed', () => {
    const g = splitGraph();
    const run = (): number[] =>
      oversmoothingStudy(g, { kinds: ['sage'], depths: [2], epochs: 3, hidden: 8, withGap: false }).map((r) => r.mad);
    expect(run()).toEqual(run());
  });
});
