import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAthlete, createProgressionPrescriber, runSimulation, SPLIT_TEMPLATES } from '@liftgraph/domain';
import { createGraphDb, importLog, migrate, seedCatalog } from '@liftgraph/neo4j';
import { testConnection } from '@liftgraph/tools-neo4j/testing';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAIN_EXERCISES, predictionsResponseSchema } from '../src/service/next-predictions.js';

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const ATHLETE = `test-predictions-${RUN}`;
const conn = testConnection();
const db = createGraphDb(conn);
const errorBody = z.object({ error: z.string(), message: z.string(), fields: z.array(z.object({ field: z.string(), message: z.string() })) });

describe('planner GET /predictions against Neo4j', () => {
  let planner: RunningService;
  let modelsDir: string;
  const get = (query: string): Promise<Response> => fetch(`${planner.url}/predictions${query}`);

  beforeAll(async () => {
    await migrate(db);
    await seedCatalog(db);
    const sim = runSimulation({
      athlete: createAthlete({ sex: 'female', trainingAgeYears: 1, bodyMassKg: 64 }, 7), weeks: 10,
      schedule: SPLIT_TEMPLATES['full-body-3'], prescriber: createProgressionPrescriber('double'),
    });
    await importLog(db, { athleteId: ATHLETE, athleteName: 'Predictions Test', log: sim.log, file: `${RUN}-${JSON.stringify(sim.log).length}`, fileName: 'simulated.json' });
    // Empty models directory: unless the registry holds a model that beat the baselines, the rules decide.
    modelsDir = await mkdtemp(join(tmpdir(), 'planner-predictions-models-'));
    const port = await freePort();
    planner = await startService({
      command: process.execPath, args: ['dist/main.js'], cwd: APP_DIR, port, healthPath: '/ready', timeoutMs: 150_000,
      env: { PLANNER_PORT: String(port), LOG_LEVEL: 'warn', NEO4J_URL: conn.url, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, LIFTGRAPH_MODELS_DIR: modelsDir },
    });
  });

  afterAll(async () => {
    await planner?.stop();
    await db.driver.executeQuery(
      `MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(s:Session) OPTIONAL MATCH (s)-[:INCLUDES]->(pf) OPTIONAL MATCH (pf)-[:HAS_SET]->(st)
       DETACH DELETE st, pf, s, a`,
      { id: ATHLETE }, { database: 'neo4j' },
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
      if (body.predictor === 'rules') expect(p.source).toBe('rules');
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
    expect(doc.paths['/predictions']).toMatchObject({ get: { parameters: [{ name: 'athleteId', in: 'query', required: true }], responses: { 200: {}, 400: {}, 404: {} } } });
  });
});
