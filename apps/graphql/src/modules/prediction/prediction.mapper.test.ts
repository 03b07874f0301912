import { describe, expect, it } from 'vitest';
import type { PlannerPrediction } from '../../planner/planner-client.js';
import { toPredictionType } from './prediction.mapper.js';

const base: PlannerPrediction = {
  exerciseId: 'barbell-back-squat',
  nextWeightKg: 102.5,
  nextReps: 5,
  nextRestSec: 180,
  reasons: [{ feature: 'rule:double-progression', contribution: 2.5 }],
};

describe('toPredictionType', () => {
  it("should pass the planner's SHAP explanation and one-line reasons through", () => {
    const explanation = {
      status: 'shap',
      note: "the rules set this number; the model's view",
      role: 'model-view',
      model: { version: 'v3', name: 'graphsage', verdict: 'did-not-beat-baselines' },
      performanceDate: '2024-05-01',
      targets: [
        {
          target: 'weight',
          unit: 'kg',
          lastValue: 100,
          baseValue: 100.4,
          prediction: 101.1,
          reasons: [
            { feature: 'acwr', label: 'acute:chronic workload ratio', value: 1.1, valueUnit: 'ratio', contribution: 0.5, direction: 'up' },
          ],
          otherContribution: 0.2,
          efficiencyGap: 0,
        },
      ],
    };
    const raw = {
      ...base,
      source: 'rules',
      rationale: 'hit the top of the range',
      explanation,
      reasons: [{ feature: 'rule:double-progression', contribution: 2.5, unit: 'kg', note: 'all sets at 8 reps' }],
    };
    const p = toPredictionType(raw as PlannerPrediction);
    expect(p.explanation).toEqual(explanation);
    expect(p).toMatchObject({
      source: 'rules',
      rationale: 'hit the top of the range',
      reasons: [{ unit: 'kg', note: 'all sets at 8 reps' }],
    });
  });

  it('should say there is no explanation when an older planner sends none', () => {
    const p = toPredictionType(base);
    expect(p.explanation).toMatchObject({ status: 'unavailable', targets: [], model: null });
    expect(p).toMatchObject({ source: 'rules', rationale: '', reasons: [{ unit: null, note: null }] });
  });
});
