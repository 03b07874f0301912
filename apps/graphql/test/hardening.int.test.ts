import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, PASSWORD } from './support/fixtures.js';
import { codeOf, type Stack, startStack } from './support/stack.js';

describe('API hardening over HTTP', () => {
  let s: Stack;
  let f: Fixture;

  beforeAll(async () => {
    s = await startStack();
    f = await createFixture(s.db);
  });
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  it('should batch every relation: N athletes → one query per loader (N+1 guard)', async () => {
    const admin = await s.login(f.emails.admin, PASSWORD);
    const r = await s.gql(
      admin,
      `{ athletes(limit: 20) { id name status { acwr flags { code } compliance { ratio } }
      programs { id athlete { id } weeks { days { prescriptions { exercise { id primaryMuscles } } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const athletes = r.data?.athletes as unknown[];
    expect(athletes.length).toBeGreaterThanOrEqual(3);
    const counts = r.extensions?.queryCounts ?? {};
    for (const key of [
      'roster.roster',
      'roster.programIdsByAthleteIds',
      'roster.programsByIds',
      'exerciseBatch.byIds',
      'exerciseBatch.targetsByExerciseIds',
    ]) {
      expect(counts[key], key).toBe(1);
    }
  });

  it('should reject wrong passwords and bad or missing tokens', async () => {
    const bad = await s.gql(null, `mutation { login(email: "${f.emails.coachA}", password: "wrong") { token } }`);
    expect(codeOf(bad)).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql(null, '{ athletes { id } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql('not.a.jwt', '{ me { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('should refuse queries that are too deep or too complex before resolving anything', async () => {
    const coach = await s.login(f.emails.coachA, PASSWORD);
    const deep = await s.gql(
      coach,
      '{ athletes { programs { athlete { programs { athlete { programs { athlete { programs { id } } } } } } } } }',
    );
    expect(deep.errors?.[0]?.message).toMatch(/query depth \d+ exceeds the limit of 8/);
    const wide = await s.gql(
      coach,
      `{ ${Array.from({ length: 120 }, (_, i) => `e${i}: exercises(limit: 200) { id name targets { muscle share } }`).join(' ')} }`,
    );
    expect(codeOf(wide)).toBe('QUERY_TOO_COMPLEX');
  });

  it('should block CSRF-prone requests and allow CORS only for the portal origin', async () => {
    const simple = await fetch(`${s.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ health { status } }"}',
    });
    expect(simple.status).toBe(400);
    const allowed = await fetch(`${s.api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const other = await fetch(`${s.api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should answer /health and carry a request id', async () => {
    const res = await fetch(`${s.api.url}/health`, { headers: { 'x-request-id': 'abc-123' } });
    expect(await res.json()).toEqual({ status: 'ok', service: 'graphql' });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
  });
});
