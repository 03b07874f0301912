import { generatePopulation } from '@liftgraph/domain';
import { createGraphDb, importLog, migrate, seedCatalog, UserRepository } from '@liftgraph/neo4j';
import { testConnection, uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import { freePort, type RunningService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The portal's own mapping from an API error to what the program builder shows ("Could not generate: …").
import { unwrapResponse, userMessage } from '../../../apps/portal/src/graphql/request-error.js';
import { postGraphql, signIn, startApi, startPlanner } from '../src/api-process.js';
import { createUser, dropPrefix, FIXTURE_PASSWORD } from '../src/fixture-users.js';

// Issue 9 item 1: the planner down (never started, or killed while the API runs) → GraphQL answers a
// typed PLANNER_UNAVAILABLE error over HTTP, writes nothing, and the portal turns it into its message.
const c = testConnection();
const db = createGraphDb({ url: c.url, user: c.user, password: c.password, maxConnectionPoolSize: 4 });
const prefix = uniqueLabel('plannerdown');
const athleteId = `${prefix}-athlete`;
const GENERATE = `mutation($a: ID!) { generateProgram(input: { athleteId: $a, daysPerWeek: 3, goal: "strength", weeks: 2 }) { id } }`;
const PREDICTIONS = 'query($a: ID!) { predictions(athleteId: $a) { exerciseId } }';
let token: string;
const started: RunningService[] = [];

async function programsOfAthlete(): Promise<number> {
  const { records } = await db.driver.executeQuery(
    'MATCH (p:Program)-[:FOR]->(:Athlete {id: $athleteId}) RETURN count(p) AS n',
    { athleteId },
    { database: db.database },
  );
  return Number(records[0]?.get('n'));
}

const signInAsCoach = (api: RunningService): Promise<string> => signIn(api.url, `${prefix}-coach@reliability.test`, FIXTURE_PASSWORD);

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  const sim = generatePopulation({ n: 1, weeks: 4, seed: 8 })[0];
  if (sim === undefined) throw new Error('no simulated athlete');
  await importLog(db, { athleteId, athleteName: 'Planner Down', log: sim.log, file: prefix });
  await createUser(db, prefix, 'coach', 'COACH', { coachId: `${prefix}-coach` });
  await new UserRepository(db).linkCoachAthlete(`${prefix}-coach`, athleteId);
}, 300_000);

afterAll(async () => {
  for (const s of started) await s.stop();
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

describe('planner down', () => {
  it('should answer PLANNER_UNAVAILABLE when no planner listens, write nothing, and the portal shows its planner message', async () => {
    const api = await startApi(c, { plannerUrl: `http://127.0.0.1:${await freePort()}` });
    started.push(api);
    token = await signInAsCoach(api);
    const before = await programsOfAthlete();
    const r = await postGraphql(api.url, { query: GENERATE, variables: { a: athleteId } }, { token });
    expect(r.status).toBe(200);
    expect(r.errors?.[0]).toMatchObject({
      message: 'the planner is not reachable; try again later',
      extensions: { code: 'PLANNER_UNAVAILABLE' },
    });
    expect(await programsOfAthlete()).toBe(before);
    const p = await postGraphql(api.url, { query: PREDICTIONS, variables: { a: athleteId } }, { token });
    expect(p.errors?.[0]?.extensions?.code).toBe('PLANNER_UNAVAILABLE');
    // What the coach sees in the program builder.
    const shown = (() => {
      try {
        unwrapResponse(r.status, JSON.parse(r.body) as Parameters<typeof unwrapResponse>[1]);
        return 'no error';
      } catch (error) {
        return userMessage(error);
      }
    })();
    expect(shown).toBe('The planner is not reachable right now. Try again in a moment.');
  }, 300_000);

  it('should answer PLANNER_UNAVAILABLE when the planner is killed while the API runs', async () => {
    const planner = await startPlanner(c);
    started.push(planner);
    const api = await startApi(c, { plannerUrl: planner.url });
    started.push(api);
    token = await signInAsCoach(api);
    const ok = await postGraphql(api.url, { query: GENERATE, variables: { a: athleteId } }, { token });
    expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
    const before = await programsOfAthlete();

    planner.process.kill('SIGKILL');
    await new Promise((resolve) => planner.process.once('exit', resolve));
    const down = await postGraphql(api.url, { query: GENERATE, variables: { a: athleteId } }, { token });
    expect(down.errors?.[0]?.extensions?.code).toBe('PLANNER_UNAVAILABLE');
    expect(await programsOfAthlete()).toBe(before);
    // The API itself stays healthy.
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  }, 300_000);
});
