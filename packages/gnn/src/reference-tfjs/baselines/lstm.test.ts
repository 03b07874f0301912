import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { LstmRegressor } from './lstm.js';
import { MlpRegressor } from './mlp.js';
import { gatherSequences, sequencesFromNext } from './sequences.js';

// 8 exercises × 8 occurrences each, nodes numbered exercise-major; one random feature per node.
// Target of a node = the feature of its previous occurrence (0 for the first): history is needed.
function historyTask(): { x: Float32Array; y: Float32Array; next: Int32Array } {
  let s = 11;
  const r = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  const n = 64;
  const x = Float32Array.from({ length: n }, r);
  const next = Int32Array.from({ length: n }, (_, i) => (i % 8 === 7 ? -1 : i + 1));
  const y = Float32Array.from({ length: n }, (_, i) => (i % 8 === 0 ? 0 : (x[i - 1] ?? 0)));
  return { x, y, next };
}

describe('sequencesFromNext', () => {
  it('should list previous occurrences oldest first, left-padded with -1', () => {
    // chain 2 → 0 → 3, node 1 alone
    const seq = sequencesFromNext(Int32Array.from([3, -1, 0, -1]), 2);
    expect(Array.from(seq)).toEqual([-1, 2, -1, -1, -1, -1, 2, 0]);
  });

  it('should reject a node with two predecessors', () => {
    expect(() => sequencesFromNext(Int32Array.from([2, 2, -1]), 1)).toThrowError(/two predecessors/);
  });
});

describe('gatherSequences', () => {
  it('should put the node itself last and zero padded steps', () => {
    const b = gatherSequences(Float32Array.from([10, 20, 30]), 1, Int32Array.from([-1, -1, 0, -1, 1, 0]), 2, Int32Array.from([2]));
    expect(b.steps.map((s) => s[0])).toEqual([20, 10, 30]);
    expect(b.masks.map((m) => m[0])).toEqual([1, 1, 1]);
  });
});

describe('LstmRegressor', () => {
  const { x, y, next } = historyTask();
  const sequences = sequencesFromNext(next, 3);

  it('should learn a target that depends on the previous occurrence better than the MLP', () => {
    const lstm = LstmRegressor.create({ inFeatures: 1, seqLen: 1, hidden: 16, outFeatures: 1, dropout: 0 }, 3);
    const mlp = MlpRegressor.create({ inFeatures: 1, hidden: 16, outFeatures: 1, dropout: 0 }, 3);
    const lstmLoss = lstm.fit(x, y, sequencesFromNext(next, 1), { epochs: 50, learningRate: 0.03 }).loss.at(-1) ?? 1;
    const mlpLoss = mlp.fit(x, y, { epochs: 50, learningRate: 0.03 }).loss.at(-1) ?? 0;
    expect(lstmLoss).toBeLessThan(mlpLoss / 5);
    lstm.dispose();
    mlp.dispose();
  });

  it('should give identical predictions for identical seeds', () => {
    const run = (): Float32Array => {
      const m = LstmRegressor.create({ inFeatures: 1, seqLen: 3, outFeatures: 1 }, 8);
      m.fit(x, y, sequences, { epochs: 3, seed: 2, batchSize: 32 });
      const p = m.predict(x, sequences);
      m.dispose();
      return p;
    };
    expect(Array.from(run())).toEqual(Array.from(run()));
  });

  it('should ignore the features behind padded steps', () => {
    const m = LstmRegressor.create({ inFeatures: 1, seqLen: 3, outFeatures: 1 }, 8);
    const padded = Int32Array.from({ length: 64 * 3 }, () => -1);
    const before = m.predict(x, padded);
    const wrongly = sequences.map((v) => v);
    wrongly.fill(-1);
    expect(Array.from(m.predict(x, wrongly))).toEqual(Array.from(before));
    // and a node's own history does matter
    expect(Array.from(m.predict(x, sequences))).not.toEqual(Array.from(before));
    m.dispose();
  });

  it('should leave no tensor behind after fit, predict and dispose', () => {
    const before = tf.memory().numTensors;
    const m = LstmRegressor.create({ inFeatures: 1, seqLen: 3, outFeatures: 1 });
    m.fit(x, y, sequences, { epochs: 2 });
    m.predict(x, sequences, 17);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should reject sequences of the wrong length', () => {
    const m = LstmRegressor.create({ inFeatures: 1, seqLen: 3, outFeatures: 1 });
    expect(() => m.predict(x, sequences.subarray(0, 9))).toThrowError(/sequences has 9 entries, expected 64×3/);
    m.dispose();
  });
});
