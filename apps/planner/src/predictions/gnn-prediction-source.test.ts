import {
  createAthlete,
  createProgressionPrescriber,
  LIFTGRAPH_CATALOG,
  type LearningGraph,
  runSimulation,
  SPLIT_TEMPLATES,
} from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import type { Predictor } from '@liftgraph/learning';
import { gnnPredictionSource } from './gnn-prediction-source.js';

/** A stand-in model: "last top set + 2.5 kg, same reps, 120 s". */
const fakePredictor = (): Predictor => ({
  model: {} as Predictor['model'],
  metadata: { modelName: 'fake' } as Predictor['metadata'],
  encode: () => {
    throw new Error('not used');
  },
  predict: (lg: LearningGraph) =>
    Float32Array.from({ length: lg.numNodes * 3 }, (_, j) =>
      j % 3 === 0 ? (lg.persistence[j] ?? 0) + 2.5 : j % 3 === 1 ? (lg.persistence[j] ?? 0) : 120,
    ),
});

describe('gnnPredictionSource', () => {
  const sim = runSimulation({
    athlete: createAthlete({ sex: 'female', trainingAgeYears: 1, bodyMassKg: 64 }, 3),
    weeks: 4,
    schedule: SPLIT_TEMPLATES['full-body-3'],
    prescriber: createProgressionPrescriber('linear'),
  });

  it('should predict each exercise from its latest performance', () => {
    const source = gnnPredictionSource(fakePredictor(), 'a', sim.log.sessions, LIFTGRAPH_CATALOG);
    const squats = sim.log.sessions.flatMap((s) => s.performances.filter((p) => p.exerciseName === 'Barbell Back Squat'));
    const lastTop = Math.max(...(squats.at(-1)?.sets ?? []).map((s) => s.weightKg ?? 0));
    const p = source.predict({ athleteId: 'a', exerciseId: 'barbell-back-squat', date: '2030-01-01', history: [] });
    expect(p?.weightKg).toBeCloseTo(lastTop + 2.5, 3);
    expect(p?.restSec).toBe(120);
    expect(source.id).toBe('gnn:fake');
  });

  it('should have nothing to say for exercises never done or an empty log', () => {
    expect(
      gnnPredictionSource(fakePredictor(), 'a', sim.log.sessions, LIFTGRAPH_CATALOG).predict({
        athleteId: 'a',
        exerciseId: 'pull-up',
        date: '2030-01-01',
        history: [],
      }),
    ).toBeNull();
    expect(
      gnnPredictionSource(fakePredictor(), 'a', [], LIFTGRAPH_CATALOG).predict({
        athleteId: 'a',
        exerciseId: 'barbell-back-squat',
        date: '2030-01-01',
        history: [],
      }),
    ).toBeNull();
  });
});
