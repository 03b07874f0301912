import type { ShapExplanation } from '@liftgraph/gnn';
import { describe, expect, it } from 'vitest';
import { featureLabel } from './feature-labels.js';
import { shapeShapReasons } from './shap-reasons.js';

/** 3 features, 2 outputs (weight, reps), standardized: φ and base chosen so efficiency holds. */
const explanation = (): ShapExplanation => ({
  numFeatures: 3,
  numOutputs: 2,
  // weight: φ = [0.5, -0.25, 0.05]; reps: φ = [0, 0.1, -0.3]
  values: Float64Array.from([0.5, -0.25, 0.05, 0, 0.1, -0.3]),
  base: Float64Array.from([0.1, 0]),
  prediction: Float64Array.from([0.4, -0.2]),
  x: Float32Array.from([1, 2, 3]),
  exact: true,
});

const options = {
  featureNames: ['weightKg', 'daysSinceLast', 'muscle:chest'],
  rawValues: [80, 4, Number.NaN],
  targetMean: [1, 0],
  targetStd: [2, 3],
  persistence: [80, Number.NaN],
  targets: [
    { name: 'weight', unit: 'kg' },
    { name: 'reps', unit: 'reps' },
  ],
};

describe('shapeShapReasons', () => {
  it('should scale contributions by the target σ and add persistence + μ to base and prediction', () => {
    const [weight, reps] = shapeShapReasons(explanation(), { ...options, topK: 2 });
    // weight: offset = 80 + 1; prediction = 81 + 0.4·2 = 81.8; base = 81 + 0.1·2 = 81.2
    expect(weight).toMatchObject({ target: 'weight', unit: 'kg', lastValue: 80 });
    expect(weight?.prediction).toBeCloseTo(81.8, 10);
    expect(weight?.baseValue).toBeCloseTo(81.2, 10);
    expect(weight?.reasons.map((r) => [r.feature, r.contribution])).toEqual([
      ['weightKg', 1],
      ['daysSinceLast', -0.5],
    ]);
    expect(weight?.otherContribution).toBeCloseTo(0.1, 10);
    expect(weight?.efficiencyGap).toBeLessThan(1e-9);
    // reps: unknown persistence → offset 0; prediction = −0.6, base = 0
    expect(reps).toMatchObject({ target: 'reps', lastValue: null });
    expect(reps?.prediction).toBeCloseTo(-0.6, 10);
    expect(reps?.reasons.map((r) => r.feature)).toEqual(['muscle:chest', 'daysSinceLast']);
  });

  it('should label features in coach words with their value, unit and direction', () => {
    const [weight, reps] = shapeShapReasons(explanation(), options);
    expect(weight?.reasons[0]).toEqual({
      feature: 'weightKg',
      label: 'load of last top set',
      value: 80,
      valueUnit: 'kg',
      contribution: 1,
      direction: 'up',
    });
    expect(weight?.reasons[1]).toMatchObject({ label: 'days since last done', valueUnit: 'days', direction: 'down' });
    const chest = reps?.reasons.find((r) => r.feature === 'muscle:chest');
    expect(chest).toMatchObject({ label: 'share of work on chest', value: null, direction: 'down' });
    expect(reps?.reasons.find((r) => r.feature === 'weightKg')?.direction).toBe('none');
    expect(featureLabel('something-new')).toBe('something-new');
  });

  it('should report only the included targets and refuse mismatched inputs', () => {
    expect(shapeShapReasons(explanation(), { ...options, include: [1] }).map((t) => t.target)).toEqual(['reps']);
    expect(() => shapeShapReasons(explanation(), { ...options, featureNames: ['a', 'b'] })).toThrowError(
      /2 feature names for 3 SHAP features/,
    );
    expect(() => shapeShapReasons(explanation(), { ...options, include: [2] })).toThrowError(/target 2 is not an output/);
  });

  it('should expose an efficiency gap when the values do not add up', () => {
    const broken = { ...explanation(), prediction: Float64Array.from([0.5, -0.2]) };
    expect(shapeShapReasons(broken, options)[0]?.efficiencyGap).toBeCloseTo(0.2, 10);
  });
});
