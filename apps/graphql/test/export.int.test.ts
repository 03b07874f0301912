import { createExerciseMatcher, importWorkoutLog, LIFTGRAPH_CATALOG, parseLogJson } from '@liftgraph/domain';
import { AthleteHistoryRepository } from '@liftgraph/neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, PASSWORD } from './support/fixtures.js';
import { codeOf, type GqlResult, type Stack, startStack } from './support/stack.js';

interface ExportFile {
  filename: string;
  contentType: string;
  body: string;
}

const LOG = 'query($a: ID!, $f: String!) { exportLog(athleteId: $a, format: $f) { filename contentType body } }';
const PROGRAM = 'query($p: ID!) { exportProgram(programId: $p, format: "ics") { filename contentType body } }';
const file = (r: GqlResult, op: string): ExportFile => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return (r.data as Record<string, ExportFile>)[op] as ExportFile;
};

describe('data export over GraphQL (real stack): the log as Strong CSV and JSON, a program as iCalendar', () => {
  let s: Stack;
  let f: Fixture;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    s = await startStack();
    f = await createFixture(s.db);
    for (const role of ['coachA', 'coachB', 'athleteA1', 'analyst'] as const) tokens[role] = await s.login(f.emails[role], PASSWORD);
  });
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  it('should give the athlete their log as a Strong CSV that imports back into the stored log, exercise for exercise', async () => {
    const csv = file(await s.gql(tokens.athleteA1 ?? null, LOG, { a: f.athleteA1, f: 'strong-csv' }), 'exportLog');
    expect(csv.filename).toMatch(/^liftgraph-athlete-0-log-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    const stored = await new AthleteHistoryRepository(s.db).history(f.athleteA1);
    const sessions = stored?.sessions ?? [];
    expect(sessions.length).toBeGreaterThan(10);
    const log = await importWorkoutLog(csv.body);
    const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
    // Each session, exercise (re-matched to the catalog) and set as stored: reps, kg, RPE, set type.
    const shape = (ss: typeof sessions, id: (name: string) => string | null) =>
      ss.map((x) => ({
        startedAt: x.startedAt,
        exercises: x.performances.map((p) => ({
          id: id(p.exerciseName),
          sets: p.sets.map((set) => [set.type, set.reps, set.weightKg, set.rpe]),
        })),
      }));
    expect(shape(log.sessions, (name) => matcher.match(name).exerciseId)).toEqual(shape(sessions, (id) => id));
  });

  it('should give the coach the same log as versioned JSON with the catalog ids', async () => {
    const json = file(await s.gql(tokens.coachA ?? null, LOG, { a: f.athleteA1, f: 'json' }), 'exportLog');
    expect(json.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(json.body)).toMatchObject({ format: 'liftgraph.workout-log', version: 1, athlete: { id: f.athleteA1 } });
    const stored = await new AthleteHistoryRepository(s.db).history(f.athleteA1);
    const ids = (JSON.parse(json.body) as { sessions: Array<{ exercises: Array<{ exerciseId: string }> }> }).sessions.flatMap((x) =>
      x.exercises.map((e) => e.exerciseId),
    );
    expect(ids).toEqual(stored?.sessions.flatMap((x) => x.performances.map((p) => p.exerciseName)));
    expect(parseLogJson(json.body).sessions).toHaveLength(stored?.sessions.length ?? -1);
  });

  it('should give the program as iCalendar: one event per day on its date, the prescriptions in the description', async () => {
    const ics = file(await s.gql(tokens.coachA ?? null, PROGRAM, { p: f.programA1 }), 'exportProgram');
    expect(ics.contentType).toBe('text/calendar; charset=utf-8');
    expect(ics.filename).toMatch(/\.ics$/);
    const program = (
      await s.gql(tokens.coachA ?? null, 'query($p: ID!) { program(id: $p) { weeks { days { date prescriptions { exerciseName } } } } }', {
        p: f.programA1,
      })
    ).data?.program as { weeks: Array<{ days: Array<{ date: string; prescriptions: Array<{ exerciseName: string }> }> }> };
    const days = program.weeks.flatMap((w) => w.days);
    expect(days.length).toBeGreaterThan(0);
    const lines = ics.body.replace(/\r\n /g, '').split('\r\n');
    expect(lines.filter((l) => l.startsWith('DTSTART;VALUE=DATE:'))).toEqual(
      days.map((d) => `DTSTART;VALUE=DATE:${d.date.replaceAll('-', '')}`),
    );
    const first = days[0]?.prescriptions[0]?.exerciseName ?? '?';
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain(first.replace(/[,;]/g, (c) => `\\${c}`));
  });

  it("should refuse another coach's athlete and program, an analyst, and an unknown format", async () => {
    for (const [role, query, vars] of [
      ['coachB', LOG, { a: f.athleteA1, f: 'json' }],
      ['analyst', LOG, { a: f.athleteA1, f: 'strong-csv' }],
      ['athleteA1', LOG, { a: f.athleteB1, f: 'json' }],
      ['coachB', PROGRAM, { p: f.programA1 }],
      ['athleteA1', PROGRAM, { p: f.programB1 }],
    ] as const) {
      const r = await s.gql(tokens[role] ?? null, query, vars);
      expect(r.data?.exportLog ?? r.data?.exportProgram ?? null, `${role}`).toBeNull();
      expect(codeOf(r), `${role}`).toBe('FORBIDDEN');
    }
    expect(codeOf(await s.gql(tokens.coachA ?? null, LOG, { a: f.athleteA1, f: 'xlsx' }))).toBe('BAD_USER_INPUT');
  });
});
