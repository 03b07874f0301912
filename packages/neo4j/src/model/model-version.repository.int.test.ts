import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../migrate/migrate.js';
import { testGraphDb } from '../testing/test-graph-db.js';
import { ModelVersionRepository } from './model-version.repository.js';

const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const KIND = `test-kind-${RUN}`;
const db = testGraphDb();
const repo = new ModelVersionRepository(db);
const version = (n: number, beatsBaselines: boolean) => ({
  id: `test-model-${RUN}-${n}`,
  kind: KIND,
  features: ['sets', 'reps'],
  metrics: JSON.stringify({ weight: { mae: n } }),
  createdAt: `2030-01-0${n}T10:00:0${n}.${n}00Z`,
  artifact: `/models/${RUN}-${n}`,
  beatsBaselines,
  globalShap: null,
});

beforeAll(async () => {
  await migrate(db);
});
afterAll(async () => {
  await db.driver.executeQuery('MATCH (m:ModelVersion) WHERE m.kind = $kind DETACH DELETE m', { kind: KIND }, { database: db.database });
  await db.close();
});

describe('ModelVersionRepository', () => {
  it('should record a version idempotently and read it back', async () => {
    const stored = await repo.record(version(1, true));
    expect(stored).toEqual(version(1, true));
    await repo.record(version(1, true));
    expect(await repo.list({ kind: KIND })).toHaveLength(1);
  });

  it('should list newest first and find the newest that beat the baselines', async () => {
    await repo.record(version(2, true));
    await repo.record(version(3, false));
    expect((await repo.list({ kind: KIND })).map((m) => m.id)).toEqual([3, 2, 1].map((n) => version(n, true).id));
    expect((await repo.list({ kind: KIND, limit: 1 })).map((m) => m.id)).toEqual([version(3, false).id]);
    const best = await repo.newestBeatingBaselines(KIND);
    expect(best?.id).toBe(version(2, true).id);
    expect(JSON.parse(best?.metrics ?? 'null')).toEqual({ weight: { mae: 2 } });
    expect(await repo.newestBeatingBaselines(`${KIND}-none`)).toBeNull();
  });

  it('should refuse metrics that are not JSON', async () => {
    await expect(repo.record({ ...version(4, false), metrics: '{oops' })).rejects.toThrow(/metrics must be a JSON string/);
  });

  it('should store the global SHAP ranking as JSON and refuse one that is not', async () => {
    const globalShap = JSON.stringify({ explainedNodes: 2, targets: [{ target: 'weight', ranking: [{ feature: 'sets', meanAbs: 1.5 }] }] });
    const stored = await repo.record({ ...version(5, false), globalShap });
    expect(JSON.parse(stored.globalShap ?? 'null')).toEqual(JSON.parse(globalShap));
    expect((await repo.list({ kind: KIND, limit: 1 }))[0]?.globalShap).toBe(stored.globalShap);
    await expect(repo.record({ ...version(6, false), globalShap: '[oops' })).rejects.toThrow(/globalShap must be a JSON string/);
  });
});
