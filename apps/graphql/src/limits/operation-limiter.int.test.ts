import { createGraphDb, migrate, UserRepository } from '@liftgraph/neo4j';
import { testConnection, uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { type OperationLimits, OperationLimiter } from './operation-limiter.js';

const c = testConnection();
const db = createGraphDb({ url: c.url, user: c.user, password: c.password, maxConnectionPoolSize: 8 });
const run = uniqueLabel('oplimit');
const LIMITS: OperationLimits = {
  generateProgram: { max: 3, windowMs: 10 * 60_000 },
  predictions: { max: 2, windowMs: 60_000 },
  trainModel: null,
};

async function user(name: string): Promise<string> {
  const id = `${run}-${name}`;
  await new UserRepository(db).upsert({ id, email: `${id}@limits.test`, name, role: 'COACH', passwordHash: 'x' });
  return id;
}

async function outcome(p: Promise<void>): Promise<string | number> {
  const error: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (error === null) return 'ok';
  if (error instanceof GraphQLError && error.extensions.code === 'RATE_LIMITED') return error.extensions.retryAfterSec as number;
  throw error;
}

beforeAll(async () => {
  await migrate(db);
});
afterAll(async () => {
  await db.driver.executeQuery('MATCH (u:User) WHERE u.id STARTS WITH $run DETACH DELETE u', { run }, { database: db.database });
  await db.close();
});

describe('OperationLimiter (state in the real Neo4j, clock injected)', () => {
  it('should allow 3 programs in 10 minutes, then refuse with the seconds until the oldest use leaves the window', async () => {
    let now = 2_000_000_000;
    const limiter = new OperationLimiter(db, LIMITS, () => now);
    const id = await user('window');
    for (let i = 0; i < 3; i++) {
      expect(await outcome(limiter.consume(id, 'generateProgram'))).toBe('ok');
      now += 60_000;
    }
    // Oldest use 3 minutes ago: 7 minutes to go.
    expect(await outcome(limiter.consume(id, 'generateProgram'))).toBe(420);
    now += 419_000;
    expect(await outcome(limiter.consume(id, 'generateProgram'))).toBe(1);
    now += 1_000;
    expect(await outcome(limiter.consume(id, 'generateProgram'))).toBe('ok');
    // A refused call stored nothing: the next refusal waits for the second-oldest use, 60 s later.
    expect(await outcome(limiter.consume(id, 'generateProgram'))).toBe(60);
  });

  it('should name the operation and the limit in the message and carry retryAfterSec', async () => {
    const id = await user('message');
    const limiter = new OperationLimiter(db, LIMITS, () => 3_000_000_000);
    await limiter.consume(id, 'predictions');
    await limiter.consume(id, 'predictions');
    const error = await limiter.consume(id, 'predictions').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toBe('too many predictions requests: at most 2 per 1 min per user; try again in 60 s');
    expect((error as GraphQLError).extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSec: 60 });
  });

  it('should count each user and each operation apart, and never limit an operation set to off', async () => {
    const now = 4_000_000_000;
    const limiter = new OperationLimiter(db, LIMITS, () => now);
    const [a, b] = [await user('apart-a'), await user('apart-b')];
    for (let i = 0; i < 3; i++) await limiter.consume(a, 'generateProgram');
    expect(await outcome(limiter.consume(a, 'generateProgram'))).toBeTypeOf('number');
    expect(await outcome(limiter.consume(b, 'generateProgram'))).toBe('ok');
    expect(await outcome(limiter.consume(a, 'predictions'))).toBe('ok');
    for (let i = 0; i < 50; i++) expect(await outcome(limiter.consume(a, 'trainModel'))).toBe('ok');
  });

  it('should let exactly 3 of 24 parallel calls of one user through, from 3 limiters sharing the database', async () => {
    const id = await user('burst');
    const limiters = [0, 1, 2].map(() => new OperationLimiter(db, LIMITS, () => 5_000_000_000));
    const results = await Promise.all(
      limiters.flatMap((limiter) => Array.from({ length: 8 }, () => outcome(limiter.consume(id, 'generateProgram')))),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(3);
    expect(results.filter((r) => r === 600)).toHaveLength(21);
    const { records } = await db.driver.executeQuery(
      'MATCH (u:User {id: $id}) RETURN u.rateLimitGenerateProgram AS uses, u.rateLimitLock AS lock',
      { id },
      { database: db.database },
    );
    expect(records[0]?.get('uses')).toHaveLength(3);
    expect(records[0]?.get('lock')).toBeNull();
  });

  it('should refuse a token whose user no longer exists as UNAUTHENTICATED', async () => {
    const limiter = new OperationLimiter(db, LIMITS);
    const error = await limiter.consume(`${run}-deleted`, 'generateProgram').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('UNAUTHENTICATED');
  });
});
