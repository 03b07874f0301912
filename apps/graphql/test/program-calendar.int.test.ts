import { buildProgram } from '@liftgraph/domain/program';
import { ProgramRepository } from '@liftgraph/neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, PASSWORD } from './support/fixtures.js';
import { type GqlResult, type Stack, startStack } from './support/stack.js';

// The server clock is pinned: Wednesday 9 December 2026 for every athlete (LIFTGRAPH_TODAY).
const TODAY = '2026-12-09';

const DAY = `index dayOfWeek date status state sessionId label prescriptions {
  order exerciseId exerciseName sets reps loadKg loadPerHand source locked adjustment { reason by date previousLoadKg } }`;
const PROGRAM = `id status startDate goal weeks { index deload days { ${DAY} } }`;

interface Rx {
  order: number;
  exerciseId: string;
  exerciseName: string;
  sets: number;
  reps: number;
  loadKg: number | null;
  source: string;
  locked: boolean;
  adjustment: { reason: string; by: string; date: string; previousLoadKg: number | null } | null;
}
interface Day {
  index: number;
  dayOfWeek: number;
  date: string;
  status: string;
  state: string;
  sessionId: string | null;
  prescriptions: Rx[];
}
interface Program {
  id: string;
  status: string;
  startDate: string;
  weeks: Array<{ index: number; deload: boolean; days: Day[] }>;
}

const ok = (r: GqlResult): Record<string, unknown> => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data ?? {};
};
const message = (r: GqlResult): string => r.errors?.[0]?.message ?? '(no error)';

