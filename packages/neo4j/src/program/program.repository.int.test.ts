import { buildPrescription, buildProgram, type Program, type ProgramPrescription, programSchema } from '@liftgraph/domain/program';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AthleteRepository } from '../athlete/athlete.repository.js';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import { migrate } from '../migrate/migrate.js';
import { loadMigrations } from '../migrate/migration-files.js';
import { RosterRepository } from '../roster/roster.repository.js';
import { deleteAthleteData, testGraphDb } from '../testing/test-graph-db.js';
import { ProgramRepository } from './program.repository.js';

const ATHLETE = `test-program-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const db = testGraphDb();
const programs = new ProgramRepository(db);

const rx = (
  exerciseId: string,
  load: Pick<ProgramPrescription, 'loadKg' | 'loadPerHand' | 'bodyweight'>,
  source: ProgramPrescription['source'] = 'rules',
): ProgramPrescription =>
  buildPrescription({
    exerciseId,
    primaryMuscles: ['chest'],
    secondaryMuscles: ['triceps'],
    reps: 8,
    restSec: 120,
    rationale: 'round-trip test',
    source,
    ...load,
  });

const upper = (dayOfWeek: number) => ({
  dayOfWeek,
  label: 'Upper',
  prescriptions: [
    rx('barbell-bench-press', { loadKg: 100, loadPerHand: false, bodyweight: false }, 'gnn'),
    rx('dumbbell-bench-press', { loadKg: 24, loadPerHand: true, bodyweight: false }),
    rx('pull-up', { loadKg: null, loadPerHand: false, bodyweight: true }, 'default'),
    rx('chest-dip', { loadKg: 10, loadPerHand: false, bodyweight: true }, 'transfer'),
  ],
});
const lower = {
  dayOfWeek: 4,
  label: 'Lower',
  prescriptions: [rx('barbell-back-squat', { loadKg: 140, loadPerHand: false, bodyweight: false })],
};

/** A 2-day, 2-week block (the second a deload, its Upper moved to Tuesday): the contract's nested shape. */
const program = (programId: string): Program =>
  buildProgram({
    programId,
    athleteId: ATHLETE,
    weeks: [
      { days: [upper(1), lower] },
      { deload: true, days: [upper(2), { ...lower, prescriptions: lower.prescriptions.map((p) => ({ ...p, sets: 2 })) }] },
    ],
  });

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  await new AthleteRepository(db).upsert({ id: ATHLETE, name: 'Program round trip' });
});
afterAll(async () => {
  await deleteAthleteData(db, [ATHLETE]);
  await db.driver.executeQuery('MATCH (c:Coach {id: $id}) DETACH DELETE c', { id: `${ATHLETE}-coach` }, { database: db.database });
  await db.close();
});

describe('ProgramRepository', () => {
  it('should store a program and read it back as the contract shape, equal, with what the store adds', async () => {
    const p = program(`${ATHLETE}-block`);
    await programs.save(p, { name: 'Round trip', coachId: `${ATHLETE}-coach` });
    const stored = await programs.byId(p.programId);
    const { name, status, createdAt, coachId, sessionIds, ...contract } = stored ?? ({} as NonNullable<typeof stored>);
    expect(programSchema.parse(contract)).toEqual(p);
    expect(contract).toEqual(p);
    expect({ name, status, coachId, sessionIds }).toEqual({
      name: 'Round trip',
      status: 'draft',
      coachId: `${ATHLETE}-coach`,
      sessionIds: {},
    });
    expect(Date.parse(createdAt)).not.toBeNaN();
    expect(await new RosterRepository(db).programsByIds([p.programId])).toEqual([stored]);
  });

  it('should replace the days on a second save and keep one athlete', async () => {
    const p = program(`${ATHLETE}-replaced`);
    await programs.save(p, { name: 'First' });
    const shorter = { ...p, weeks: p.weeks.slice(0, 1) };
    await programs.save({ ...shorter, goal: 'strength' }, { name: 'Second' });
    expect(await programs.byId(p.programId)).toMatchObject({ ...shorter, goal: 'strength', name: 'Second' });
  });

  it('should edit one prescription in place by week, day and order, keeping the load flags', async () => {
    const p = program(`${ATHLETE}-edited`);
    await programs.save(p, { name: 'Edited' });
    expect(await programs.updatePrescription({ programId: p.programId, week: 1, day: 0, order: 1 }, { loadKg: 26, sets: 4 })).toBe(true);
    const stored = await programs.byId(p.programId);
    expect(stored?.weeks[1]?.days[0]?.prescriptions[1]).toMatchObject({ loadKg: 26, sets: 4, loadPerHand: true, bodyweight: false });
    expect(stored?.weeks[0]?.days[0]?.prescriptions[1]).toMatchObject({ loadKg: 24, sets: 3 });
    expect(await programs.updatePrescription({ programId: p.programId, week: 2, day: 0, order: 0 }, { sets: 5 })).toBe(false);
  });

  it("should assign a program as the athlete's one active program", async () => {
    const a = program(`${ATHLETE}-a`);
    const b = program(`${ATHLETE}-b`);
    await programs.save(a, { name: 'A' });
    await programs.save(b, { name: 'B' });
    expect(await programs.assign(a.programId, ATHLETE)).toEqual({ archived: [] });
    expect(await programs.assign(b.programId, ATHLETE)).toEqual({ archived: [a.programId] });
    expect((await programs.byId(a.programId))?.status).toBe('archived');
    expect((await programs.byId(b.programId))?.status).toBe('active');
    expect(await programs.byId('no-such-program')).toBeNull();
  });

  it('should refuse a program for an unknown athlete or with unknown exercises, writing nothing', async () => {
    const p = program(`${ATHLETE}-refused`);
    await expect(programs.save({ ...p, athleteId: `${ATHLETE}-nobody` }, { name: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const bad = buildProgram({
      programId: p.programId,
      athleteId: ATHLETE,
      weeks: [{ days: [{ ...upper(1), prescriptions: [rx('no-such-exercise', { loadKg: 1, loadPerHand: false, bodyweight: false })] }] }],
    });
    await expect(programs.save(bad, { name: 'x' })).rejects.toThrow(/unknown exercises: no-such-exercise/);
    expect(await programs.byId(p.programId)).toBeNull();
  });

  it('should read a program stored before the load flags existed as whole load, not body weight', async () => {
    const p = program(`${ATHLETE}-old`);
    await programs.save(p, { name: 'Old' });
    await db.driver.executeQuery(
      'MATCH (:Program {id: $id})-[:HAS_DAY]->(:ProgramDay)-[:PRESCRIBES]->(rx:Prescription) REMOVE rx.loadPerHand, rx.bodyweight',
      { id: p.programId },
      { database: db.database },
    );
    const prescriptions = (await programs.byId(p.programId))?.weeks[0]?.days[0]?.prescriptions ?? [];
    expect(prescriptions.map((x) => [x.loadKg, x.loadPerHand, x.bodyweight])).toEqual([
      [100, false, false],
      [24, false, false],
      [null, false, false],
      [10, false, false],
    ]);
  });

  it('should give days written by the old coach-side save (a block-wide index only) their place, weekday and snapshot (V008)', async () => {
    const id = `${ATHLETE}-legacy`;
    await db.driver.executeQuery(
      `MATCH (a:Athlete {id: $athlete}), (e:Exercise {id: 'barbell-bench-press'})
       CREATE (p:Program {id: $id, name: 'Legacy', daysPerWeek: 3, weeks: 2, goal: 'strength', status: 'draft', createdAt: datetime()})-[:FOR]->(a)
       WITH p, e UNWIND range(0, 5) AS i
       CREATE (p)-[:HAS_DAY]->(d:ProgramDay {id: $id + '/day-' + toString(i), index: i, label: 'Day ' + toString(i % 3 + 1)})
       CREATE (d)-[:PRESCRIBES]->(:Prescription {id: $id + '/rx-' + toString(i), order: 0, sets: 3, reps: 8, weightKg: 60.0, restSec: 120.0, targetRpe: 8.0, rationale: 'legacy'})-[:OF]->(e)`,
      { id, athlete: ATHLETE },
      { database: db.database },
    );
    // V008 places the days; V009 dates them (as a database migrated from before both would run them).
    for (const version of [8, 9]) {
      const migration = (await loadMigrations()).find((m) => m.version === version);
      if (migration === undefined) throw new Error(`V00${version} missing`);
      for (const statement of migration.statements) await db.driver.executeQuery(statement, {}, { database: db.database });
    }
    const stored = await programs.byId(id);
    expect(stored?.weeks.map((w) => [w.index, w.deload, w.days.map((d) => [d.index, d.dayOfWeek, d.label])])).toEqual([
      [
        0,
        false,
        [
          [0, 1, 'Day 1'],
          [1, 2, 'Day 2'],
          [2, 3, 'Day 3'],
        ],
      ],
      [
        1,
        false,
        [
          [0, 1, 'Day 1'],
          [1, 2, 'Day 2'],
          [2, 3, 'Day 3'],
        ],
      ],
    ]);
    expect(stored?.weeks[1]?.days[2]?.prescriptions[0]).toMatchObject({
      exerciseId: 'barbell-bench-press',
      exerciseName: expect.any(String),
      source: 'default',
      loadKg: 60,
      primaryMuscles: expect.arrayContaining(['chest']),
    });
  });
});
