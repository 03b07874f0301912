import { describe, expect, it } from 'vitest';
import { shapBars, shapSummary, shapTargetIn, signed, type ShapTarget } from './shap-bars';

const target: ShapTarget = {
  target: 'weight',
  unit: 'kg',
  lastValue: 100,
  baseValue: 100.5,
  prediction: 102.1,
  otherContribution: 0.3,
  reasons: [
    { feature: 'daysSinceLast', label: 'days since last done', value: 3, valueUnit: 'days', contribution: 1.6, direction: 'up' },
    { feature: 'acwr', label: 'acute:chronic workload ratio', value: 1.234, valueUnit: 'ratio', contribution: -0.8, direction: 'down' },
    { feature: 'compound', label: 'compound exercise', value: 1, valueUnit: 'flag', contribution: 0.5, direction: 'up' },
  ],
};

describe('shapBars', () => {
  it('should scale bars to the largest contribution and sign them in the target unit', () => {
    const bars = shapBars(target);
    expect(bars.map((b) => [b.label, b.valueText, b.contributionText, b.widthPct, b.direction])).toEqual([
      ['days since last done', '3 days', '+1.6 kg', 100, 'up'],
      ['acute:chronic workload ratio', '1.23', '\u22120.8 kg', 50, 'down'],
      ['compound exercise', 'yes', '+0.5 kg', 31, 'up'],
      ['all other features', '', '+0.3 kg', 19, 'up'],
    ]);
  });

  it('should give each row a sentence for screen readers', () => {
    const [first, second] = shapBars(target);
    expect(first?.ariaLabel).toBe('days since last done (3 days) raises the predicted weight by 1.6 kg');
    expect(second?.ariaLabel).toBe('acute:chronic workload ratio (1.23) lowers the predicted weight by 0.8 kg');
  });

  it('should leave out a negligible "other features" row', () => {
    expect(shapBars({ ...target, otherContribution: 0.01 }).map((b) => b.key)).not.toContain('__other');
  });

  it('should summarise last value, baseline and prediction', () => {
    expect(shapSummary(target)).toBe('last 100.0 kg · model baseline 100.5 kg → predicts 102.1 kg');
    expect(shapSummary({ ...target, unit: 's', target: 'rest', lastValue: null, baseValue: 118.4, prediction: 121.6 })).toBe(
      'model baseline 118 s → predicts 122 s',
    );
    expect(signed(-0.04, 'kg')).toBe('\u22120.04 kg');
    expect(signed(0.004, 'kg')).toBe('±0.00 kg');
    expect(signed(-3.14, 's')).toBe('\u22123 s');
  });
});

describe('shapTargetIn', () => {
  it('should show a kg target in lb for an lb viewer, its parts still adding up', () => {
    const lb = shapTargetIn(target, 'lbs');
    expect(shapSummary(lb)).toBe('last 220.5 lb · model baseline 221.6 lb → predicts 225.1 lb');
    expect(shapBars(lb)[0]?.contributionText).toBe('+3.5 lb');
    const sum = lb.baseValue + lb.otherContribution + lb.reasons.reduce((a, r) => a + r.contribution, 0);
    expect(sum).toBeCloseTo(lb.prediction, 9);
    expect(shapTargetIn(target, 'kg')).toBe(target);
  });
});
