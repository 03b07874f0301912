import { createGraphDb, migrate } from '@liftgraph/neo4j';
import { testConnection, uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_POLICY, LoginThrottle, throttleKey } from './login-throttle.js';

const c = testConnection();
const db = createGraphDb({ url: c.url, user: c.user, password: c.password, maxConnectionPoolSize: 4 });
const run = uniqueLabel('throttle');
const keys: string[] = [];
const keyFor = (email: string, ip = '10.0.0.1'): string => {
  const k = throttleKey(ip, `${run}-${email}`);
  keys.push(k);
  return k;
};

async function retryAfter(p: Promise<void>): Promise<number> {
  const error: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof GraphQLError) || error.extensions.code !== 'RATE_LIMITED')
    throw new Error(`expected RATE_LIMITED, got ${String(error)}`);
  return error.extensions.retryAfterSec as number;
}

beforeAll(async () => {
  await migrate(db);
});
afterAll(async () => {
  await db.driver.executeQuery('MATCH (t:LoginThrottle) WHERE t.key IN $keys DELETE t', { keys }, { database: db.database });
  await db.close();
});

describe('LoginThrottle (state in the real Neo4j, clock injected)', () => {
  it('should allow 5 attempts in 15 minutes, then refuse with the seconds until the oldest one expires', async () => {
    let now = 1_000_000_000;
    const throttle = new LoginThrottle(db, LOGIN_POLICY, () => now);
    const key = keyFor('a@x.dev');
    for (let i = 0; i < 5; i++) {
      await throttle.reserve(key);
      now += 60_000;
    }
    // Oldest attempt was 5 minutes ago: 10 minutes to go.
    expect(await retryAfter(throttle.reserve(key))).toBe(600);
    now += 600_000 - 1;
    expect(await retryAfter(throttle.reserve(key))).toBe(1);
    now += 1;
    await expect(throttle.reserve(key)).resolves.toBeUndefined();
    // The refused attempts were not counted; the window slid by one.
    expect(await retryAfter(throttle.reserve(key))).toBe(60);
  });

  it('should keep keys apart and forget a key after a success', async () => {
    const now = 2_000_000_000;
    const throttle = new LoginThrottle(db, LOGIN_POLICY, () => now);
    const [a, b, otherIp] = [keyFor('b@x.dev'), keyFor('c@x.dev'), keyFor('b@x.dev', '10.0.0.2')];
    for (let i = 0; i < 5; i++) await throttle.reserve(a);
    await expect(throttle.reserve(a)).rejects.toThrow(/too many failed sign-ins/);
    await expect(throttle.reserve(b)).resolves.toBeUndefined();
    await expect(throttle.reserve(otherIp)).resolves.toBeUndefined();
    expect(throttleKey('10.0.0.1', ' B@X.dev ')).toBe(throttleKey('10.0.0.1', 'b@x.dev'));
    await throttle.clear(a);
    await expect(throttle.reserve(a)).resolves.toBeUndefined();
  });

  it('should count a burst of parallel attempts exactly (no lost updates)', async () => {
    const throttle = new LoginThrottle(db);
    const key = keyFor('burst@x.dev');
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => throttle.reserve(key)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(15);
    const { records } = await db.driver.executeQuery(
      'MATCH (t:LoginThrottle {key: $key}) RETURN count(t) AS n, size(t.failures) AS f',
      { key },
      { database: db.database },
    );
    expect([Number(records[0]?.get('n')), Number(records[0]?.get('f'))]).toEqual([1, 5]);
  });

  it('should prune keys idle for longer than the window', async () => {
    let now = 3_000_000_000;
    const throttle = new LoginThrottle(db, LOGIN_POLICY, () => now);
    const key = keyFor('idle@x.dev');
    await throttle.reserve(key);
    now += LOGIN_POLICY.windowMs + 1;
    await throttle.prune();
    const { records } = await db.driver.executeQuery(
      'MATCH (t:LoginThrottle {key: $key}) RETURN count(t) AS n',
      { key },
      { database: db.database },
    );
    expect(Number(records[0]?.get('n'))).toBe(0);
  });
});
