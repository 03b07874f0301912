import { describe, expect, it } from 'vitest';
import type { ShapExplanation } from './kernel-shap.js';
import { globalShapRanking, sampleBackground, sampleNodes, topReasons } from './reasons.js';

// Two explanations of a 3-feature, 2-output model; φ rows are [output 0 | output 1].
const explanation = (phi: number[], x: number[]): ShapExplanation => ({
  numFeatures: 3,
  numOutputs: 2,
  values: Float64Array.from(phi),
  base: Float64Array.from([0, 0]),
  prediction: Float64Array.from([phi.slice(0, 3).reduce((a, b) => a + b, 0), phi.slice(3).reduce((a, b) => a + b, 0)]),
  x: Float32Array.from(x),
  exact: true,
});
const heavyDay = explanation([0.5, -0.1, 0.2, 0, 1, -0.3], [1, 2, 3]);
const lightDay = explanation([-0.3, 0.1, 0.2, 0, -1, 0.1], [4, 5, 6]);
const names = ['weight', 'rpe', 'rest'];

describe('globalShapRanking', () => {
  it('should rank features by mean |SHAP| per output', () => {
    const [weightTarget, repsTarget] = globalShapRanking([heavyDay, lightDay], names);
    expect(weightTarget?.map((r) => r.feature)).toEqual(['weight', 'rest', 'rpe']);
    expect(weightTarget?.[0]?.meanAbs).toBeCloseTo(0.4, 12);
    expect(repsTarget?.[0]).toEqual({ feature: 'rpe', meanAbs: 1 });
  });

  it('should reject a name list of the wrong length', () => {
    expect(() => globalShapRanking([heavyDay], ['a'])).toThrowError(/1 feature names for 3 features/);
  });
});

describe('topReasons', () => {
  it('should list the largest contributions in target units with the given feature values', () => {
    const reasons = topReasons(heavyDay, names, { k: 2, targetScale: 10, featureValues: [100, 8, 90] });
    expect(reasons).toEqual([
      { feature: 'weight', value: 100, contribution: 5 },
      { feature: 'rest', value: 90, contribution: 2 },
    ]);
  });

  it('should reject an output index out of range', () => {
    expect(() => topReasons(heavyDay, names, { output: 2 })).toThrowError(/output must be in \[0, 2\), got 2/);
  });
});

describe('sampleBackground', () => {
  const x = Float32Array.from({ length: 20 }, (_, i) => i);

  it('should draw distinct masked rows deterministically', () => {
    const mask = Uint8Array.from([1, 0, 1, 1, 0, 1, 1, 0, 1, 1]);
    const a = sampleBackground(x, 2, 4, 3, mask);
    expect(Array.from(a)).toEqual(Array.from(sampleBackground(x, 2, 4, 3, mask)));
    const rows = Array.from({ length: 4 }, (_, i) => (a[2 * i] ?? 0) / 2);
    expect(new Set(rows).size).toBe(4);
    rows.forEach((r) => expect(mask[r]).toBe(1));
  });

  it('should return every row when asked for more than there are', () => {
    expect(sampleBackground(x, 2, 50)).toHaveLength(20);
  });
});

describe('sampleNodes', () => {
  it('should return sorted masked node indices', () => {
    const nodes = sampleNodes(Uint8Array.from([0, 1, 1, 0, 1]), 2, 5);
    expect(nodes).toHaveLength(2);
    expect(Array.from(nodes).every((i) => [1, 2, 4].includes(i))).toBe(true);
  });
});
