import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIDENT_MATCH, createExerciseMatcher, type ExerciseResolver, LIFTGRAPH_CATALOG, simulateStudyScenario } from '@liftgraph/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { learningGraphFromLogs } from './evaluate.js';
import { loadPredictor } from './model-artifact.js';
import { trainAndSave } from './train-and-save.js';

const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
const resolveCatalog: ExerciseResolver = (name) => {
  const m = matcher.match(name);
  return m.confidence >= CONFIDENT_MATCH ? (LIFTGRAPH_CATALOG.find((e) => e.id === m.exerciseId) ?? null) : null;
};
const { graph, cutoffDate } = learningGraphFromLogs(
  [{ athleteId: 'study', sessions: simulateStudyScenario({ seed: 7 }).log.sessions }],
  resolveCatalog,
);
const modelsDir = mkdtempSync(join(tmpdir(), 'liftgraph-train-and-save-'));
afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));
const options = {
  source: 'study',
  cutoffDate,
  targetMode: 'observed' as const,
  models: ['graphsage'] as const,
  epochs: 6,
  seed: 2,
  modelsDir,
};

describe('trainAndSave', () => {
  it("should store the run's loss history and global SHAP ranking with the artifact", async () => {
    const { run, artifacts } = await trainAndSave(graph, {
      ...options,
      runId: 'with-shap',
      createdAt: new Date(),
      shap: { nodes: 4, numSamples: 96 },
    });
    const [saved] = artifacts;
    if (saved === undefined) throw new Error('no artifact saved');
    expect(saved.lossHistory).toEqual(run.trained[0]?.lossHistory);
    expect(saved.lossHistory.length).toBeGreaterThan(0);
    expect(saved.lossHistory.length).toBeLessThanOrEqual(6);
    const shap = saved.globalShap;
    if (shap === null) throw new Error('no global SHAP ranking');
    expect(shap).toMatchObject({ explainedNodes: 4, numSamples: 96 });
    expect(shap.backgroundRows).toBeGreaterThan(0);
    const weight = shap.targets.find((t) => t.target === 'weight');
    expect(weight?.unit).toBe('kg');
    const ranking = weight?.ranking ?? [];
    expect(ranking.map((r) => r.feature).sort()).toEqual([...run.dataset.featureNames].sort());
    expect(ranking.map((r) => r.meanAbs)).toEqual(ranking.map((r) => r.meanAbs).sort((a, b) => b - a));
    expect(ranking[0]?.meanAbs).toBeGreaterThan(0);
    expect(shap.targets.map((t) => t.target)).toEqual(['weight', 'reps', 'rest']); // the study log has all three

    const reloaded = await loadPredictor(saved.dir);
    expect(reloaded.metadata.globalShap).toEqual(shap);
    expect(reloaded.metadata.lossHistory).toEqual(saved.lossHistory);
  });

  it('should skip the ranking when asked to', async () => {
    const { artifacts } = await trainAndSave(graph, { ...options, runId: 'no-shap', createdAt: new Date(), shap: false });
    expect(artifacts[0]?.globalShap).toBeNull();
    expect((await loadPredictor(artifacts[0]?.dir ?? '')).metadata.globalShap).toBeUndefined();
  });
});
