import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AthleteRepository } from '../athlete/athlete.repository.js';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import { migrate } from '../migrate/migrate.js';
import { updatePrescription } from '../workout/workout-log.repository.js';
import { deleteAthleteData, testGraphDb } from '../testing/test-graph-db.js';
import { type PlannedPrescription, type PlannedProgram, PlannedProgramRepository } from './planned-program.repository.js';
import { ProgramRepository } from './program.repository.js';

const ATHLETE = `test-planned-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const db = testGraphDb();
const planned = new PlannedProgramRepository(db);
const programs = new ProgramRepository(db);

const rx = (exerciseId: string, load: Pick<PlannedPrescription, 'loadKg' | 'loadPerHand' | 'bodyweight'>): PlannedPrescription => ({
  exerciseId, exerciseName: exerciseId, primaryMuscles: ['chest'], secondaryMuscles: ['triceps'], sets: 3, reps: 8, ...load,
  restSec: 120, targetRpe: 8, rationale: 'round-trip test', source: 'rules',
});

const program = (programId: string): PlannedProgram => ({
  programId, athleteId: ATHLETE, daysPerWeek: 3,
  weeks: [{
    index: 0, deload: false,
    days: [{
      index: 0, dayOfWeek: 1, label: 'Upper',
      prescriptions: [
        rx('barbell-bench-press', { loadKg: 100, loadPerHand: false, bodyweight: false }),
        rx('dumbbell-bench-press', { loadKg: 24, loadPerHand: true, bodyweight: false }),
        rx('pull-up', { loadKg: null, loadPerHand: false, bodyweight: true }),
        rx('chest-dip', { loadKg: 10, loadPerHand: false, bodyweight: true }),
      ],
    }],
  }],
});

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  await new AthleteRepository(db).upsert({ id: ATHLETE, name: 'Planned program round trip' });
});
afterAll(async () => {
  await deleteAthleteData(db, [ATHLETE]);
  await db.close();
});

describe('PlannedProgramRepository', () => {
  it('should store and read back per-hand, body-weight-alone and weighted body-weight loads unchanged', async () => {
    const p = program(`${ATHLETE}-block`);
    await planned.save(p, { name: 'Round trip', goal: 'general' });
    const stored = await planned.byId(p.programId);
    expect(stored).toEqual(p);
    const loads = stored?.weeks[0]?.days[0]?.prescriptions.map((x) => [x.exerciseId, x.loadKg, x.loadPerHand, x.bodyweight]);
    expect(loads).toEqual([
      ['barbell-bench-press', 100, false, false],
      ['dumbbell-bench-press', 24, true, false],
      ['pull-up', null, false, true],
      ['chest-dip', 10, false, true],
    ]);
  });

  it('should show the same flags through ProgramRepository, and keep them when a load is edited in place', async () => {
    const p = program(`${ATHLETE}-coach-view`);
    await planned.save(p, { name: 'Coach view', goal: 'general' });
    const read = async () => (await programs.byId(p.programId))?.days[0]?.prescriptions.map((x) => [x.exerciseId, x.weightKg, x.loadPerHand, x.bodyweight]);
    expect(await read()).toEqual([
      ['barbell-bench-press', 100, false, false],
      ['dumbbell-bench-press', 24, true, false],
      ['pull-up', null, false, true],
      ['chest-dip', 10, false, true],
    ]);
    expect(await updatePrescription(db, { programId: p.programId, dayIndex: 0, order: 1 }, { weightKg: 26 })).toBe(true);
    expect((await planned.byId(p.programId))?.weeks[0]?.days[0]?.prescriptions[1]).toMatchObject({ loadKg: 26, loadPerHand: true, bodyweight: false });
  });

  it('should store the flags of a coach-written program, false where they are omitted', async () => {
    const id = `${ATHLETE}-written`;
    const base = { sets: 3, reps: 10, restSec: 90, targetRpe: 8, rationale: 'written' };
    await programs.save({
      id, name: 'Written', daysPerWeek: 3, weeks: 1, goal: 'general', status: 'draft',
      days: [{ index: 0, label: 'Day 1', prescriptions: [
        { ...base, order: 0, exerciseId: 'dumbbell-curl', weightKg: 12, loadPerHand: true },
        { ...base, order: 1, exerciseId: 'push-up', weightKg: null, bodyweight: true },
        { ...base, order: 2, exerciseId: 'barbell-bench-press', weightKg: 80 },
      ] }],
    });
    expect(await programs.assign(id, ATHLETE)).not.toBeNull();
    expect((await programs.byId(id))?.days[0]?.prescriptions.map((x) => [x.exerciseId, x.weightKg, x.loadPerHand, x.bodyweight])).toEqual([
      ['dumbbell-curl', 12, true, false],
      ['push-up', null, false, true],
      ['barbell-bench-press', 80, false, false],
    ]);
  });

  it('should read a program stored before the flags existed as whole load, not body weight', async () => {
    const p = program(`${ATHLETE}-old`);
    await planned.save(p, { name: 'Old', goal: 'general' });
    await db.driver.executeQuery(
      'MATCH (:Program {id: $id})-[:HAS_DAY]->(:ProgramDay)-[:PRESCRIBES]->(rx:Prescription) REMOVE rx.loadPerHand, rx.bodyweight',
      { id: p.programId }, { database: db.database },
    );
    const prescriptions = (await planned.byId(p.programId))?.weeks[0]?.days[0]?.prescriptions ?? [];
    expect(prescriptions.map((x) => [x.loadKg, x.loadPerHand, x.bodyweight])).toEqual([[100, false, false], [24, false, false], [null, false, false], [10, false, false]]);
    expect((await programs.byId(p.programId))?.days[0]?.prescriptions.every((x) => !x.loadPerHand && !x.bodyweight)).toBe(true);
  });
});
