import { sessionDate, type Program, programSchema } from '@liftgraph/domain/program';
import { createGraphDb, migrate, RosterRepository, seedCatalog } from '@liftgraph/neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../main.js';

const ATHLETE = `test-new-athlete-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const connection = {
  url: process.env.NEO4J_URL ?? 'bolt://127.0.0.1:7688',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'liftgraph-dev',
};
const env = { NEO4J_URL: connection.url, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password, LIFTGRAPH_TF_BACKEND: 'wasm' };
const db = createGraphDb({ ...connection, maxConnectionPoolSize: 2 });

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), env });
  return { code, out, err };
}

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
});
afterAll(async () => {
  await db.driver.executeQuery(
    `MATCH (a:Athlete {id: $id})
     OPTIONAL MATCH (prog:Program)-[:FOR]->(a) OPTIONAL MATCH (prog)-[:HAS_DAY]->(d:ProgramDay) OPTIONAL MATCH (d)-[:PRESCRIBES]->(rx:Prescription)
     DETACH DELETE rx, d, prog, a`,
    { id: ATHLETE },
    { database: db.database },
  );
  await db.close();
});

describe('liftgraph athletes create, then plan for the new athlete', () => {
  it('should create an athlete with no history, their unit and time zone, and refuse the same id again', async () => {
    const created = await cli([
      'athletes',
      'create',
      '--id',
      ATHLETE,
      '--name',
      'New Athlete',
      '--unit',
      'lbs',
      '--time-zone',
      'Europe/Paris',
    ]);
    expect(created.code, created.err).toBe(0);
    expect(created.out).toMatch(new RegExp(`created athlete ${ATHLETE} \\(New Athlete\\), lbs, Europe/Paris; no history yet`));
    expect((await new RosterRepository(db).athletesByIds([ATHLETE]))[0]).toMatchObject({
      name: 'New Athlete',
      unit: 'lbs',
      timeZone: 'Europe/Paris',
    });
    const again = await cli(['athletes', 'create', '--id', ATHLETE, '--name', 'Someone else']);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(new RegExp(`athlete "${ATHLETE}" already exists; pick another --id`));
    const badZone = await cli(['athletes', 'create', '--id', `${ATHLETE}-x`, '--name', 'X', '--time-zone', 'Mars/Olympus']);
    expect(badZone.err).toMatch(/--time-zone must be an IANA time zone/);
  });

  it('should plan a dated 3-day dumbbell strength block for them as for anyone (--json contract)', async () => {
    const r = await cli([
      'plan',
      '--athlete',
      ATHLETE,
      '--days',
      '3',
      '--weeks',
      '6',
      '--goal',
      'strength',
      '--equipment',
      'dumbbell,body only',
      '--json',
    ]);
    expect(r.code, r.err).toBe(0);
    const program: Program = programSchema.parse(JSON.parse(r.out));
    expect(program).toMatchObject({ athleteId: ATHLETE, daysPerWeek: 3, goal: 'strength' });
    expect(program.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(program.weeks).toHaveLength(6);
    const days = program.weeks.flatMap((w) => w.days.map((d) => ({ w: w.index, d })));
    expect(days.map(({ d }) => d.date)).toEqual(days.map(({ w, d }) => sessionDate(program.startDate, w, d.dayOfWeek)));
    const prescriptions = program.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions));
    expect(prescriptions.length).toBeGreaterThan(0);
    expect(prescriptions.some((rx) => rx.loadPerHand)).toBe(true);
    expect(prescriptions.every((rx) => typeof rx.bodyweight === 'boolean' && typeof rx.loadPerHand === 'boolean')).toBe(true);
    expect(prescriptions.filter((rx) => rx.bodyweight).every((rx) => rx.loadKg === null || rx.loadKg > 0)).toBe(true);
  }, 300_000);
});
