import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('graphql process', () => {
  let api: RunningService;

  beforeAll(async () => {
    const port = await freePort();
    api = await startService({
      command: process.execPath,
      args: ['dist/main.js'],
      cwd: APP_DIR,
      port,
      env: { GRAPHQL_PORT: String(port) },
    });
  });
  afterAll(async () => api?.stop());

  it('should answer a GraphQL query over HTTP when started as a process', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status version } }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { health: { status: 'ok', version: '0.1.0' } } });
  });

  it('should reject an invalid query with a GraphQL error naming the field', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/Cannot query field "nope"/);
  });
});
