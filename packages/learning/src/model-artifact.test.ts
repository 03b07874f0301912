import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIDENT_MATCH, createExerciseMatcher, type ExerciseResolver, LIFTGRAPH_CATALOG, simulateStudyScenario } from '@liftgraph/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateLogs } from './evaluate.js';
import { loadPredictor, PREDICTOR_SCHEMA, saveArtifact } from './model-artifact.js';

const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
const resolveCatalog: ExerciseResolver = (name) => {
  const m = matcher.match(name);
  return m.confidence >= CONFIDENT_MATCH ? (LIFTGRAPH_CATALOG.find((e) => e.id === m.exerciseId) ?? null) : null;
};
const studyLogs = [{ athleteId: 'study', sessions: simulateStudyScenario({ seed: 7 }).log.sessions }];
const dir = mkdtempSync(join(tmpdir(), 'liftgraph-artifact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadPredictor', () => {
  const run = evaluateLogs(studyLogs, resolveCatalog, { epochs: 5, seed: 3, models: ['graphsage', 'gcn'] });

  it.each(['graphsage', 'gcn'] as const)('should predict exactly what the saved %s model predicted when loaded back', async (name) => {
    const trained = run.trained.find((t) => t.name === name);
    if (trained?.gnn === undefined) throw new Error(`${name} was not trained`);
    const out = join(dir, name);
    await saveArtifact(out, {
      model: trained.gnn,
      modelName: name,
      dataset: run.dataset,
      metrics: run.result.models[name],
      targetMode: 'observed',
      training: {
        epochs: 5,
        seed: 3,
        source: 'study',
        cutoffDate: run.cutoffDate,
        numNodes: run.graph.numNodes,
        trainNodes: 0,
        testPairs: run.result.testPairs,
      },
    });
    const predictor = await loadPredictor(out);
    expect(predictor.predict(run.graph)).toEqual(trained.predictions);
    expect(predictor.metadata).toMatchObject({
      schema: PREDICTOR_SCHEMA,
      modelName: name,
      featureNames: run.dataset.featureNames,
      targetMode: 'observed',
    });
  });

  it('should store architecture, feature names, scalers and metrics in model.json', () => {
    const json = JSON.parse(readFileSync(join(dir, 'graphsage', 'model.json'), 'utf8')) as Record<string, unknown>;
    expect(json.modelTopology).toMatchObject({ config: { kind: 'sage', hidden: 32, outFeatures: 3 } });
    expect(json.userDefinedMetadata).toMatchObject({
      targetEncoding: 'residual-to-persistence',
      featureScaler: { kind: 'standardizer' },
      targetScaler: { kind: 'standardizer' },
    });
    expect(Object.keys(json.userDefinedMetadata as object)).toEqual(expect.arrayContaining(['keptColumns', 'metrics', 'createdAt']));
  });

  it('should refuse a directory without an artifact', async () => {
    await expect(loadPredictor(join(dir, 'missing'))).rejects.toThrowError(/cannot read .*model\.json/);
  });
});