describe('programs on a calendar: edit, log, adapt, move, comply (GraphQL against the real stack, clock pinned)', () => {
  let s: Stack;
  let f: Fixture;
  let coach: string;
  let athleteId: string;
  let programId: string;
  const program = async (): Promise<Program> =>
    ok(await s.gql(coach, `query($id: ID!) { program(id: $id) { ${PROGRAM} } }`, { id: programId })).program as Program;
  const log = (input: Record<string, unknown>) =>
    s.gql(
      coach,
      `mutation($i: LogWorkoutInput!) { logWorkout(input: $i) { sessionId performances sets
        adjustments { week day order date exerciseName reason } records { exerciseId kind weightKg reps } } }`,
      { i: { athleteId, ...input } },
    );
  const press = (reps: number[], rir: number) => ({
    exerciseId: 'dumbbell-bench-press',
    sets: reps.map((r) => ({ reps: r, weightKg: 24, rir })),
  });

  beforeAll(async () => {
    s = await startStack({ LIFTGRAPH_TODAY: TODAY });
    f = await createFixture(s.db);
    coach = await s.login(f.emails.coachA, PASSWORD);
    // A new athlete of the coach's (createAthlete), in Paris.
    const created = ok(
      await s.gql(coach, 'mutation($i: CreateAthleteInput!) { createAthlete(input: $i) { id name timeZone unit today coachId } }', {
        i: { id: `${f.prefix}-chloe`, name: 'Chloé Ström', timeZone: 'Europe/Paris', bodyweightKg: 64 },
      }),
    ).createAthlete as { id: string };
    athleteId = created.id;
    expect(created).toEqual({ id: athleteId, name: 'Chloé Ström', timeZone: 'Europe/Paris', unit: 'kg', today: TODAY, coachId: f.coachA });
    // A 3-day dumbbell block from Monday 7 December: press then row, week 3 a deload.
    programId = `${f.prefix}-calendar`;
    const day = (dayOfWeek: number, press: number, row: number, sets = 3) => ({
      dayOfWeek,
      prescriptions: [
        { exerciseId: 'dumbbell-bench-press', exerciseName: 'Dumbbell Bench Press', loadKg: press, loadPerHand: true, reps: 8, sets },
        { exerciseId: 'dumbbell-bent-over-row', exerciseName: 'Dumbbell Bent Over Row', loadKg: row, loadPerHand: true, reps: 10, sets },
      ],
    });
    await new ProgramRepository(s.db).save(
      buildProgram({
        programId,
        athleteId,
        goal: 'strength',
        startDate: '2026-12-07',
        weeks: [
          { days: [day(1, 24, 26), day(3, 24, 26), day(5, 24, 26)] },
          { days: [day(1, 26, 28), day(3, 26, 28), day(5, 26, 28)] },
          { deload: true, days: [day(1, 20, 22, 2), day(3, 20, 22, 2), day(5, 20, 22, 2)] },
        ],
      }),
      { name: 'Calendar block', coachId: f.coachA },
    );
    ok(
      await s.gql(coach, 'mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id } }', {
        p: programId,
        a: athleteId,
      }),
    );
  });
  afterAll(async () => {
    if (f !== undefined) {
      await s.db.driver.executeQuery(
        'MATCH (n) WHERE (n:Athlete OR n:Program OR n:Session OR n:Performance OR n:Import OR n:ProgramDay OR n:Prescription) AND n.id STARTS WITH $p DETACH DELETE n',
        { p: `${f.prefix}-` },
        { database: s.db.database },
      );
      await dropFixture(s.db, f);
    }
    await s?.stop();
  });

  it('should refuse an athlete id that is taken, naming it', async () => {
    const r = await s.gql(coach, 'mutation($i: CreateAthleteInput!) { createAthlete(input: $i) { id } }', {
      i: { id: athleteId, name: 'Again' },
    });
    expect(message(r)).toMatch(new RegExp(`athlete "${athleteId}" already exists`));
  });

  it("should date every day and read its state as of the athlete's today", async () => {
    const p = await program();
    expect(p).toMatchObject({ status: 'active', startDate: '2026-12-07' });
    expect(p.weeks[0]?.days.map((d) => [d.date, d.dayOfWeek, d.status, d.state])).toEqual([
      ['2026-12-07', 1, 'planned', 'missed'],
      ['2026-12-09', 3, 'planned', 'today'],
      ['2026-12-11', 5, 'planned', 'upcoming'],
    ]);
  });

  it('should offer graph-ranked swaps with a plain reason and a carried load, and swap one into the following weeks', async () => {
    const options = ok(
      await s.gql(
        coach,
        'query($p: ID!) { swapOptions(programId: $p, week: 0, day: 0, order: 0, limit: 5) { exerciseId reason loadKg loadPerHand bodyweight loadBasis score exercise { name } } }',
        { p: programId },
      ),
    ).swapOptions as Array<{ exerciseId: string; reason: string; loadKg: number | null; loadBasis: string; exercise: { name: string } }>;
    expect(options.length).toBeGreaterThan(0);
    expect(options[0]?.reason).toMatch(/pattern/);
    expect(options.every((o) => o.exerciseId !== 'dumbbell-bench-press')).toBe(true);
    const pick = options.find((o) => o.loadKg !== null) ?? options[0];
    if (pick === undefined) throw new Error('no swap option');
    const edited = ok(
      await s.gql(coach, `mutation($p: ID!, $e: ProgramEditInput!) { editProgram(programId: $p, edit: $e) { ${PROGRAM} } }`, {
        p: programId,
        e: { kind: 'swap', week: 0, day: 0, order: 0, scope: 'following-weeks', exerciseId: pick.exerciseId },
      }),
    ).editProgram as Program;
    // The same slot (day 0) of every week now holds the substitute; the other days keep the press.
    expect(edited.weeks.map((w) => w.days[0]?.prescriptions[0]?.exerciseId)).toEqual([pick.exerciseId, pick.exerciseId, pick.exerciseId]);
    expect(edited.weeks[0]?.days[1]?.prescriptions[0]?.exerciseId).toBe('dumbbell-bench-press');
    expect(edited.weeks[1]?.days[0]?.prescriptions[0]).toMatchObject({ source: 'coach', adjustment: { by: 'coach' } });
    expect(edited.weeks[0]?.days[0]?.prescriptions[0]?.loadKg).toBe(pick.loadKg);
  });

  it('should carry a load edit into the following weeks by its ratio, deload included, and leave a locked one alone', async () => {
    ok(
      await s.gql(coach, 'mutation($p: ID!, $e: ProgramEditInput!) { editProgram(programId: $p, edit: $e) { id } }', {
        p: programId,
        e: { kind: 'lock', week: 1, day: 2, order: 1, scope: 'this-week', locked: true },
      }),
    );
    const edited = ok(
      await s.gql(coach, `mutation($p: ID!, $e: ProgramEditInput!) { editProgram(programId: $p, edit: $e) { ${PROGRAM} } }`, {
        p: programId,
        e: { kind: 'update', week: 0, day: 2, order: 1, scope: 'following-weeks', patch: { loadKg: 32.5 } },
      }),
    ).editProgram as Program;
    // 32.5 / 26 = 1.25: week 2's locked 28 stays; the deload's 22 → 27.5 → 28 (the 2 kg dumbbell step).
    const rows = edited.weeks.map((w) => w.days[2]?.prescriptions[1]);
    expect(rows.map((r) => [r?.loadKg, r?.locked])).toEqual([
      [32.5, false],
      [28, true],
      [28, false],
    ]);
    expect(rows[2]?.adjustment?.reason).toMatch(/coach edit/);
    const bad = await s.gql(coach, 'mutation($p: ID!, $e: ProgramEditInput!) { editProgram(programId: $p, edit: $e) { id } }', {
      p: programId,
      e: { kind: 'remove', week: 0, day: 0, order: 9, scope: 'this-week' },
    });
    expect(message(bad)).toMatch(/edit\.order: day 0 has no prescription 9/);
  });

  it('should refuse a future date naming today and the zone, a blank set marked done, and a program day of another program', async () => {
    const future = await log({ date: '2026-12-10', performances: [press([8], 2)] });
    expect(message(future)).toBe('date 2026-12-10 is in the future (today is 2026-12-09 in Europe/Paris); log it on or before today');
    const blank = await log({
      date: '2026-12-07',
      performances: [
        {
          exerciseId: 'dumbbell-bench-press',
          sets: [
            { reps: 8, weightKg: 24 },
            { reps: null, weightKg: 24 },
          ],
        },
      ],
    });
    expect(message(blank)).toMatch(/set 2 of dumbbell-bench-press has no reps but is marked done/);
    const other = await log({ date: '2026-12-07', programId: f.programA1, week: 0, day: 0, performances: [press([8], 2)] });
    expect(message(other)).toMatch(/is not assigned to athlete/);
  });

  it("should log Monday back-dated with two missed reps at RIR 0, keep the blank set, and adapt Wednesday's row with its reason", async () => {
    const before = await program();
    const wednesdayRow = before.weeks[0]?.days[1]?.prescriptions[1];
    expect(wednesdayRow?.exerciseId).toBe('dumbbell-bent-over-row');
    const r = ok(
      await log({
        date: '2026-12-07',
        programId,
        week: 0,
        day: 0,
        startedAt: '2026-12-07T18:00',
        endedAt: '2026-12-07T19:00',
        notes: 'elbow ok',
        sessionRpe: 8,
        performances: [
          // An ad-hoc exercise (not prescribed on Monday any more) with a blank set, then the row 3 × 10 @ 26 kg: 10, 9, 8 at RIR 0.
          {
            exerciseId: 'dumbbell-bench-press',
            sets: [
              { reps: 8, weightKg: 24, rir: 2 },
              { reps: null, weightKg: 24, done: false },
            ],
          },
          {
            exerciseId: 'dumbbell-bent-over-row',
            sets: [
              { reps: 10, weightKg: 26, rir: 0 },
              { reps: 9, weightKg: 26, rir: 0 },
              { reps: 8, weightKg: 26, rir: 0 },
            ],
          },
        ],
      }),
    ).logWorkout as {
      sessionId: string;
      sets: number;
      adjustments: Array<{ week: number; day: number; exerciseName: string; reason: string }>;
    };
    expect(r.sets).toBe(5);
    const after = await program();
    expect(after.weeks[0]?.days[0]).toMatchObject({ state: 'done', sessionId: r.sessionId });
    const changed = after.weeks[0]?.days[1]?.prescriptions[1];
    expect(changed?.exerciseId).toBe('dumbbell-bent-over-row');
    expect(changed?.loadKg).toBeLessThan(wednesdayRow?.loadKg ?? 0);
    expect(changed?.adjustment).toMatchObject({ by: 'autoregulation', date: '2026-12-07', previousLoadKg: wednesdayRow?.loadKg });
    expect(changed?.adjustment?.reason).toMatch(/reps short/);
    expect(r.adjustments).toContainEqual(expect.objectContaining({ week: 0, day: 1, reason: changed?.adjustment?.reason }));
    const session = ok(
      await s.gql(
        coach,
        'query($id: ID!) { session(id: $id) { date endedAt durationMin sessionRpe sets performances notes programId week day exercises { exerciseId sets { reps rir done } } } }',
        {
          id: r.sessionId,
        },
      ),
    ).session;
    expect(session).toMatchObject({
      date: '2026-12-07',
      endedAt: '2026-12-07T19:00:00',
      durationMin: 60,
      // The session RPE comes back (the edit form prefills it); the history counts done sets only: 4, not the blank one.
      sessionRpe: 8,
      sets: 4,
      performances: 2,
      notes: 'elbow ok',
      programId,
      week: 0,
      day: 0,
    });
    expect((session as { exercises: Array<{ sets: Array<{ done: boolean }> }> }).exercises[0]?.sets.map((x) => x.done)).toEqual([
      true,
      false,
    ]);
    const again = await log({ date: '2026-12-08', programId, week: 0, day: 0, performances: [press([8], 2)] });
    expect(message(again)).toMatch(/week 1, day 1 of program .* is already done/);
  });

  it('should move Friday to Saturday, refuse a date another day has and a day already done', async () => {
    const moved = ok(
      await s.gql(coach, `mutation($p: ID!) { moveSession(programId: $p, week: 0, day: 2, date: "2026-12-12") { ${PROGRAM} } }`, {
        p: programId,
      }),
    ).moveSession as Program;
    expect(moved.weeks[0]?.days[2]).toMatchObject({ date: '2026-12-12', dayOfWeek: 6, state: 'upcoming' });
    const clash = await s.gql(coach, 'mutation($p: ID!) { moveSession(programId: $p, week: 0, day: 1, date: "2026-12-12") { id } }', {
      p: programId,
    });
    expect(message(clash)).toMatch(/2026-12-12 already has week 1, day 3/);
    const done = await s.gql(coach, 'mutation($p: ID!) { moveSession(programId: $p, week: 0, day: 0, date: "2026-12-08") { id } }', {
      p: programId,
    });
    expect(message(done)).toMatch(/already done/);
    const far = await s.gql(coach, 'mutation($p: ID!) { moveSession(programId: $p, week: 0, day: 1, date: "2027-03-01") { id } }', {
      p: programId,
    });
    expect(message(far)).toMatch(/outside the block/);
  });

  it('should read the same compliance and ACWR on the roster and the athlete page, a skipped day not scheduled', async () => {
    const read = async () => {
      const roster = ok(await s.gql(coach, '{ athletes { id status { acwr compliance { completed prescribed ratio } } } }'))
        .athletes as Array<{
        id: string;
        status: unknown;
      }>;
      const page = ok(
        await s.gql(coach, 'query($a: ID!) { athlete(id: $a) { status { acwr compliance { completed prescribed ratio } } } }', {
          a: athleteId,
        }),
      ).athlete as { status: unknown };
      expect(roster.find((a) => a.id === athleteId)?.status).toEqual(page.status);
      return page.status as { acwr: number | null; compliance: { completed: number; prescribed: number; ratio: number | null } };
    };
    // Monday (done) is due; Wednesday is today and not yet logged, so not due before the day is over: 1 of 1.
    expect((await read()).compliance).toEqual({ completed: 1, prescribed: 1, ratio: 1 });
    expect((await program()).weeks[0]?.days[1]?.state).toBe('today');
    // Skipped, Wednesday stays out of the count (a skipped past day: complianceOf's unit tests).
    ok(await s.gql(coach, 'mutation($p: ID!) { skipSession(programId: $p, week: 0, day: 1, skipped: true) { id } }', { p: programId }));
    expect((await read()).compliance).toEqual({ completed: 1, prescribed: 1, ratio: 1 });
    ok(await s.gql(coach, 'mutation($p: ID!) { skipSession(programId: $p, week: 0, day: 1, skipped: false) { id } }', { p: programId }));
    const logged = ok(await log({ programId, week: 0, day: 1, performances: [press([8, 8, 8], 2)] })).logWorkout as { sessionId: string };
    const status = await read();
    expect(status.compliance).toEqual({ completed: 2, prescribed: 2, ratio: 1 });
    expect(status.acwr).not.toBeNull();
    // Editing the session keeps its id; deleting it opens Wednesday again and compliance follows.
    const updated = ok(
      await s.gql(coach, 'mutation($id: ID!, $i: LogWorkoutInput!) { updateWorkout(sessionId: $id, input: $i) { sessionId sets } }', {
        id: logged.sessionId,
        i: { athleteId, programId, week: 0, day: 1, performances: [press([8, 8, 8, 8], 2)] },
      }),
    ).updateWorkout;
    expect(updated).toEqual({ sessionId: logged.sessionId, sets: 4 });
    expect(ok(await s.gql(coach, 'mutation($id: ID!) { deleteWorkout(sessionId: $id) }', { id: logged.sessionId })).deleteWorkout).toBe(
      true,
    );
    expect((await read()).compliance).toEqual({ completed: 1, prescribed: 1, ratio: 1 });
    expect((await program()).weeks[0]?.days[1]?.state).toBe('today');
  });

  it('should save a template, assign it to two athletes each with their own dated copy, archive and delete', async () => {
    const template = ok(
      await s.gql(coach, 'mutation($p: ID!) { copyProgram(programId: $p, asTemplate: true) { id status } }', { p: programId }),
    ).copyProgram as { id: string; status: string };
    expect(template.status).toBe('template');
    const templates = ok(await s.gql(coach, '{ programTemplates { id } }')).programTemplates as Array<{ id: string }>;
    expect(templates.map((t) => t.id)).toContain(template.id);
    const assigned = ok(
      await s.gql(
        coach,
        'mutation($t: ID!, $a: [ID!]!) { assignTemplate(templateId: $t, athleteIds: $a, startDate: "2026-12-14") { id athleteId status startDate weeks { days { date sessionId } } } }',
        { t: template.id, a: [f.athleteA1, f.athleteA2] },
      ),
    ).assignTemplate as Array<{
      id: string;
      athleteId: string;
      status: string;
      startDate: string;
      weeks: Array<{ days: Array<{ date: string; sessionId: string | null }> }>;
    }>;
    expect(assigned.map((p) => [p.athleteId, p.status, p.startDate, p.weeks[0]?.days.map((d) => d.date)])).toEqual(
      [f.athleteA1, f.athleteA2].map((a) => [a, 'active', '2026-12-14', ['2026-12-14', '2026-12-16', '2026-12-19']]),
    );
    expect(new Set(assigned.map((p) => p.id)).size).toBe(2);
    const first = assigned[0]?.id ?? '';
    const refused = await s.gql(coach, 'mutation($p: ID!) { deleteProgram(programId: $p) }', { p: first });
    expect(message(refused)).toMatch(/archive it first/);
    expect(
      (
        ok(await s.gql(coach, 'mutation($p: ID!) { archiveProgram(programId: $p) { status } }', { p: first })).archiveProgram as {
          status: string;
        }
      ).status,
    ).toBe('archived');
    expect(ok(await s.gql(coach, 'mutation($p: ID!) { deleteProgram(programId: $p) }', { p: first })).deleteProgram).toBe(true);
    expect(ok(await s.gql(coach, 'mutation($p: ID!) { deleteProgram(programId: $p) }', { p: template.id })).deleteProgram).toBe(true);
  });
});
