import { buildProgram } from '@liftgraph/domain/program';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AthleteRepository } from '../athlete/athlete.repository.js';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import { migrate } from '../migrate/migrate.js';
import { ProgramRepository } from '../program/program.repository.js';
import { RosterRepository } from '../roster/roster.repository.js';
import { deleteAthleteData, testGraphDb } from '../testing/test-graph-db.js';
import { deleteWorkout, logWorkout, sessionDetails, updateWorkout, type WorkoutInput } from './workout-log.repository.js';

const ATHLETE = `test-workout-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PROGRAM = `${ATHLETE}-prog`;
const db = testGraphDb();
const athletes = new AthleteRepository(db);
const programs = new ProgramRepository(db);

const workout = (over: Partial<WorkoutInput> = {}): WorkoutInput => ({
  athleteId: ATHLETE,
  startedAt: '2026-12-07T18:00:00',
  endedAt: '2026-12-07T19:05:00',
  notes: 'felt heavy',
  loggedBy: 'test',
  programId: PROGRAM,
  week: 0,
  day: 0,
  performances: [
    {
      exerciseId: 'dumbbell-bench-press',
      sets: [
        { reps: 8, weightKg: 24, rir: 2, restBeforeSec: null },
        { reps: 6, weightKg: 24, rir: 0, restBeforeSec: 150 },
        { reps: null, weightKg: 24, done: false, restBeforeSec: null },
      ],
    },
  ],
  ...over,
});

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  await athletes.create({ id: ATHLETE, name: 'Workout log', timeZone: 'Europe/Paris', unit: 'kg' });
  await programs.save(
    buildProgram({
      programId: PROGRAM,
      athleteId: ATHLETE,
      startDate: '2026-12-07',
      weeks: [
        {
          days: [1, 3, 5].map((dayOfWeek) => ({
            dayOfWeek,
            prescriptions: [{ exerciseId: 'dumbbell-bench-press', loadKg: 24, loadPerHand: true }],
          })),
        },
      ],
    }),
    { name: 'Calendar', status: 'active' },
  );
});
afterAll(async () => {
  await deleteAthleteData(db, [ATHLETE]);
  await db.close();
});

describe('app-logged workouts', () => {
  it('should refuse an athlete id that exists, writing nothing', async () => {
    await expect(athletes.create({ id: ATHLETE, name: 'Again', timeZone: 'UTC', unit: 'lbs' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already exists/),
    });
    expect((await new RosterRepository(db).athletesByIds([ATHLETE]))[0]).toMatchObject({
      name: 'Workout log',
      timeZone: 'Europe/Paris',
      unit: 'kg',
    });
  });

  it('should store the session on its program day with end, notes, and every set (a blank one as not done)', async () => {
    const logged = await logWorkout(db, workout());
    expect(logged).toMatchObject({ performances: 1, sets: 3 });
    const [detail] = await sessionDetails(db, [logged.sessionId]);
    expect(detail?.exercises[0]?.sets.map((s) => [s.reps, s.rir, s.restSec, s.done])).toEqual([
      [8, 2, null, true],
      [6, 0, 150, true],
      [null, null, null, false],
    ]);
    const summary = await athletes.sessionById(ATHLETE, logged.sessionId);
    expect(summary).toMatchObject({
      date: '2026-12-07',
      endedAt: '2026-12-07T19:05:00',
      notes: 'felt heavy',
      programId: PROGRAM,
      week: 0,
      day: 0,
    });
    expect((await programs.byId(PROGRAM))?.sessionIds).toEqual({ '0/0': logged.sessionId });
  });

  it('should refuse a second session on a day already done, and a day that does not exist, writing nothing', async () => {
    await expect(logWorkout(db, workout({ startedAt: '2026-12-07T20:00:00', endedAt: null }))).rejects.toThrow(/already done/);
    await expect(logWorkout(db, workout({ startedAt: '2026-12-07T21:00:00', endedAt: null, week: 4 }))).rejects.toThrow(/does not exist/);
    expect((await athletes.sessions(ATHLETE)).sessions).toHaveLength(1);
  });

  it('should keep the day fulfilled when the program is saved again (an edit), and count it in the status', async () => {
    const stored = await programs.byId(PROGRAM);
    if (stored === null) throw new Error('program missing');
    const { name, status, coachId, createdAt, sessionIds: _s, ...contract } = stored;
    await programs.save({ ...contract, goal: 'strength' }, { name, status, coachId, createdAt });
    expect(Object.keys((await programs.byId(PROGRAM))?.sessionIds ?? {})).toEqual(['0/0']);
    const [inputs] = await new RosterRepository(db).statusInputs([ATHLETE], '2026-10-01');
    expect(inputs?.activeProgram).toMatchObject({ programId: PROGRAM, startDate: '2026-12-07', unlinkedDates: [] });
    expect(inputs?.activeProgram?.days.map((d) => [d.date, d.done])).toEqual([
      ['2026-12-07', true],
      ['2026-12-09', false],
      ['2026-12-11', false],
    ]);
  });

  it('should update a session in place (same id, moved to Wednesday) and delete it, the day open again', async () => {
    const [first] = (await athletes.sessions(ATHLETE)).sessions;
    if (first === undefined) throw new Error('no session');
    const updated = await updateWorkout(
      db,
      first.id,
      workout({
        startedAt: '2026-12-09T07:00:00',
        endedAt: null,
        notes: null,
        day: 1,
        performances: [{ exerciseId: 'pull-up', sets: [{ reps: 5, weightKg: null }] }],
      }),
    );
    expect(updated).toMatchObject({ sessionId: first.id, performances: 1, sets: 1 });
    expect(await athletes.sessionById(ATHLETE, first.id)).toMatchObject({ date: '2026-12-09', day: 1, notes: null });
    expect((await sessionDetails(db, [first.id]))[0]?.exercises.map((e) => e.exerciseId)).toEqual(['pull-up']);
    expect((await programs.byId(PROGRAM))?.sessionIds).toEqual({ '0/1': first.id });
    expect(await deleteWorkout(db, first.id)).toBe(true);
    expect(await deleteWorkout(db, first.id)).toBe(false);
    expect((await programs.byId(PROGRAM))?.sessionIds).toEqual({});
    expect((await athletes.sessions(ATHLETE)).sessions).toEqual([]);
  });
});
