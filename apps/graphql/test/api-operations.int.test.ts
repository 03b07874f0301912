import { ProgramRepository } from '@liftgraph/neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, fixtureFootprint, PASSWORD } from './support/fixtures.js';
import { codeOf, type Stack, startStack } from './support/stack.js';

const CSV = [
  'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes',
  '2024-03-04 10:00:00;"Legs";"Squat (Barbell)";1;100;kg;5;;;;0;"";""',
  '2024-03-04 10:00:00;"Legs";"Squat (Barbell)";2;100;kg;5;;;;0;;',
  '2024-03-04 10:00:00;"Legs";"Zorblax Machine Thing";1;40;kg;10;;;;0;;',
].join('\n');

describe('GraphQL API over HTTP (real Neo4j, real planner process)', () => {
  let s: Stack;
  let f: Fixture;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    s = await startStack();
    f = await createFixture(s.db);
    for (const [k, email] of Object.entries(f.emails)) t[k] = await s.login(email, PASSWORD);
  });
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  it('should search, filter and traverse the exercise graph', async () => {
    const r = await s.gql(t.analyst ?? null, `{
      exercises(filter: {muscle: "quadriceps", role: "primary"}, limit: 5) { id name primaryMuscles }
      exercise(id: "barbell-back-squat") { id targets { muscle role share } }
      similarExercises(id: "barbell-back-squat", limit: 3) { exercise { id } score basis }
      substitutes(id: "barbell-back-squat", equipment: ["dumbbell"], limit: 3) { exercise { id equipment } }
      sharedMuscles(a: "barbell-back-squat", b: "barbell-bench-press") { muscle overlap }
      transferPath(from: "barbell-back-squat", to: "barbell-back-squat") { exerciseIds weight }
      muscleGroups { id exercises { id } }
    }`);
    expect(r.errors).toBeUndefined();
    const d = r.data as Record<string, Array<Record<string, unknown>>>;
    expect(d.exercises?.length).toBeGreaterThan(0);
    expect(d.exercises?.every((e) => (e.primaryMuscles as string[]).includes('quadriceps'))).toBe(true);
    expect(d.similarExercises?.length).toBeGreaterThan(0);
    expect(d.substitutes?.every((x) => (x.exercise as { equipment: string }).equipment === 'dumbbell')).toBe(true);
    expect(d.muscleGroups?.length).toBe(17);
  });

  it("should return a coach's roster with status, sessions (cursor pages) and metrics", async () => {
    const r = await s.gql(t.coachA ?? null, `query($id: ID!) {
      athletes { id status { acwr weekLoadAu flags { code } compliance { ratio prescribed completed } } }
      athlete(id: $id) {
        page1: sessions(first: 3) { sessions { id date } nextCursor }
        e1rmSeries(exerciseId: "barbell-back-squat") { date e1rmKg lowKg highKg sessionE1rmKg }
        weeklyLoad { weekStart load monotony strain acwrEwma }
        weeklyHardSets { weekStart muscles { muscle sets } }
        programs { id days { prescriptions { exercise { id } } } }
      }
    }`, { id: f.athleteA1 });
    expect(r.errors).toBeUndefined();
    const roster = r.data?.athletes as Array<{ id: string }>;
    expect(roster.map((a) => a.id).sort()).toEqual([f.athleteA1, f.athleteA2].sort());
    const athlete = r.data?.athlete as { page1: { sessions: Array<{ id: string }>; nextCursor: string }; weeklyLoad: unknown[]; programs: unknown[] };
    expect(athlete.page1.sessions).toHaveLength(3);
    expect(athlete.weeklyLoad.length).toBeGreaterThan(3);
    expect(athlete.programs).toHaveLength(1);
    // The e1RM trend is the capacity estimate with its band, oldest first, never negative.
    const trend = (r.data?.athlete as { e1rmSeries: Array<{ date: string; e1rmKg: number; lowKg: number; highKg: number; sessionE1rmKg: number }> }).e1rmSeries;
    expect(trend.length).toBeGreaterThan(0);
    expect(trend.map((p) => p.date)).toEqual(trend.map((p) => p.date).sort());
    expect(trend.every((p) => p.lowKg > 0 && p.lowKg < p.e1rmKg && p.e1rmKg < p.highKg && p.sessionE1rmKg > 0)).toBe(true);
    const next = await s.gql(t.coachA ?? null, 'query($id: ID!, $after: String) { athlete(id: $id) { sessions(first: 3, after: $after) { sessions { id } } } }', { id: f.athleteA1, after: athlete.page1.nextCursor });
    const page2 = (next.data?.athlete as { sessions: { sessions: Array<{ id: string }> } }).sessions.sessions.map((x) => x.id);
    expect(page2).toHaveLength(3);
    expect(page2.some((id) => athlete.page1.sessions.some((x) => x.id === id))).toBe(false);
  });

  it('should edit a prescription, assign a program, log a workout against it and count compliance', async () => {
    const upd = await s.gql(t.coachA ?? null, `mutation($p: ID!) { updatePrescription(programId: $p, dayIndex: 0, order: 0, patch: {sets: 4, weightKg: 102.5}) { days { prescriptions { sets weightKg } } } }`, { p: f.programA1 });
    expect(upd.errors).toBeUndefined();
    expect(JSON.stringify(upd.data)).toContain('"sets":4,"weightKg":102.5');
    const assign = await s.gql(t.coachA ?? null, 'mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { status athleteId } }', { p: f.programA1, a: f.athleteA1 });
    expect(assign.data?.assignProgram).toEqual({ status: 'active', athleteId: f.athleteA1 });
    const logged = await s.gql(t.athleteA1 ?? null, `mutation($a: ID!, $p: ID!) { logWorkout(input: {athleteId: $a, programId: $p, sessionRpe: 8, durationMin: 60,
      performances: [{exerciseId: "barbell-back-squat", sets: [{reps: 5, weightKg: 102.5, rir: 2}, {reps: 5, weightKg: 102.5, rpe: 8.5}]}]}) { sessionId performances sets } }`, { a: f.athleteA1, p: f.programA1 });
    expect(logged.errors).toBeUndefined();
    expect(logged.data?.logWorkout).toMatchObject({ performances: 1, sets: 2 });
    const status = await s.gql(t.coachA ?? null, 'query($id: ID!) { athlete(id: $id) { status { compliance { completed prescribed } lastSessionDate } } }', { id: f.athleteA1 });
    const compliance = (status.data?.athlete as { status: { compliance: { completed: number } } }).status.compliance;
    expect(compliance.completed).toBeGreaterThanOrEqual(1);
  });

  it('should import a CSV with a summary and the unmapped names, idempotently', async () => {
    const q = 'mutation($a: ID!, $csv: String!) { importWorkoutLog(athleteId: $a, format: "strong", csv: $csv) { sessions performances sets unmapped format unitSource dumbbellRecording { recording } } }';
    const first = await s.gql(t.coachA ?? null, q, { a: f.athleteA2, csv: CSV });
    expect(first.errors).toBeUndefined();
    // The `;` export states its unit per row; it has no dumbbell lift, so there is nothing to read about dumbbells.
    expect(first.data?.importWorkoutLog).toEqual({ sessions: 1, performances: 2, sets: 3, unmapped: ['Zorblax Machine Thing'], format: 'strong', unitSource: 'file', dumbbellRecording: null });
    const again = await s.gql(t.coachA ?? null, q, { a: f.athleteA2, csv: CSV });
    expect(again.data).toEqual(first.data);
  });

  it('should say where the weight unit came from and how the dumbbell loads were read', async () => {
    const csv = [
      'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
      '2024-03-11 10:00:00,Push,1h,Bench Press (Barbell),1,100,5,0,0,,,',
      '2024-03-11 10:00:00,Push,1h,Bench Press (Dumbbell),1,80,8,0,0,,,',
    ].join('\n');
    const q = `mutation($a: ID!, $csv: String!, $unit: String) { importWorkoutLog(athleteId: $a, csv: $csv, unit: $unit) {
      unit unitSource dumbbellRecording { recording reason pairs } } }`;
    const guessed = await s.gql(t.coachA ?? null, q, { a: f.athleteA2, csv });
    expect(guessed.errors).toBeUndefined();
    const summary = guessed.data?.importWorkoutLog as { unitSource: string; dumbbellRecording: { recording: string | null; reason: string; pairs: number } };
    // Two loads cannot tell kg from lbs: the comma export states no unit, so kg is inferred or assumed, never "file".
    expect(['inferred', 'assumed']).toContain(summary.unitSource);
    expect(summary.dumbbellRecording).toMatchObject({ recording: 'total', pairs: 1 });
    expect(summary.dumbbellRecording.reason).toMatch(/both dumbbells together/);
    const given = await s.gql(t.coachA ?? null, q, { a: f.athleteA2, csv, unit: 'kg' });
    expect(given.data?.importWorkoutLog).toMatchObject({ unit: 'kg', unitSource: 'caller' });
  });

  it('should refuse invalid input with a clear error and write nothing', async () => {
    const before = await fixtureFootprint(s.db, f);
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['mutation($a: ID!) { logWorkout(input: {athleteId: $a, performances: [{exerciseId: "no-such-lift", sets: [{reps: 5, weightKg: 50}]}]}) { sessionId } }', { a: f.athleteA1 }, /unknown exercise ids: no-such-lift/],
      ['mutation($a: ID!) { logWorkout(input: {athleteId: $a, performances: [{exerciseId: "barbell-back-squat", sets: [{reps: 500, weightKg: 50}]}]}) { sessionId } }', { a: f.athleteA1 }, /reps must be an integer in \[0, 100\], got 500/],
      ['mutation($p: ID!) { updatePrescription(programId: $p, dayIndex: 0, order: 0, patch: {sets: 0}) { id } }', { p: f.programA1 }, /sets must be an integer in \[1, 20\], got 0/],
      ['mutation($a: ID!) { generateProgram(input: {athleteId: $a, daysPerWeek: 4, goal: "strength"}) { programId } }', { a: f.athleteA1 }, /daysPerWeek must be 3, 5 or 6, got 4/],
      ['mutation($a: ID!) { importWorkoutLog(athleteId: $a, csv: "not,a,log\\n1,2,3") { sessions } }', { a: f.athleteA1 }, /./],
    ];
    for (const [query, variables, message] of cases) {
      const r = await s.gql(t.coachA ?? null, query, variables);
      expect(r.data).toBeNull();
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codeOf(r));
      expect(r.errors?.[0]?.message).toMatch(message);
      expect(JSON.stringify(r.errors)).not.toMatch(/MATCH|stack|at .*\.js/);
    }
    expect(await fixtureFootprint(s.db, f)).toBe(before);
  });

  it('should generate a program through the planner process (or say it is not there yet)', async (ctx) => {
    const r = await s.gql(t.coachA ?? null, `mutation($a: ID!) { generateProgram(input: {athleteId: $a, daysPerWeek: 5, goal: "hypertrophy", weeks: 4, equipment: ["barbell", "dumbbell", "cable", "machine", "body only"]}) {
      programId athleteId daysPerWeek weeks { index deload days { dayOfWeek label prescriptions { exerciseId sets reps loadKg loadPerHand bodyweight rationale source } } } } }`, { a: f.athleteA1 });
    if (codeOf(r) === 'NOT_IMPLEMENTED') {
      // apps/planner (issue 6) has no POST /programs yet: the API maps that to NOT_IMPLEMENTED.
      ctx.skip('TODO: the real planner process has no POST /programs route yet (issue 6); re-check when it lands');
    }
    expect(r.errors).toBeUndefined();
    expect(r.data?.generateProgram).toMatchObject({ athleteId: f.athleteA1, daysPerWeek: 5 });
    type Rx = { exerciseId: string; loadKg: number | null; loadPerHand: boolean; bodyweight: boolean };
    const generated = r.data?.generateProgram as { programId: string; weeks: Array<{ days: Array<{ prescriptions: Rx[] }> }> };
    const loads = generated.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions.map((rx) => [rx.exerciseId, rx.loadKg, rx.loadPerHand, rx.bodyweight])));
    expect(loads.length).toBeGreaterThan(0);
    for (const [, loadKg, perHand, bodyweight] of loads) {
      expect(typeof perHand).toBe('boolean');
      expect(typeof bodyweight).toBe('boolean');
      expect(loadKg === null || typeof loadKg === 'number').toBe(true);
    }
    // The stored program reads back with the same load and flags on every prescription.
    const stored = await s.gql(t.coachA ?? null, 'query($id: ID!) { program(id: $id) { days { index prescriptions { order exerciseId weightKg loadPerHand bodyweight } } } }', { id: generated.programId });
    expect(stored.errors).toBeUndefined();
    type StoredRx = { order: number; exerciseId: string; weightKg: number | null; loadPerHand: boolean; bodyweight: boolean };
    const days = (stored.data?.program as { days: Array<{ index: number; prescriptions: StoredRx[] }> }).days;
    expect([...days].sort((a, b) => a.index - b.index).flatMap((d) => [...d.prescriptions].sort((a, b) => a.order - b.order)
      .map((rx) => [rx.exerciseId, rx.weightKg, rx.loadPerHand, rx.bodyweight]))).toEqual(loads);
  });

  it('should respect the equipment limits of generateProgram: no dumbbell load above the heaviest dumbbell', async (ctx) => {
    const heaviest = 8;
    const r = await s.gql(t.coachA ?? null, `mutation($a: ID!, $limits: EquipmentLimitsInput) {
      generateProgram(input: {athleteId: $a, daysPerWeek: 3, goal: "hypertrophy", weeks: 2, equipment: ["dumbbell"], equipmentLimits: $limits}) {
        weeks { days { prescriptions { exerciseId loadKg loadPerHand rationale } } } } }`, { a: f.athleteA1, limits: { heaviestDumbbellKg: heaviest, smallestPlateKg: 1.25 } });
    if (codeOf(r) === 'NOT_IMPLEMENTED') ctx.skip('the real planner process has no POST /programs route');
    expect(r.errors).toBeUndefined();
    type Rx = { exerciseId: string; loadKg: number | null; loadPerHand: boolean; rationale: string };
    const generated = r.data?.generateProgram as { weeks: Array<{ days: Array<{ prescriptions: Rx[] }> }> };
    const rxs = generated.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions));
    expect(rxs.length).toBeGreaterThan(0);
    // Dumbbells only: every load is a dumbbell's (each one when loadPerHand).
    const loaded = rxs.filter((rx) => rx.loadKg !== null);
    for (const rx of loaded) expect(rx.loadKg, `${rx.exerciseId}: ${rx.rationale}`).toBeLessThanOrEqual(heaviest);
    // Dumbbells only, so the block has loads to check (36 when written, the heaviest at the 8 kg limit).
    expect(loaded.length, 'a loaded dumbbell prescription to check').toBeGreaterThan(0);

    const bad = await s.gql(t.coachA ?? null, `mutation($a: ID!) { generateProgram(input: {athleteId: $a, daysPerWeek: 3, goal: "general", equipmentLimits: {smallestPlateKg: 0}}) { programId } }`, { a: f.athleteA1 });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/equipmentLimits\.smallestPlateKg must be a number above 0 and at most 25, got 0/);
  });

  it('should carry loadPerHand and bodyweight on a program\'s prescriptions and keep them when the coach edits the load', async () => {
    const id = `${f.prefix}-prog-loads`;
    const base = { sets: 3, reps: 10, restSec: 90, targetRpe: 8, rationale: 'fixture' };
    await new ProgramRepository(s.db).save({
      id, name: 'Loads', daysPerWeek: 3, weeks: 1, goal: 'general', status: 'draft', coachId: f.coachA,
      days: [{ index: 0, label: 'Upper', prescriptions: [
        { ...base, order: 0, exerciseId: 'dumbbell-bench-press', weightKg: 24, loadPerHand: true },
        { ...base, order: 1, exerciseId: 'pull-up', weightKg: null, bodyweight: true },
        { ...base, order: 2, exerciseId: 'chest-dip', weightKg: 10, bodyweight: true },
        { ...base, order: 3, exerciseId: 'barbell-bench-press', weightKg: 80 },
      ] }],
    });
    const q = '{ days { prescriptions { exerciseId weightKg loadPerHand bodyweight } } }';
    const rows = (data: unknown): unknown[] => (data as { days: Array<{ prescriptions: Array<Record<string, unknown>> }> }).days[0]?.prescriptions
      .map((rx) => [rx.exerciseId, rx.weightKg, rx.loadPerHand, rx.bodyweight]) ?? [];
    const read = await s.gql(t.coachA ?? null, `query($id: ID!) { program(id: $id) ${q} }`, { id });
    expect(read.errors).toBeUndefined();
    expect(rows(read.data?.program)).toEqual([
      ['dumbbell-bench-press', 24, true, false], ['pull-up', null, false, true], ['chest-dip', 10, false, true], ['barbell-bench-press', 80, false, false],
    ]);
    const edited = await s.gql(t.coachA ?? null, `mutation($p: ID!) {
      a: updatePrescription(programId: $p, dayIndex: 0, order: 0, patch: {weightKg: 26}) { id }
      b: updatePrescription(programId: $p, dayIndex: 0, order: 2, patch: {weightKg: 12.5}) ${q} }`, { p: id });
    expect(edited.errors).toBeUndefined();
    expect(rows(edited.data?.b)).toEqual([
      ['dumbbell-bench-press', 26, true, false], ['pull-up', null, false, true], ['chest-dip', 12.5, false, true], ['barbell-bench-press', 80, false, false],
    ]);
  });

  it('should read predictions from the planner process', async () => {
    const r = await s.gql(t.coachA ?? null, 'query($a: ID!) { predictions(athleteId: $a) { exerciseId nextWeightKg nextReps nextRestSec reasons { feature contribution } } }', { a: f.athleteA1 });
    expect(r.errors).toBeUndefined();
    const list = r.data?.predictions as Array<{ exerciseId: string; nextWeightKg: number | null; reasons: Array<{ feature: string; contribution: number }> }>;
    expect(Array.isArray(list)).toBe(true);
    for (const p of list) {
      expect(typeof p.exerciseId).toBe('string');
      expect(p.reasons.length).toBeGreaterThan(0);
    }
  });

  it('should start a training run as a child process and list model versions', async () => {
    const start = await s.gql(t.admin ?? null, 'mutation { trainModel(model: "gcn", epochs: 5) { id status } }');
    expect(start.errors).toBeUndefined();
    const id = (start.data?.trainModel as { id: string }).id;
    let run: { status: string; logTail: string[] } = { status: 'RUNNING', logTail: [] };
    for (let i = 0; i < 50 && run.status === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      run = (await s.gql(t.admin ?? null, 'query($id: ID!) { trainingRun(id: $id) { status logTail } }', { id })).data?.trainingRun as typeof run;
    }
    expect(run.status).toBe('SUCCEEDED');
    expect(run.logTail.join('\n')).toContain('--model,gcn,--epochs,5');
    const versions = await s.gql(t.analyst ?? null, '{ modelVersions { id kind metrics { name value } } }');
    expect(versions.errors).toBeUndefined();
  });

  it('should serve anonymized aggregates to analysts', async () => {
    const r = await s.gql(t.analyst ?? null, '{ populationSummary { athletes sessions } exerciseUsage(limit: 5) { exerciseId athletes performances } }');
    expect(r.errors).toBeUndefined();
    expect((r.data?.exerciseUsage as Array<{ athletes: number }>).every((u) => u.athletes >= 3)).toBe(true);
  });
});
