import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testConnection } from '@liftgraph/tools-neo4j/testing';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('planner process', () => {
  let planner: RunningService;

  beforeAll(async () => {
    const port = await freePort();
    const conn = testConnection();
    planner = await startService({
      command: process.execPath,
      args: ['dist/main.js'],
      cwd: APP_DIR,
      port,
      env: { PLANNER_PORT: String(port), LOG_LEVEL: 'warn', NEO4J_URL: conn.url, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password },
    });
  });
  afterAll(async () => planner?.stop());

  it('should answer /health over HTTP when started as a process', async () => {
    const res = await fetch(`${planner.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', service: 'planner' });
  });

  it('should answer 404 for an unknown route', async () => {
    expect((await fetch(`${planner.url}/nope`)).status).toBe(404);
  });
});
