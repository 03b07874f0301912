import { describe, expect, it } from 'vitest';
import { errorRows, lossCurves, progressFromLog, shapRanking } from './model-metrics';

describe('errorRows', () => {
  it('should pair MAE and RMSE per series and target', () => {
    const rows = errorRows([
      { name: 'test.weight.mae', value: 2.1 },
      { name: 'test.weight.rmse', value: 3.4 },
      { name: 'baselines.persistence.weight.mae', value: 2.9 },
      { name: 'epochs', value: 60 },
    ]);
    expect(rows).toEqual([
      { series: 'baselines.persistence', target: 'weight', mae: 2.9, rmse: null },
      { series: 'test', target: 'weight', mae: 2.1, rmse: 3.4 },
    ]);
  });
});

describe('lossCurves', () => {
  it('should order a loss series by epoch index', () => {
    expect(lossCurves([{ name: 'history.trainLoss.1', value: 0.5 }, { name: 'history.trainLoss.0', value: 0.9 }, { name: 'test.weight.mae', value: 1 }])).toEqual(new Map([['history.trainLoss', [0.9, 0.5]]]));
  });
});

describe('shapRanking', () => {
  it('should rank features by mean absolute contribution', () => {
    expect(shapRanking([{ name: 'shap.weight.rpe', value: -0.5 }, { name: 'shap.reps.rpe', value: 0.3 }, { name: 'shap.weight.acwr', value: 0.2 }])).toEqual([
      { feature: 'rpe', value: 0.4 },
      { feature: 'acwr', value: 0.2 },
    ]);
  });
});

describe('progressFromLog', () => {
  it('should read the last epoch and every logged loss', () => {
    expect(progressFromLog(['start', 'graphsage epoch 1/60 loss 0.91', 'graphsage epoch 2/60 loss=0.80'])).toEqual({ epoch: 2, epochs: 60, losses: [0.91, 0.8] });
    expect(progressFromLog(['nothing yet'])).toBeNull();
  });
});
