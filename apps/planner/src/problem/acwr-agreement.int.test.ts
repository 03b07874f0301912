import { acwrAsOf, addDays, generatePopulation, LIFTGRAPH_CATALOG } from '@liftgraph/domain';
import { AthleteHistoryRepository, createGraphDb, importLog, migrate, RosterRepository, seedCatalog } from '@liftgraph/neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { athleteState } from './athlete-state.js';

const ATHLETE = `test-acwr-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const db = createGraphDb({
  url: process.env.NEO4J_URL ?? 'bolt://127.0.0.1:7688',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'liftgraph-dev',
  maxConnectionPoolSize: 2,
});
let lastDate = '';

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  const sim = generatePopulation({ n: 1, weeks: 10, seed: 5 })[0];
  if (sim === undefined) throw new Error('no simulated athlete');
  lastDate = sim.log.sessions.at(-1)?.date ?? '';
  await importLog(db, { athleteId: ATHLETE, athleteName: 'ACWR agreement', log: sim.log, file: ATHLETE });
});
afterAll(async () => {
  await db.driver.executeQuery(
    `MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(s:Session) OPTIONAL MATCH (s)-[:INCLUDES]->(p:Performance)
     OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i:Import) DETACH DELETE st, p, s, i, a`,
    { id: ATHLETE },
    { database: db.database },
  );
  await db.close();
});

describe('one ACWR: the planner and the API status read the same number on the same day', () => {
  it('should agree on the last logged day and on later days (acwrAsOf of the stored loads = the planner on its history)', async () => {
    const history = await new AthleteHistoryRepository(db).history(ATHLETE);
    if (history === null) throw new Error('no history');
    const days = [lastDate, addDays(lastDate, 3), addDays(lastDate, 10)];
    // The API's status (roster and athlete page share it): acwrAsOf over the loads the import stored.
    const [inputs] = await new RosterRepository(db).statusInputs([ATHLETE], addDays(lastDate, -120));
    const api = days.map((day) => acwrAsOf(inputs?.loads ?? [], day));
    const planner = days.map((asOf) => athleteState({ history: history.sessions, catalog: LIFTGRAPH_CATALOG, asOf }).acwr);
    expect(api.every((v) => v !== null)).toBe(true);
    expect(planner.map((v) => v?.toFixed(6))).toEqual(api.map((v) => v?.toFixed(6)));
    // Rest days after the last session lower it: the day matters, and both read it the same.
    expect(api[2]).toBeLessThan(api[0] ?? 0);
  });
});
