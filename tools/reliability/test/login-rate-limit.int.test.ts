import { createGraphDb, migrate } from '@liftgraph/neo4j';
import { testConnection, uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import type { RunningService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_MUTATION, postGraphql, startApi } from '../src/api-process.js';
import { createUser, dropPrefix, FIXTURE_PASSWORD, throttleKeyOf } from '../src/fixture-users.js';

// OWASP API4 / API2: sign-in rate limiting per (client address, e-mail), shared by two API replicas
// through Neo4j. Requests come from 127.0.0.1, and from 127.0.0.2 to act as another client.
const c = testConnection();
const db = createGraphDb({ url: c.url, user: c.user, password: c.password, maxConnectionPoolSize: 4 });
const prefix = uniqueLabel('ratelimit');
const LOGIN = LOGIN_MUTATION;
let replicaA: RunningService;
let replicaB: RunningService;
const emails: string[] = [];

const login = (api: RunningService, email: string, password: string, localAddress = '127.0.0.1') =>
  postGraphql(api.url, { query: LOGIN, variables: { e: email, p: password } }, { localAddress });
const codeOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }): unknown => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  await migrate(db);
  [replicaA, replicaB] = await Promise.all([startApi(c), startApi(c)]);
}, 180_000);
afterAll(async () => {
  await Promise.all([replicaA?.stop(), replicaB?.stop()]);
  const keys = emails.flatMap((e) => ['127.0.0.1', '127.0.0.2'].map((ip) => throttleKeyOf(ip, e)));
  await db.driver.executeQuery('MATCH (t:LoginThrottle) WHERE t.key IN $keys DELETE t', { keys }, { database: db.database });
  await dropPrefix(db, prefix);
  await db.close();
});

describe('login rate limiting over HTTP, two API replicas on one Neo4j', () => {
  it('should refuse the 6th attempt within 15 minutes across replicas, with retryAfterSec, even with the right password', async () => {
    const { email } = await createUser(db, prefix, 'coach', 'COACH');
    emails.push(email);
    for (const api of [replicaA, replicaA, replicaA, replicaB, replicaB]) {
      expect(codeOf(await login(api, email, 'wrong-password'))).toBe('UNAUTHENTICATED');
    }
    const blocked = await login(replicaB, email, FIXTURE_PASSWORD);
    expect(blocked.status).toBe(200);
    expect(blocked.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^too many failed sign-ins for this e-mail from your address; try again in \d+ s$/),
      extensions: { code: 'RATE_LIMITED' },
    });
    const retryAfterSec = blocked.errors?.[0]?.extensions?.retryAfterSec as number;
    expect(retryAfterSec).toBeGreaterThan(800);
    expect(retryAfterSec).toBeLessThanOrEqual(900);
    expect(codeOf(await login(replicaA, email, FIXTURE_PASSWORD))).toBe('RATE_LIMITED');
    // Another client address is not locked out by this one.
    const other = await login(replicaA, email, FIXTURE_PASSWORD, '127.0.0.2');
    expect(other.errors).toBeUndefined();
    expect(typeof (other.data?.login as { token?: unknown }).token).toBe('string');
  });

  it('should let through exactly 5 of 20 parallel guesses spread over both replicas', async () => {
    const { email } = await createUser(db, prefix, 'athlete', 'ATHLETE');
    emails.push(email);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => login(i % 2 === 0 ? replicaA : replicaB, email, `guess-${i}`)));
    const codes = results.map(codeOf);
    expect(codes.filter((x) => x === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((x) => x === 'RATE_LIMITED')).toHaveLength(15);
  });

  it('should reset the count after a successful sign-in', async () => {
    const { email } = await createUser(db, prefix, 'analyst', 'ANALYST');
    emails.push(email);
    for (let i = 0; i < 4; i++) expect(codeOf(await login(replicaA, email, 'nope'))).toBe('UNAUTHENTICATED');
    expect((await login(replicaB, email, FIXTURE_PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < 5; i++) expect(codeOf(await login(replicaA, email, 'nope'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(replicaA, email, 'nope'))).toBe('RATE_LIMITED');
  });

  it('should never write a token or a password into the logs', async () => {
    const { email } = await createUser(db, prefix, 'logcheck', 'COACH');
    emails.push(email);
    const ok = await login(replicaA, email, FIXTURE_PASSWORD);
    const token = (ok.data?.login as { token: string }).token;
    await postGraphql(replicaA.url, { query: '{ me { id } }' }, { token });
    await login(replicaA, email, 'a-wrong-secret-password');
    const logs = replicaA.output() + replicaB.output();
    expect(logs).toContain('"msg":"login"');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(token.split('.')[2]);
    expect(logs).not.toContain(FIXTURE_PASSWORD);
    expect(logs).not.toContain('a-wrong-secret-password');
  });
});
