import { CONFIDENT_MATCH, createExerciseMatcher, type ExerciseResolver, LIFTGRAPH_CATALOG, simulateStudyScenario } from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import { evaluateLogs } from './evaluate.js';
import { explainModel } from './explain-model.js';

const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
const resolveCatalog: ExerciseResolver = (name) => {
  const m = matcher.match(name);
  return m.confidence >= CONFIDENT_MATCH ? (LIFTGRAPH_CATALOG.find((e) => e.id === m.exerciseId) ?? null) : null;
};

describe('explainModel', () => {
  const run = evaluateLogs([{ athleteId: 'study', sessions: simulateStudyScenario({ seed: 7 }).log.sessions }], resolveCatalog, {
    epochs: 20,
    models: ['graphsage'],
  });
  const gnn = run.trained[0]?.gnn;
  if (gnn === undefined) throw new Error('graphsage was not trained');
  const explanation = explainModel(run.dataset, gnn, { nodes: 4, background: 8, numSamples: 256, mainExercises: 2 });

  it('should keep the efficiency gap (Σ attributions vs prediction − baseline) below 1e-3 in target units', () => {
    expect(explanation.maxEfficiencyGap).toBeLessThan(1e-3);
    for (const p of explanation.predictions) {
      p.reasons.forEach((_, t) => expect(Number.isFinite(p.prediction[t])).toBe(true));
    }
  });

  it('should rank every feature per target, most important first', () => {
    expect(explanation.global.map((g) => g.target)).toEqual(['weight', 'reps', 'rest']);
    const weight = explanation.global[0]?.ranking ?? [];
    expect(weight).toHaveLength(run.dataset.featureNames.length);
    expect(weight.map((r) => r.meanAbs)).toEqual([...weight.map((r) => r.meanAbs)].sort((a, b) => b - a));
  });

  it('should explain the latest performance of each main exercise', () => {
    expect(explanation.predictions).toHaveLength(2);
    const first = explanation.predictions[0];
    expect(first?.reasons[0]).toHaveLength(5);
    expect(run.graph.nodes[first?.node ?? -1]?.exerciseName).toBe(first?.exerciseName);
  });
});
