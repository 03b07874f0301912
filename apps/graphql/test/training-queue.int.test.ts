// trainModel with REDIS_URL: the API enqueues on a real Redis (Debian redis-server, private port and dir),
// a SEPARATE worker process runs the real trainer (@liftgraph/learning's trainFromNeo4j, a library call
// in a thread of the worker: no `pnpm liftgraph` child), progress is readable through trainingRun, and
// the ModelVersion lands in Neo4j. Without REDIS_URL the API trains in a thread of its own process.
// Skips loudly when redis-server is missing outside CI; in CI it must run.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePopulation } from '@liftgraph/domain';
import { createGraphDb, importLog, migrate, seedCatalog, UserRepository } from '@liftgraph/neo4j';
import { testConnection } from '@liftgraph/tools-neo4j/testing';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';
import { findRedisServer, type RunningRedis, startRedis } from '@liftgraph/tools-test/redis';
import bcrypt from 'bcryptjs';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const APP = join(dirname(fileURLToPath(import.meta.url)), '..');
const REDIS_BIN = findRedisServer();
if (REDIS_BIN === null) {
  if (process.env.CI !== undefined) throw new Error('redis-server is required in CI (.ci/run installs it with apt-get)');
  console.warn('SKIPPED training-queue.int.test.ts: redis-server not found (apt-get install -y redis-server, or set REDIS_SERVER)');
}

