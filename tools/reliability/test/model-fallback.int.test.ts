import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePopulation } from '@liftgraph/domain';
import { createGraphDb, importLog, migrate, seedCatalog } from '@liftgraph/neo4j';
import { testConnection, uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import type { RunningService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlanner } from '../src/api-process.js';
import { dropPrefix } from '../src/fixture-users.js';

// Issue 9 item 1: the planner process with its model artifact missing or corrupt still serves
// predictions, from the overload rules, and says so (/ready detail, `predictor: "rules"`).
// (packages/learning/src/registry/model-registry.test.ts covers the same fallback at unit level.)
const c = testConnection();
const db = createGraphDb({ url: c.url, user: c.user, password: c.password, maxConnectionPoolSize: 4 });
const prefix = uniqueLabel('modelfallback');
const athleteId = `${prefix}-athlete`;
const dir = mkdtempSync(join(tmpdir(), 'liftgraph-model-fallback-'));
const started: RunningService[] = [];

async function readyDetail(planner: RunningService): Promise<string> {
  for (let i = 0; i < 240; i++) {
    const res = await fetch(`${planner.url}/ready`);
    const body = (await res.json()) as { status: string; detail: string };
    if (res.status === 200) return body.detail;
    if (i === 239) throw new Error(`planner never ready: ${body.detail}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return '';
}

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  const sim = generatePopulation({ n: 1, weeks: 4, seed: 9 })[0];
  if (sim === undefined) throw new Error('no simulated athlete');
  await importLog(db, { athleteId, log: sim.log, file: prefix });
}, 300_000);

afterAll(async () => {
  for (const s of started) await s.stop();
  await db.driver.executeQuery(
    'MATCH (a:Athlete {id: $athleteId}) OPTIONAL MATCH (a)-[:LOGGED]->(s) OPTIONAL MATCH (s)-[:INCLUDES]->(p) OPTIONAL MATCH (p)-[:HAS_SET]->(x) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i) DETACH DELETE x, p, s, i, a',
    { athleteId },
    { database: db.database },
  );
  await dropPrefix(db, prefix);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('planner with a missing or corrupt model artifact', () => {
  const corrupt = join(dir, 'corrupt');
  mkdirSync(corrupt);
  writeFileSync(join(corrupt, 'model.json'), '{"modelTopology": {"truncated": ');
  writeFileSync(join(corrupt, 'weights.bin'), 'not weights');

  it.each([
    ['corrupt', corrupt],
    ['missing', join(dir, 'deleted-model')],
  ])(
    'should serve rule-based predictions and say so when the pinned artifact is %s',
    async (_, modelDir) => {
      const emptyModels = mkdtempSync(join(dir, 'models-'));
      const planner = await startPlanner(c, { PLANNER_MODEL: modelDir, LIFTGRAPH_MODELS_DIR: emptyModels, LOG_LEVEL: 'info' });
      started.push(planner);
      const detail = await readyDetail(planner);
      expect(detail).toMatch(/^rules only/);
      const res = await fetch(`${planner.url}/predictions?athleteId=${encodeURIComponent(athleteId)}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { predictor: string; predictions: Array<{ source: string }> };
      expect(body.predictor).toBe('rules');
      expect(body.predictions.length).toBeGreaterThan(0);
      expect(new Set(body.predictions.map((p) => p.source))).toEqual(new Set(['rules']));
      console.info(`${_} artifact → /ready detail: ${detail}`);
    },
    300_000,
  );
});
