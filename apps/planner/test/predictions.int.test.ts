import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAthlete, createProgressionPrescriber, LIFTGRAPH_CATALOG, runSimulation, SPLIT_TEMPLATES } from '@liftgraph/domain';
import { createGraphDb, importLog, migrate, seedCatalog } from '@liftgraph/neo4j';
import { testConnection } from '@liftgraph/tools-neo4j/testing';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { saveTinyArtifact } from '../src/predictions/testing/tiny-artifact.js';
import { MAIN_EXERCISES, predictionsResponseSchema } from '../src/service/next-predictions.js';

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const ATHLETE = `test-predictions-${RUN}`;
const conn = testConnection();
const db = createGraphDb(conn);
const errorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ field: z.string(), message: z.string() })),
});

describe('planner GET /predictions against Neo4j', () => {
  let planner: RunningService;
  let modelPlanner: RunningService;
  let modelsDir: string;
  const get = (query: string): Promise<Response> => fetch(`${planner.url}/predictions${query}`);
  const start = async (model: string): Promise<RunningService> => {
    const port = await freePort();
    return startService({
      command: process.execPath,
      args: ['dist/main.js'],
      cwd: APP_DIR,
      port,
      healthPath: '/ready',
      timeoutMs: 150_000,
      env: {
        PLANNER_PORT: String(port),
        LOG_LEVEL: 'warn',
        NEO4J_URL: conn.url,
        NEO4J_USER: conn.user,
        NEO4J_PASSWORD: conn.password,
        LIFTGRAPH_MODELS_DIR: modelsDir,
        PLANNER_MODEL: model,
      },
    });
  };

  beforeAll(async () => {
    await migrate(db);
    await seedCatalog(db);
    const sim = runSimulation({
      athlete: createAthlete({ sex: 'female', trainingAgeYears: 1, bodyMassKg: 64 }, 7),
      weeks: 10,
      schedule: SPLIT_TEMPLATES['full-body-3'],
      prescriber: createProgressionPrescriber('double'),
    });
    await importLog(db, {
      athleteId: ATHLETE,
      athleteName: 'Predictions Test',
      log: sim.log,
      file: `${RUN}-${JSON.stringify(sim.log).length}`,
      fileName: 'simulated.json',
    });
    // One planner pinned to no model (rules, no SHAP: whatever the shared registry holds), one pinned
    // to a small GraphSAGE trained here on the same log.
    modelsDir = await mkdtemp(join(tmpdir(), 'planner-predictions-models-'));
    await saveTinyArtifact(join(modelsDir, 'tiny'), ATHLETE, sim.log.sessions, LIFTGRAPH_CATALOG);
    [planner, modelPlanner] = await Promise.all([start('none'), start(join(modelsDir, 'tiny'))]);
  });

  afterAll(async () => {
    await Promise.all([planner?.stop(), modelPlanner?.stop()]);
    await db.driver.executeQuery(
      `MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(s:Session) OPTIONAL MATCH (s)-[:INCLUDES]->(pf) OPTIONAL MATCH (pf)-[:HAS_SET]->(st)
       DETACH DELETE st, pf, s, a`,
      { id: ATHLETE },
      { database: 'neo4j' },
    );
    await db.close();
    if (modelsDir) await rm(modelsDir, { recursive: true, force: true });
  });

  it("should predict the next session of the athlete's main exercises with reasons", async () => {
    const res = await get(`?athleteId=${encodeURIComponent(ATHLETE)}`);
    expect(res.status).toBe(200);
    const body = predictionsResponseSchema.parse(await res.json());
    expect(body.athleteId).toBe(ATHLETE);
    expect(body.predictions.length).toBeGreaterThan(0);
    expect(body.predictions.length).toBeLessThanOrEqual(MAIN_EXERCISES);
    expect(new Set(body.predictions.map((p) => p.exerciseId)).size).toBe(body.predictions.length);
    for (const p of body.predictions) {
      expect(p.nextWeightKg).toBeGreaterThanOrEqual(0);
      expect(p.nextReps).toBeGreaterThanOrEqual(1);
      expect(p.nextRestSec).toBeGreaterThan(0);
      expect(p.reasons.length).toBeGreaterThan(0);
      expect(p.rationale.length).toBeGreaterThan(0);
      expect(p.source).toBe('rules');
      expect(p.explanation).toMatchObject({ status: 'no-model', role: null, model: null, targets: [] });
    }
    expect(body.predictor).toBe('rules');
    expect(body.explanation).toMatchObject({ status: 'no-model', numSamples: 0 });
  });

  it("should explain the served model's predictions with SHAP reasons that add up to the prediction", async () => {
    const res = await fetch(`${modelPlanner.url}/predictions?athleteId=${encodeURIComponent(ATHLETE)}`);
    expect(res.status).toBe(200);
    const body = predictionsResponseSchema.parse(await res.json());
    expect(body.predictor).toBe('gnn:graphsage');
    expect(body.explanation).toMatchObject({ status: 'shap', background: 'training-sample' });
    const served = body.predictions.filter((p) => p.source === 'gnn');
    expect(served.length).toBeGreaterThan(0);
    for (const p of served) {
      expect(p.explanation).toMatchObject({ status: 'shap', role: 'served', model: { name: 'graphsage', verdict: 'pinned' } });
      const weight = p.explanation.targets.find((t) => t.target === 'weight');
      if (weight === undefined) throw new Error(`no weight explanation for ${p.exerciseId}`);
      const sum = weight.baseValue + weight.reasons.reduce((s, r) => s + r.contribution, 0) + weight.otherContribution;
      expect(Math.abs(sum - weight.prediction)).toBeLessThan(1e-3);
      expect(weight.efficiencyGap).toBeLessThan(1e-3);
      expect(weight.reasons.length).toBeGreaterThan(0);
      for (const r of weight.reasons) expect(r.direction).toBe(r.contribution > 1e-6 ? 'up' : r.contribution < -1e-6 ? 'down' : 'none');
      // What is served is the explained prediction rounded to the plate step.
      expect(Math.abs(weight.prediction - (p.nextWeightKg ?? Number.NaN))).toBeLessThanOrEqual(2.5);
    }
  });

  it('should answer 400 naming athleteId when it is missing or empty', async () => {
    for (const query of ['', '?athleteId=', '?athleteId=%20']) {
      const res = await get(query);
      expect(res.status).toBe(400);
      const body = errorBody.parse(await res.json());
      expect(body.fields.map((f) => f.field)).toContain('athleteId');
      expect(body.message).toContain('athleteId');
    }
  });

  it('should answer 404 for an unknown athlete', async () => {
    const res = await get(`?athleteId=${encodeURIComponent(`${ATHLETE}-nobody`)}`);
    expect(res.status).toBe(404);
    expect(errorBody.parse(await res.json())).toMatchObject({ error: 'athlete-not-found', fields: [{ field: 'athleteId' }] });
  });

  it('should document the route in /openapi.json', async () => {
    const doc = z.object({ paths: z.record(z.string(), z.unknown()) }).parse(await (await fetch(`${planner.url}/openapi.json`)).json());
    expect(doc.paths['/predictions']).toMatchObject({
      get: { parameters: [{ name: 'athleteId', in: 'query', required: true }], responses: { 200: {}, 400: {}, 404: {} } },
    });
  });
});