const c = testConnection();
const db = createGraphDb({ url: c.url, user: c.user, password: c.password, maxConnectionPoolSize: 2 });
const prefix = `trainq-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const athleteId = `${prefix}-ath`;
const adminEmail = `${prefix}-admin@test.dev`;
const PASSWORD = 'fixture-password';
const modelsDir = mkdtempSync(join(tmpdir(), 'liftgraph-models-queue-'));
// The real trainer on this test's athlete only, into a temp models dir (never the dev models).
const baseEnv = {
  NEO4J_URL: c.url,
  NEO4J_USER: c.user,
  NEO4J_PASSWORD: c.password,
  NEO4J_DATABASE: 'neo4j',
  LOG_LEVEL: 'info',
  NODE_ENV: 'test',
  TRAIN_ATHLETES: athleteId,
  LIFTGRAPH_MODELS_DIR: modelsDir,
  LIFTGRAPH_TF_BACKEND: 'wasm',
  PLANNER_URL: 'http://127.0.0.1:9',
};

let redis: RunningRedis | null = null;
const started: Array<{ stop: () => Promise<void> }> = [];

async function startApi(env: Record<string, string>): Promise<RunningService> {
  const port = await freePort();
  const api = await startService({
    command: process.execPath,
    args: ['dist/main.js'],
    cwd: APP,
    port,
    env: { ...baseEnv, ...env, GRAPHQL_PORT: String(port) },
  });
  started.push(api);
  return api;
}

/** The worker entry point as its own process; resolves once it logs that it is ready. */
async function startWorker(redisUrl: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['dist/modules/model/worker.main.js'], {
    cwd: APP,
    env: { ...process.env, ...baseEnv, REDIS_URL: redisUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  started.push({
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  });
  const deadline = Date.now() + 30_000;
  while (!out.includes('training worker ready')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the training worker did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => out };
}

async function gql(
  api: RunningService,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: Record<string, unknown> | null; errors?: unknown[] }> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: Record<string, unknown> | null; errors?: unknown[] };
}

async function login(api: RunningService): Promise<string> {
  const r = await gql(api, null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: adminEmail,
    p: PASSWORD,
  });
  const token = (r.data?.login as { token?: string } | undefined)?.token;
  if (token === undefined) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
  return token;
}

interface Run {
  id: string;
  status: string;
  exitCode: number | null;
  logTail: string[];
}
const RUN_FIELDS = 'id status exitCode logTail';

async function waitFinished(api: RunningService, token: string, id: string, timeoutMs: number): Promise<{ run: Run; seen: string[] }> {
  const seen: string[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await gql(api, token, `query($id: ID!) { trainingRun(id: $id) { ${RUN_FIELDS} } }`, { id });
    const run = r.data?.trainingRun as Run | null;
    if (run === null || run === undefined) throw new Error(`trainingRun(${id}) is null: ${JSON.stringify(r.errors)}`);
    seen.push(...run.logTail);
    if (run.status !== 'RUNNING') return { run, seen };
    if (Date.now() > deadline) throw new Error(`training run ${id} still RUNNING after ${timeoutMs} ms: ${run.logTail.join('\n')}`);
    await new Promise((res) => setTimeout(res, 500));
  }
}

/** ModelVersion ids recorded for this test's athlete (the trainer stores athleteIds in the metrics). */
async function modelVersionsForAthlete(): Promise<string[]> {
  const res = await db.driver.executeQuery(
    'MATCH (m:ModelVersion) WHERE m.metrics CONTAINS $athlete RETURN m.id AS id',
    { athlete: `"${athleteId}"` },
    { database: db.database },
  );
  return res.records.map((r) => r.get('id') as string);
}

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  const [sim] = generatePopulation({ n: 1, weeks: 8, seed: 29 });
  if (sim === undefined) throw new Error('the simulator produced no athlete');
  await importLog(db, { athleteId, athleteName: 'Queue test athlete', log: sim.log, file: `${prefix}-log` });
  await new UserRepository(db).upsert({
    id: `${prefix}-admin`,
    email: adminEmail,
    name: 'admin',
    role: 'ADMIN',
    passwordHash: await bcrypt.hash(PASSWORD, 4),
  });
  if (REDIS_BIN !== null) redis = await startRedis({ binary: REDIS_BIN });
}, 120_000);

afterAll(async () => {
  for (const s of started.reverse()) await s.stop();
  await redis?.stop();
  {
    const q = (cypher: string, params: Record<string, unknown>) => db.driver.executeQuery(cypher, params, { database: db.database });
    await q('MATCH (m:ModelVersion) WHERE m.id IN $ids DETACH DELETE m', { ids: await modelVersionsForAthlete() });
    await q(
      `MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(s:Session) OPTIONAL MATCH (s)-[:INCLUDES]->(p:Performance)
       OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i:Import) DETACH DELETE st, p, s, i, a`,
      { id: athleteId },
    );
    await q('MATCH (u:User {id: $id}) DETACH DELETE u', { id: `${prefix}-admin` });
  }
  await db.close();
  rmSync(modelsDir, { recursive: true, force: true });
}, 60_000);

describe.skipIf(REDIS_BIN === null)('trainModel on the Redis (BullMQ) queue', () => {
  it('should enqueue, let a separate worker process train, show progress and record the ModelVersion', async () => {
    const redisUrl = redis?.url ?? '';
    const api = await startApi({ REDIS_URL: redisUrl });
    const token = await login(api);
    const before = await modelVersionsForAthlete();

    const start = await gql(api, token, `mutation { trainModel(model: "gcn", epochs: 2) { ${RUN_FIELDS} } }`);
    expect(start.errors).toBeUndefined();
    const queued = start.data?.trainModel as Run;
    expect(queued.status).toBe('RUNNING');
    // No worker yet: the job waits in Redis and nothing trains inside the API.
    const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue('liftgraph-training', { connection });
    try {
      expect(await queue.getJobCounts('waiting', 'active')).toEqual({ waiting: 1, active: 0 });
      expect((await queue.getJob(queued.id))?.data).toMatchObject({ request: { model: 'gcn', epochs: 2 } });
    } finally {
      await queue.close();
      connection.disconnect();
    }
    const again = await gql(api, token, `query($id: ID!) { trainingRun(id: $id) { ${RUN_FIELDS} } }`, { id: queued.id });
    expect((again.data?.trainingRun as Run).logTail.join('\n')).toMatch(/queued/);
    // A second trainModel while one is pending returns the pending run (one at a time).
    const second = await gql(api, token, `mutation { trainModel(model: "gcn", epochs: 2) { id } }`);
    expect((second.data?.trainModel as { id: string }).id).toBe(queued.id);

    const worker = await startWorker(redisUrl);
    const { run, seen } = await waitFinished(api, token, queued.id, 240_000);
    expect(run.status, `${run.logTail.join('\n')}\n--- worker ---\n${worker.output()}`).toBe('SUCCEEDED');
    expect(run.exitCode).toBe(0);
    expect(worker.output()).toContain(queued.id);
    expect(seen.join('\n')).toMatch(/exported \d+ performances/);
    expect(seen.join('\n')).toMatch(/training gcn for 2 epochs on .*-ath/);
    expect(seen.join('\n')).toMatch(/recorded ModelVersion neo4j-\d{8}T\d{6}Z-gcn/);
    expect(worker.child.pid).not.toBe(api.process.pid);

    const after = await modelVersionsForAthlete();
    expect(after.length).toBe(before.length + 1);
    const listed = await gql(api, token, `{ trainingRuns { id status } }`);
    expect(listed.data?.trainingRuns).toEqual(expect.arrayContaining([{ id: queued.id, status: 'SUCCEEDED' }]));
  }, 300_000);

  it('should still train in-process when REDIS_URL is unset', async () => {
    const api = await startApi({});
    const token = await login(api);
    const before = await modelVersionsForAthlete();
    const start = await gql(api, token, `mutation { trainModel(model: "gcn", epochs: 2) { ${RUN_FIELDS} } }`);
    expect(start.errors).toBeUndefined();
    // The API keeps answering while the run trains in its thread.
    expect((await fetch(`${api.url}/health`)).ok).toBe(true);
    const { run, seen } = await waitFinished(api, token, (start.data?.trainModel as Run).id, 240_000);
    expect(run.status, run.logTail.join('\n')).toBe('SUCCEEDED');
    expect(run.exitCode).toBe(0);
    expect(seen.join('\n')).toMatch(/saved gcn\s+→ .*\(reloaded: identical predictions\)/);
    expect((await modelVersionsForAthlete()).length).toBe(before.length + 1);
  }, 300_000);
});

describe('trainModel with REDIS_URL pointing at no Redis', () => {
  it('should answer SERVICE_UNAVAILABLE naming the training queue, not hang, and keep serving', async () => {
    const deadPort = await freePort();
    const api = await startApi({ REDIS_URL: `redis://127.0.0.1:${deadPort}` });
    const token = await login(api);
    const r = await gql(api, token, `mutation { trainModel(model: "gcn", epochs: 2) { id } }`);
    const error = r.errors?.[0] as { message: string; extensions?: { code?: string; reason?: string } } | undefined;
    expect(error?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(error?.message).toMatch(/training queue .*REDIS_URL.* unavailable/);
    const runs = await gql(api, token, '{ trainingRuns { id } }');
    expect((runs.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect((await fetch(`${api.url}/health`)).ok).toBe(true);
  }, 120_000);
});
