import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAthlete, createProgressionPrescriber, runSimulation, SPLIT_TEMPLATES } from '@liftgraph/domain';
import { chooseModel, trainFromNeo4j } from '@liftgraph/learning';
import { createGraphDb, importLog, migrate, type ModelVersion, ModelVersionRepository, seedCatalog } from '@liftgraph/neo4j';
import { testConnection } from '@liftgraph/tools-neo4j/testing';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predictionsResponseSchema } from '../src/service/next-predictions.js';

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const ATHLETE = `test-model-reload-${RUN}`;
const conn = testConnection();
const db = createGraphDb(conn);
const registry = new ModelVersionRepository(db);

/** The planner's /ready detail line. */
async function readyDetail(planner: RunningService): Promise<string> {
  const res = await fetch(`${planner.url}/ready`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { detail: string }).detail;
}

/** Polls /ready until its detail matches (the planner re-reads the registry at most every 300 ms here). */
async function untilReady(planner: RunningService, pattern: RegExp): Promise<string> {
  let detail = '';
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    detail = await readyDetail(planner);
    if (pattern.test(detail)) return detail;
  }
  throw new Error(`/ready never matched ${pattern}; last detail: ${detail}`);
}

/** The model version whose SHAP reasons /predictions shows for the athlete (the serving one when there is one). */
async function explainedVersions(planner: RunningService): Promise<string[]> {
  const res = await fetch(`${planner.url}/predictions?athleteId=${encodeURIComponent(ATHLETE)}`);
  expect(res.status).toBe(200);
  const body = predictionsResponseSchema.parse(await res.json());
  expect(body.predictions.length).toBeGreaterThan(0);
  return [...new Set(body.predictions.map((p) => p.explanation.model?.version ?? 'none'))];
}

describe('planner: a newly registered ModelVersion serves without a restart', () => {
  let planner: RunningService;
  let modelsDir: string;
  const recorded: string[] = [];
  // Each version is newer than anything already in the registry (shared with other tests' leftovers).
  let clock = Date.now();

  /** A training run through the real path: export from Neo4j, train, save the artifact, record the ModelVersion. */
  const train = async (): Promise<ModelVersion> => {
    const newest = (await registry.list({ limit: 1 }))[0];
    clock = Math.max(clock, Date.now(), newest ? Date.parse(newest.createdAt) : 0) + 60_000;
    const outcome = await trainFromNeo4j(db, {
      athleteIds: [ATHLETE],
      models: ['graphsage'],
      epochs: 4,
      seed: 3,
      targetMode: 'observed',
      modelsDir,
      createdAt: new Date(clock),
      shap: false,
    });
    const [version] = outcome.modelVersions;
    if (version === undefined) throw new Error('the training run recorded no ModelVersion');
    recorded.push(version.id);
    return version;
  };

  /** The version the registry's own rules pick to serve or, with none serving, to explain. */
  const registryPick = async (): Promise<string | null> => {
    const choice = await chooseModel({ registry: () => registry.list({ limit: 50 }), modelsDir });
    return (choice.serving ?? choice.viewOnly)?.id ?? null;
  };

  beforeAll(async () => {
    await migrate(db);
    await seedCatalog(db);
    const sim = runSimulation({
      athlete: createAthlete({ sex: 'male', trainingAgeYears: 2, bodyMassKg: 82 }, 11),
      weeks: 10,
      schedule: SPLIT_TEMPLATES['full-body-3'],
      prescriber: createProgressionPrescriber('double'),
    });
    await importLog(db, { athleteId: ATHLETE, athleteName: 'Model Reload Test', log: sim.log, file: `${RUN}`, fileName: 'simulated.json' });
    modelsDir = await mkdtemp(join(tmpdir(), 'planner-model-reload-'));
    const first = await train();
    expect(
      await registryPick(),
      'the registry holds a better version than a fresh training run: this test needs it to pick the new one',
    ).toBe(first.id);
    const port = await freePort();
    planner = await startService({
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
        PLANNER_MODEL: '',
        PLANNER_MODEL_REFRESH_MS: '300',
      },
    });
  });

  afterAll(async () => {
    await planner?.stop();
    await db.driver.executeQuery('MATCH (m:ModelVersion) WHERE m.id IN $ids DETACH DELETE m', { ids: recorded }, { database: db.database });
    await db.driver.executeQuery(
      `MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(s:Session) OPTIONAL MATCH (s)-[:INCLUDES]->(pf) OPTIONAL MATCH (pf)-[:HAS_SET]->(st)
       OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i:Import) DETACH DELETE st, pf, s, i, a`,
      { id: ATHLETE },
      { database: db.database },
    );
    await db.close();
    if (modelsDir) await rm(modelsDir, { recursive: true, force: true });
  });

  it('should switch /ready and /predictions to a version registered after start, in the same process', async () => {
    const [first] = recorded;
    const pid = planner.process.pid;
    expect(await readyDetail(planner)).toContain(first);
    expect(await explainedVersions(planner)).toEqual([first]);

    const second = await train();
    expect(second.beatsBaselines).toBe((await registry.list({ limit: 50 })).find((v) => v.id === first)?.beatsBaselines);
    expect(await registryPick()).toBe(second.id);
    const detail = await untilReady(planner, new RegExp(second.id));
    expect(detail).not.toContain(first);
    expect(await explainedVersions(planner)).toEqual([second.id]);
    expect(planner.process.pid).toBe(pid);
    expect(planner.process.exitCode).toBeNull();
  });

  it('should keep the version in use when a newer one fails to load, and say so on /ready', async () => {
    const inUse = recorded.at(-1) ?? '';
    const [row] = (await registry.list({ limit: 50 })).filter((v) => v.id === inUse);
    if (row === undefined) throw new Error(`${inUse} is not in the registry`);
    const broken = join(modelsDir, `${RUN}-broken`);
    await mkdir(broken);
    await writeFile(join(broken, 'model.json'), '{"truncated": true}');
    const id = `${RUN}-broken`;
    recorded.push(id);
    await registry.record({ ...row, id, artifact: broken, createdAt: new Date(clock + 60_000).toISOString() });
    const detail = await untilReady(planner, /did not load/);
    expect(detail).toMatch(new RegExp(`${inUse}.*; kept it: the newer registry choice did not load \\(.*${id}`));
    expect(await explainedVersions(planner)).toEqual([inUse]);
  });
});
