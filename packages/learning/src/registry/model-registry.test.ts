import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CONFIDENT_MATCH,
  createAthlete,
  createExerciseMatcher,
  createProgressionPrescriber,
  LIFTGRAPH_CATALOG,
  runSimulation,
  SPLIT_TEMPLATES,
} from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import { loadModel } from './load-model.js';
import { metricsBeatBaselines, pickModel, registryCandidates, scanModelsDir } from './model-registry.js';
import { saveTinyArtifact } from '../testing/tiny-artifact.js';

const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
const resolveCatalog = (name: string) => {
  const m = matcher.match(name);
  return m.confidence >= CONFIDENT_MATCH ? (LIFTGRAPH_CATALOG.find((e) => e.id === m.exerciseId) ?? null) : null;
};

const err = (mae: number) => ({ weight: { mae, rmse: mae * 1.3 }, reps: null, rest: null });

describe('model registry', () => {
  it('should accept a model only when its weight MAE beats both baselines', () => {
    expect(
      metricsBeatBaselines(JSON.stringify({ model: 'graphsage', models: { graphsage: err(2), persistence: err(3), rules: err(2.5) } })),
    ).toBe(true);
    expect(metricsBeatBaselines(JSON.stringify({ model: err(2.6), persistence: err(3), rules: err(2.5) }))).toBe(false);
    expect(metricsBeatBaselines(JSON.stringify({ beatsBaselines: true }))).toBe(true);
    expect(metricsBeatBaselines(JSON.stringify({ weight: { mae: 1 } }))).toBe(false);
    expect(metricsBeatBaselines('not json')).toBe(false);
    expect(metricsBeatBaselines(null)).toBe(false);
  });

  it('should pick the newest version that beat the baselines, resolving relative artifact paths', () => {
    const rows = [
      { id: 'old-good', createdAt: '2024-01-01T00:00:00Z', artifact: 'old', metrics: JSON.stringify({ beatsBaselines: true }) },
      { id: 'new-bad', createdAt: '2024-03-01T00:00:00Z', artifact: 'new', metrics: JSON.stringify({ beatsBaselines: false }) },
      { id: 'mid-good', createdAt: '2024-02-01T00:00:00Z', artifact: '/abs/mid', metrics: JSON.stringify({ beatsBaselines: true }) },
      { id: 'no-artifact', createdAt: '2024-04-01T00:00:00Z', artifact: null, metrics: JSON.stringify({ beatsBaselines: true }) },
      {
        id: 'flag-says-no',
        createdAt: '2024-05-01T00:00:00Z',
        artifact: 'x',
        metrics: JSON.stringify({ beatsBaselines: true }),
        beatsBaselines: false,
      },
    ];
    const picked = pickModel(registryCandidates(rows, '/models'));
    expect(picked).toMatchObject({ id: 'mid-good', dir: '/abs/mid', origin: 'registry' });
    expect(pickModel(registryCandidates(rows.slice(1, 2), '/models'))).toBeNull();
    expect(pickModel(registryCandidates(rows.slice(1, 2), '/models'), true)).toMatchObject({ dir: join('/models', 'new') });
  });

  it('should fall back to rules when there is no model, and when the chosen artifact is corrupt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'registry-'));
    try {
      expect(await scanModelsDir(join(dir, 'missing'))).toEqual([]);
      const none = await loadModel({ registry: async () => [], modelsDir: join(dir, 'missing') });
      expect(none).toMatchObject({ predictor: null, candidate: null });
      expect(none.detail).toMatch(/^rules only: no ModelVersion/);

      await mkdir(join(dir, 'broken'));
      await writeFile(
        join(dir, 'broken', 'model.json'),
        JSON.stringify({ userDefinedMetadata: { schema: 'liftgraph-predictor/1', createdAt: '2024-01-01' } }),
      );
      await mkdir(join(dir, 'report'));
      const broken = await loadModel({ registry: () => Promise.reject(new Error('no registry')), modelsDir: dir });
      expect(broken.predictor).toBeNull();
      expect(broken.candidate).toMatchObject({ id: 'broken', origin: 'models-dir' });
      expect(broken.detail).toMatch(/^rules only: model broken .* failed to load/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('should keep the newest model as the SHAP explainer when no version beat the baselines, and honour a pin', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'registry-explainer-'));
    try {
      const sessions = runSimulation({
        athlete: createAthlete({ sex: 'female', trainingAgeYears: 1, bodyMassKg: 60 }, 4),
        weeks: 4,
        schedule: SPLIT_TEMPLATES['full-body-3'],
        prescriber: createProgressionPrescriber('linear'),
      }).log.sessions;
      await saveTinyArtifact(join(dir, 'weak'), 'a', sessions, resolveCatalog, 2);
      const rows = [
        { id: 'weak', createdAt: '2024-01-01T00:00:00Z', artifact: 'weak', metrics: JSON.stringify({ beatsBaselines: false }) },
      ];
      const loaded = await loadModel({ registry: async () => rows, modelsDir: dir });
      expect(loaded.predictor).toBeNull();
      expect(loaded.explainer).toMatchObject({ candidate: { id: 'weak' }, verdict: 'did-not-beat-baselines' });
      expect(loaded.detail).toMatch(/^rules only: no registry version beat the baselines; SHAP view from weak/);

      const pinned = await loadModel({ registry: async () => rows, modelsDir: dir, pinned: join(dir, 'weak') });
      expect(pinned.predictor).not.toBeNull();
      expect(pinned.explainer?.verdict).toBe('pinned');
      expect(await loadModel({ registry: async () => rows, modelsDir: dir, pinned: 'none' })).toMatchObject({
        predictor: null,
        explainer: null,
      });
      const view = await loadModel({ registry: async () => [], modelsDir: dir, pinned: `view:${join(dir, 'weak')}` });
      expect(view.predictor).toBeNull();
      expect(view.explainer).toMatchObject({ verdict: 'unverified', candidate: { dir: join(dir, 'weak') } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
