import { generatePopulation } from '@liftgraph/domain';
import { createGraphDb, importLog, migrate, seedCatalog, UserRepository } from '@liftgraph/neo4j';
import { testConnection, uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import type { RunningService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlResponse, postGraphql, signIn, startApi, startPlanner } from '../src/api-process.js';
import { createUser, dropPrefix, FIXTURE_PASSWORD } from '../src/fixture-users.js';

// OWASP API4/API6: per-user limits on the expensive operations (generateProgram, predictions,
// trainModel), counted in Neo4j so two API replicas share them. Real planner, real API processes.
const c = testConnection();
const db = createGraphDb({ url: c.url, user: c.user, password: c.password, maxConnectionPoolSize: 4 });
const prefix = uniqueLabel('oplimit');
const athleteId = `${prefix}-athlete`;
// Each call asks for a different block length: the planner names a program after its request, so equal requests would overwrite one program.
const GENERATE =
  'mutation($a: ID!, $w: Int!) { generateProgram(input: { athleteId: $a, daysPerWeek: 3, goal: "strength", weeks: $w }) { id } }';
const PREDICTIONS = 'query($a: ID!) { predictions(athleteId: $a) { exerciseId } }';
const TRAIN = 'mutation { trainModel(model: "gcn", epochs: 1) { id } }';
// Training runs are real library calls: aimed at an athlete that does not exist, the admitted run ends at once
// (nothing to train on) and writes nothing; only the limiter is under test here.
const LIMITS = {
  RATE_LIMIT_GENERATE_PROGRAM: '3/10m',
  RATE_LIMIT_PREDICTIONS: '4/10m',
  RATE_LIMIT_TRAIN_MODEL: '1/1h',
  TRAIN_ATHLETES: `${prefix}-nobody`,
};
let planner: RunningService;
let replicaA: RunningService;
let replicaB: RunningService;
const tokens: Record<'coach' | 'otherCoach' | 'admin', string> = { coach: '', otherCoach: '', admin: '' };

const codeOf = (r: GqlResponse): unknown => r.errors?.[0]?.extensions?.code;

async function programsOfAthlete(): Promise<number> {
  const { records } = await db.driver.executeQuery(
    'MATCH (p:Program)-[:FOR]->(:Athlete {id: $athleteId}) RETURN count(p) AS n',
    { athleteId },
    { database: db.database },
  );
  return Number(records[0]?.get('n'));
}

const signInAs = (api: RunningService, email: string): Promise<string> => signIn(api.url, email, FIXTURE_PASSWORD);

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  const sim = generatePopulation({ n: 1, weeks: 4, seed: 11 })[0];
  if (sim === undefined) throw new Error('no simulated athlete');
  await importLog(db, { athleteId, athleteName: 'Rate Limited', log: sim.log, file: prefix });
  const users = new UserRepository(db);
  const coach = await createUser(db, prefix, 'coach', 'COACH', { coachId: `${prefix}-coach` });
  const otherCoach = await createUser(db, prefix, 'other-coach', 'COACH', { coachId: `${prefix}-other-coach` });
  const admin = await createUser(db, prefix, 'admin', 'ADMIN');
  await users.linkCoachAthlete(`${prefix}-coach`, athleteId);
  await users.linkCoachAthlete(`${prefix}-other-coach`, athleteId);
  planner = await startPlanner(c);
  [replicaA, replicaB] = await Promise.all([
    startApi(c, { plannerUrl: planner.url, env: LIMITS }),
    startApi(c, { plannerUrl: planner.url, env: LIMITS }),
  ]);
  tokens.coach = await signInAs(replicaA, coach.email);
  tokens.otherCoach = await signInAs(replicaB, otherCoach.email);
  tokens.admin = await signInAs(replicaA, admin.email);
}, 300_000);

afterAll(async () => {
  await Promise.all([replicaA?.stop(), replicaB?.stop(), planner?.stop()]);
  await db.driver.executeQuery(
    'MATCH (p:Program)-[:FOR]->(:Athlete {id: $athleteId}) OPTIONAL MATCH (p)-[:HAS_DAY]->(d) OPTIONAL MATCH (d)-[:PRESCRIBES]->(rx) DETACH DELETE rx, d, p',
    { athleteId },
    { database: db.database },
  );
  await db.driver.executeQuery(
    'MATCH (a:Athlete {id: $athleteId}) OPTIONAL MATCH (a)-[:LOGGED]->(s) OPTIONAL MATCH (s)-[:INCLUDES]->(p) OPTIONAL MATCH (p)-[:HAS_SET]->(x) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i) DETACH DELETE x, p, s, i',
    { athleteId },
    { database: db.database },
  );
  await dropPrefix(db, prefix);
  await db.close();
}, 120_000);

describe('per-user limits on expensive operations, two API replicas on one Neo4j', () => {
  it('should generate 3 programs across replicas, refuse the 4th with RATE_LIMITED and retryAfterSec writing nothing, and still serve another coach', async () => {
    const before = await programsOfAthlete();
    for (const [i, api] of [replicaA, replicaB, replicaA].entries()) {
      const r = await postGraphql(api.url, { query: GENERATE, variables: { a: athleteId, w: i + 1 } }, { token: tokens.coach });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    }
    expect(await programsOfAthlete()).toBe(before + 3);

    const refused = await postGraphql(replicaB.url, { query: GENERATE, variables: { a: athleteId, w: 4 } }, { token: tokens.coach });
    expect(refused.status).toBe(200);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^too many generateProgram requests: at most 3 per 10 min per user; try again in \d+ s$/),
      extensions: { code: 'RATE_LIMITED' },
    });
    const retryAfterSec = refused.errors?.[0]?.extensions?.retryAfterSec as number;
    expect(retryAfterSec).toBeGreaterThan(500);
    expect(retryAfterSec).toBeLessThanOrEqual(600);
    expect(await programsOfAthlete()).toBe(before + 3);

    const other = await postGraphql(replicaA.url, { query: GENERATE, variables: { a: athleteId, w: 5 } }, { token: tokens.otherCoach });
    expect(other.errors, JSON.stringify(other.errors)).toBeUndefined();
    expect(await programsOfAthlete()).toBe(before + 4);
  }, 300_000);

  it('should let exactly 4 of 12 parallel predictions of one user through, spread over both replicas', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        postGraphql(
          (i % 2 === 0 ? replicaA : replicaB).url,
          { query: PREDICTIONS, variables: { a: athleteId } },
          { token: tokens.otherCoach },
        ),
      ),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((x) => x === undefined)).toHaveLength(4);
    expect(codes.filter((x) => x === 'RATE_LIMITED')).toHaveLength(8);
    // Predictions and programs are counted apart: this coach's programs are untouched by the burst.
    const program = await postGraphql(replicaB.url, { query: GENERATE, variables: { a: athleteId, w: 6 } }, { token: tokens.otherCoach });
    expect(program.errors, JSON.stringify(program.errors)).toBeUndefined();
  }, 300_000);

  it('should start one training run per hour for the admin and refuse the second', async () => {
    const first = await postGraphql(replicaA.url, { query: TRAIN }, { token: tokens.admin });
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    const second = await postGraphql(replicaB.url, { query: TRAIN }, { token: tokens.admin });
    expect(codeOf(second)).toBe('RATE_LIMITED');
    expect(second.errors?.[0]?.extensions?.retryAfterSec).toBeGreaterThan(3500);
  }, 120_000);
});
