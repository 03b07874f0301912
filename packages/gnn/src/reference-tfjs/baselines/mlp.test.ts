import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { MlpRegressor } from './mlp.js';

// 64 rows, 3 features in [−1, 1); targets y0 = x0 + 2·x1, y1 = x2² (a smooth non-linear target).
function regressionRows(n = 64): { x: Float32Array; y: Float32Array } {
  let s = 3;
  const r = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  const x = Float32Array.from({ length: n * 3 }, r);
  const y = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    y[2 * i] = (x[3 * i] ?? 0) + 2 * (x[3 * i + 1] ?? 0);
    y[2 * i + 1] = (x[3 * i + 2] ?? 0) ** 2;
  }
  return { x, y };
}

describe('MlpRegressor', () => {
  const { x, y } = regressionRows();

  it('should predict (rows, outFeatures) values', () => {
    const m = MlpRegressor.create({ inFeatures: 3, outFeatures: 2 });
    expect(m.predict(x)).toHaveLength(64 * 2);
    m.dispose();
  });

  it('should reduce the training loss by an order of magnitude', () => {
    const m = MlpRegressor.create({ inFeatures: 3, outFeatures: 2, dropout: 0 }, 1);
    const { loss } = m.fit(x, y, { epochs: 150 });
    expect(loss.at(-1) ?? 1).toBeLessThan((loss[0] ?? 0) / 10);
    m.dispose();
  });

  it('should train on shuffled mini-batches reproducibly', () => {
    const run = (): { loss: number[]; p: Float32Array } => {
      const m = MlpRegressor.create({ inFeatures: 3, outFeatures: 2 }, 1);
      const { loss } = m.fit(x, y, { epochs: 30, batchSize: 16, seed: 3 });
      const p = m.predict(x);
      m.dispose();
      return { loss, p };
    };
    const a = run();
    expect(a.loss.at(-1) ?? 1).toBeLessThan((a.loss[0] ?? 0) / 5);
    expect(Array.from(run().p)).toEqual(Array.from(a.p));
  });

  it('should give identical predictions for identical seeds', () => {
    const run = (): Float32Array => {
      const m = MlpRegressor.create({ inFeatures: 3, outFeatures: 2 }, 9);
      m.fit(x, y, { epochs: 20, seed: 4 });
      const p = m.predict(x);
      m.dispose();
      return p;
    };
    expect(Array.from(run())).toEqual(Array.from(run()));
  });

  it('should ignore NaN targets and rows outside the row mask', () => {
    const holed = y.slice();
    holed[1] = Number.NaN;
    const rowMask = new Uint8Array(64).fill(1);
    rowMask[5] = 0;
    const changedOutside = holed.slice();
    changedOutside[10] = 1e6;
    const fitWith = (targets: Float32Array): Float32Array => {
      const m = MlpRegressor.create({ inFeatures: 3, outFeatures: 2 }, 2);
      const { loss } = m.fit(x, targets, { epochs: 10, rowMask });
      expect(loss.every(Number.isFinite)).toBe(true);
      const p = m.predict(x);
      m.dispose();
      return p;
    };
    expect(Array.from(fitWith(changedOutside))).toEqual(Array.from(fitWith(holed)));
  });

  it('should report progress with epoch and ETA', () => {
    const seen: number[] = [];
    const m = MlpRegressor.create({ inFeatures: 3, outFeatures: 2 });
    m.fit(x, y, { epochs: 25, progressEvery: 10, onProgress: (p) => seen.push(p.epoch) });
    expect(seen).toEqual([10, 20, 25]);
    m.dispose();
  });

  it('should leave no tensor behind after fit, predict and dispose', () => {
    const before = tf.memory().numTensors;
    const m = MlpRegressor.create({ inFeatures: 3, outFeatures: 2 });
    m.fit(x, y, { epochs: 3 });
    m.predict(x, 10);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should round-trip its parameters', () => {
    const m = MlpRegressor.create({ inFeatures: 3, outFeatures: 2 }, 5);
    const copy = MlpRegressor.fromParams(m.config, m.getParams());
    expect(Array.from(copy.predict(x))).toEqual(Array.from(m.predict(x)));
    m.dispose();
    copy.dispose();
  });

  it('should reject a dropout outside [0, 1)', () => {
    expect(() => MlpRegressor.create({ inFeatures: 3, dropout: 1 })).toThrowError(/dropout must be in \[0, 1\), got 1/);
  });
});
