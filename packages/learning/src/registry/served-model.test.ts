import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveTinyArtifact } from '../testing/tiny-artifact.js';
import type { RegistryRow } from './model-registry.js';
import { ServedModel } from './served-model.js';

const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
const resolveCatalog = (name: string) => {
  const m = matcher.match(name);
  return m.confidence >= CONFIDENT_MATCH ? (LIFTGRAPH_CATALOG.find((e) => e.id === m.exerciseId) ?? null) : null;
};
const row = (id: string, day: number, beatsBaselines: boolean): RegistryRow => ({
  id,
  createdAt: `2024-01-${String(day).padStart(2, '0')}T00:00:00.000Z`,
  artifact: id,
  metrics: '{}',
  beatsBaselines,
});

describe('ServedModel', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'served-model-'));
    const sessions = runSimulation({
      athlete: createAthlete({ sex: 'male', trainingAgeYears: 2, bodyMassKg: 80 }, 9),
      weeks: 4,
      schedule: SPLIT_TEMPLATES['full-body-3'],
      prescriber: createProgressionPrescriber('linear'),
    }).log.sessions;
    await saveTinyArtifact(join(dir, 'v1'), 'a', sessions, resolveCatalog, 2);
    await saveTinyArtifact(join(dir, 'v2'), 'a', sessions, resolveCatalog, 3);
    await mkdir(join(dir, 'broken'));
    await writeFile(join(dir, 'broken', 'model.json'), '{"not": "an artifact"}');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('should switch to a newly registered version once the last check is older than maxAgeMs', async () => {
    let rows = [row('v1', 1, true)];
    let clock = 0;
    const changes: string[] = [];
    const served = await ServedModel.start({
      registry: async () => rows,
      modelsDir: dir,
      maxAgeMs: 1000,
      now: () => clock,
      onChange: (d) => changes.push(d),
    });
    const first = served.current();
    expect(first.candidate?.id).toBe('v1');
    rows = [row('v2', 2, true), ...rows];
    clock = 999;
    expect(await served.fresh()).toBe(first); // still cached
    clock = 1000;
    const second = await served.fresh();
    expect(second.candidate?.id).toBe('v2');
    expect(second.predictor?.metadata.training.epochs).toBe(3);
    expect(first.candidate?.id).toBe('v1'); // the old snapshot is untouched: a request in flight keeps it
    expect(served.detail()).toMatch(/^model v2 \(graphsage, beat the baselines\)$/);
    expect(changes).toEqual([served.detail()]);
  });

  it('should keep the model in use when the newer version fails to load, and say so', async () => {
    let rows = [row('v1', 1, true)];
    const served = await ServedModel.start({ registry: async () => rows, modelsDir: dir, maxAgeMs: 0 });
    rows = [row('broken', 3, true), ...rows];
    const after = await served.fresh();
    expect(after.candidate?.id).toBe('v1');
    expect(after.predictor).not.toBeNull();
    expect(served.detail()).toMatch(
      /^model v1 .*; kept it: the newer registry choice did not load \(rules only: model broken at .* failed to load/,
    );
    rows = [row('v2', 4, true), ...rows];
    expect((await served.fresh()).candidate?.id).toBe('v2');
    expect(served.detail()).not.toMatch(/kept it/);
  });

  it('should keep the model in use while the registry cannot be read', async () => {
    let fail = false;
    const served = await ServedModel.start({
      registry: async () => {
        if (fail) throw new Error('connection refused');
        return [row('v1', 1, true)];
      },
      modelsDir: dir,
      maxAgeMs: 0,
    });
    fail = true;
    expect((await served.fresh()).candidate?.id).toBe('v1');
    expect(served.detail()).toMatch(/registry unreadable, kept the model in use: connection refused$/);
    fail = false;
    await served.fresh();
    expect(served.detail()).toBe(served.current().detail);
  });

  it('should follow a version that did not beat the baselines only as the SHAP view, and never re-read a pin', async () => {
    let rows = [row('v1', 1, false)];
    const served = await ServedModel.start({ registry: async () => rows, modelsDir: dir, maxAgeMs: 0 });
    expect(served.current()).toMatchObject({ predictor: null, explainer: { candidate: { id: 'v1' }, verdict: 'did-not-beat-baselines' } });
    rows = [row('v2', 2, false), ...rows];
    expect((await served.fresh()).explainer?.candidate.id).toBe('v2');

    let reads = 0;
    const pinned = await ServedModel.start({
      registry: async () => {
        reads++;
        return rows;
      },
      modelsDir: dir,
      maxAgeMs: 0,
      pinned: join(dir, 'v1'),
    });
    await pinned.fresh();
    expect(reads).toBe(0);
    expect(pinned.current().explainer?.verdict).toBe('pinned');
  });

  it('should refuse a negative maxAgeMs', async () => {
    await expect(ServedModel.start({ registry: async () => [], modelsDir: dir, maxAgeMs: -1 })).rejects.toThrow(
      /maxAgeMs must be a number ≥ 0/,
    );
  });
});
