import { buildProgram, describeFieldErrors, parsePlanRequest, PLAN_REQUEST_BOUNDS, programSchema } from '@liftgraph/domain/program';
import { ProgramRepository } from '@liftgraph/neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, fixtureFootprint, PASSWORD } from './support/fixtures.js';
import { codeOf, type Stack, startStack } from './support/stack.js';

/** Every field of the contract (@liftgraph/domain/program), as GraphQL's one Program selects them. */
const CONTRACT = `id athleteId daysPerWeek goal startDate weeks { index deload days { index dayOfWeek date status label prescriptions {
  exerciseId exerciseName primaryMuscles secondaryMuscles sets reps loadKg loadPerHand bodyweight restSec targetRpe rationale details locked
  adjustment { reason } source } } }`;

const ASSIGN = 'mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id status athleteId } }';

describe('programs: an athlete follows exactly one active program; one contract from planner to GraphQL', () => {
  let s: Stack;
  let f: Fixture;
  let next: string;
  const t: Record<string, string> = {};

  const statuses = async (athleteId: string, token = t.coachA): Promise<Record<string, string>> => {
    const r = await s.gql(token ?? null, 'query($a: ID!) { programs(athleteId: $a) { id status } }', { a: athleteId });
    expect(r.errors).toBeUndefined();
    return Object.fromEntries((r.data?.programs as Array<{ id: string; status: string }>).map((p) => [p.id, p.status]));
  };
  const active = (byId: Record<string, string>): string[] => Object.keys(byId).filter((id) => byId[id] === 'active');

  beforeAll(async () => {
    s = await startStack();
    f = await createFixture(s.db);
    for (const key of ['coachA', 'coachB', 'admin'] as const) t[key] = await s.login(f.emails[key], PASSWORD);
    next = `${f.prefix}-prog-a1-next`;
    // A draft for the athlete (programs are always for an athlete): listed, not active, until assigned.
    await new ProgramRepository(s.db).save(
      buildProgram({
        programId: next,
        athleteId: f.athleteA1,
        goal: 'hypertrophy',
        daysPerWeek: 3,
        weeks: [
          {
            days: [
              {
                dayOfWeek: 1,
                label: 'Full body',
                prescriptions: [
                  {
                    exerciseId: 'barbell-bench-press',
                    exerciseName: 'Barbell Bench Press',
                    primaryMuscles: ['chest'],
                    reps: 10,
                    loadKg: 60,
                    restSec: 120,
                    rationale: 'fixture',
                  },
                ],
              },
            ],
          },
        ],
      }),
      { name: 'Next block', coachId: f.coachA },
    );
  });
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  it('should archive the older active program in the same transaction and count compliance against the new one', async () => {
    expect(await statuses(f.athleteA1)).toEqual({ [f.programA1]: 'active', [next]: 'draft' });
    const r = await s.gql(t.coachA ?? null, ASSIGN, { p: next, a: f.athleteA1 });
    expect(r.errors).toBeUndefined();
    expect(r.data?.assignProgram).toEqual({ id: next, status: 'active', athleteId: f.athleteA1 });
    expect(await statuses(f.athleteA1)).toEqual({ [f.programA1]: 'archived', [next]: 'active' });
    const dash = await s.gql(t.coachA ?? null, '{ athletes { id status { compliance { programId } } } }');
    const a1 = (dash.data?.athletes as Array<{ id: string; status: { compliance: { programId: string } | null } }>).find(
      (a) => a.id === f.athleteA1,
    );
    expect(a1?.status.compliance?.programId).toBe(next);
    // Another coach's athlete keeps their own active program.
    expect(await statuses(f.athleteB1, t.coachB)).toEqual({ [f.programB1]: 'active' });
  });

  it('should bring an archived program back as the only active one', async () => {
    const r = await s.gql(t.coachA ?? null, ASSIGN, { p: f.programA1, a: f.athleteA1 });
    expect(r.errors).toBeUndefined();
    expect(await statuses(f.athleteA1)).toEqual({ [f.programA1]: 'active', [next]: 'archived' });
  });

  it('should leave exactly one active program when two assignments race', async () => {
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([next, f.programA1].map((p) => s.gql(t.coachA ?? null, ASSIGN, { p, a: f.athleteA1 })));
      expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(active(await statuses(f.athleteA1))).toHaveLength(1);
    }
  });

  it('should refuse an unknown program or athlete and write nothing', async () => {
    const before = [await fixtureFootprint(s.db, f), await statuses(f.athleteA1)];
    expect(codeOf(await s.gql(t.admin ?? null, ASSIGN, { p: `${f.prefix}-no-such-program`, a: f.athleteA1 }))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(t.admin ?? null, ASSIGN, { p: next, a: `${f.prefix}-no-such-athlete` }))).toBe('NOT_FOUND');
    expect([await fixtureFootprint(s.db, f), await statuses(f.athleteA1)]).toEqual(before);
  });

  // One program contract: planner → Neo4j → GraphQL, and one bound error everywhere.
  it('should read a program back through GraphQL equal to the contract the planner answered with', async () => {
    // Straight from the planner process (what the planner generated, stored and answered) ...
    const res = await fetch(`${s.planner.url}/programs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ athleteId: f.athleteA1, daysPerWeek: 5, weeks: 4, goal: 'strength' }),
    });
    expect(res.status).toBe(201);
    const planned = programSchema.parse(await res.json());
    expect(planned.weeks.map((w) => [w.index, w.days.map((d) => [d.index, d.dayOfWeek])])).toEqual(
      [0, 1, 2, 3].map((w) => [w, planned.weeks[0]?.days.map((d) => [d.index, d.dayOfWeek])]),
    );
    expect(
      planned.weeks.some((w) => w.deload),
      'a 4-week block has a deload week',
    ).toBe(true);
    // ... read back from Neo4j through GraphQL's one Program: the same weeks, days and prescriptions, field for field.
    const read = await s.gql(t.coachA ?? null, `query($id: ID!) { program(id: $id) { ${CONTRACT} } }`, { id: planned.programId });
    expect(read.errors).toBeUndefined();
    const { id, ...rest } = read.data?.program as { id: string } & Record<string, unknown>;
    expect(programSchema.parse({ programId: id, ...rest })).toEqual(planned);
    expect({ programId: id, ...rest }).toEqual(planned);

    // generateProgram answers the stored program in the same shape; the stored one reads back equal.
    const generated = await s.gql(
      t.coachA ?? null,
      `mutation($a: ID!) { generateProgram(input: {athleteId: $a, daysPerWeek: 3, goal: "hypertrophy", weeks: 2}) { ${CONTRACT} name status } }`,
      { a: f.athleteA1 },
    );
    expect(generated.errors).toBeUndefined();
    const program = generated.data?.generateProgram as { id: string; name: string; status: string };
    expect(program).toMatchObject({ athleteId: f.athleteA1, daysPerWeek: 3, status: 'draft', name: '3-day hypertrophy block (2 wk)' });
    const again = await s.gql(t.coachA ?? null, `query($id: ID!) { program(id: $id) { ${CONTRACT} name status } }`, { id: program.id });
    expect(again.data?.program).toEqual(program);
  });

  it('should refuse a 16-week block with the same bound error as the domain and the planner, and write nothing', async () => {
    const request = { athleteId: f.athleteA1, daysPerWeek: 3, weeks: 16 };
    const domain = parsePlanRequest(request);
    if (domain.ok) throw new Error('the domain accepted 16 weeks');
    expect(PLAN_REQUEST_BOUNDS.weeks.max).toBe(12);
    const planner = await fetch(`${s.planner.url}/programs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    expect(planner.status).toBe(400);
    const plannerMessage = ((await planner.json()) as { message: string }).message;
    const before = await fixtureFootprint(s.db, f);
    const r = await s.gql(
      t.coachA ?? null,
      'mutation($a: ID!) { generateProgram(input: {athleteId: $a, daysPerWeek: 3, goal: "general", weeks: 16}) { id } }',
      { a: f.athleteA1 },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect([r.errors?.[0]?.message, plannerMessage]).toEqual([describeFieldErrors(domain.errors), describeFieldErrors(domain.errors)]);
    expect(r.errors?.[0]?.message).toBe('weeks must be a whole number from 1 to 12, got 16');
    expect(await fixtureFootprint(s.db, f)).toBe(before);
  });
});
