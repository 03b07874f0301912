import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, fixtureFootprint, PASSWORD } from './support/fixtures.js';
import { codeOf, type Stack, startStack } from './support/stack.js';

type Target = { athleteId: string; programId: string };
interface Operation {
  name: string;
  write: boolean;
  query: string;
  vars: (t: Target) => Record<string, unknown>;
}

const WORKOUT = '{exerciseId: "barbell-back-squat", sets: [{reps: 5, weightKg: 60}]}';
const CSV =
  'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes\n2024-05-06 09:00:00;"A";"Squat (Barbell)";1;80;kg;5;;;;0;;';

// Every query and mutation that touches athlete-owned data, aimed at someone else's athlete/program.
const OPERATIONS: Operation[] = [
  { name: 'athlete', write: false, query: 'query($a: ID!) { athlete(id: $a) { id name } }', vars: (t) => ({ a: t.athleteId }) },
  {
    name: 'athlete.sessions',
    write: false,
    query: 'query($a: ID!) { athlete(id: $a) { sessions { sessions { id } } } }',
    vars: (t) => ({ a: t.athleteId }),
  },
  {
    name: 'athlete.metrics',
    write: false,
    query:
      'query($a: ID!) { athlete(id: $a) { status { acwr } weeklyLoad { load } weeklyHardSets { weekStart } e1rmSeries(exerciseId: "barbell-back-squat") { e1rmKg } } }',
    vars: (t) => ({ a: t.athleteId }),
  },
  { name: 'programs', write: false, query: 'query($a: ID!) { programs(athleteId: $a) { id } }', vars: (t) => ({ a: t.athleteId }) },
  {
    name: 'program',
    write: false,
    query: 'query($p: ID!) { program(id: $p) { id weeks { days { label } } } }',
    vars: (t) => ({ p: t.programId }),
  },
  {
    name: 'predictions',
    write: false,
    query: 'query($a: ID!) { predictions(athleteId: $a) { exerciseId } }',
    vars: (t) => ({ a: t.athleteId }),
  },
  {
    name: 'exportLog',
    write: false,
    query: 'query($a: ID!) { exportLog(athleteId: $a, format: "strong-csv") { filename body } }',
    vars: (t) => ({ a: t.athleteId }),
  },
  {
    name: 'exportProgram',
    write: false,
    query: 'query($p: ID!) { exportProgram(programId: $p, format: "ics") { filename body } }',
    vars: (t) => ({ p: t.programId }),
  },
  {
    name: 'generateProgram',
    write: true,
    query: 'mutation($a: ID!) { generateProgram(input: {athleteId: $a, daysPerWeek: 3, goal: "strength"}) { id } }',
    vars: (t) => ({ a: t.athleteId }),
  },
  {
    name: 'assignProgram',
    write: true,
    query: 'mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id } }',
    vars: (t) => ({ p: t.programId, a: t.athleteId }),
  },
  {
    name: 'updatePrescription',
    write: true,
    query: 'mutation($p: ID!) { updatePrescription(programId: $p, week: 0, day: 0, order: 0, patch: {sets: 9}) { id } }',
    vars: (t) => ({ p: t.programId }),
  },
  {
    name: 'logWorkout',
    write: true,
    query: `mutation($a: ID!) { logWorkout(input: {athleteId: $a, performances: [${WORKOUT}]}) { sessionId } }`,
    vars: (t) => ({ a: t.athleteId }),
  },
  {
    name: 'importWorkoutLog',
    write: true,
    query: 'mutation($a: ID!, $csv: String!) { importWorkoutLog(athleteId: $a, csv: $csv) { sessions } }',
    vars: (t) => ({ a: t.athleteId, csv: CSV }),
  },
];

// Operations that are role-gated rather than owner-gated.
const ROLE_GATED: Array<{ name: string; query: string; allowed: string[] }> = [
  { name: 'athletes', query: '{ athletes { id } }', allowed: ['coachA', 'athleteA1', 'admin'] },
  { name: 'exerciseUsage', query: '{ exerciseUsage { exerciseId } }', allowed: ['analyst', 'admin'] },
  { name: 'populationSummary', query: '{ populationSummary { athletes } }', allowed: ['analyst', 'admin'] },
  { name: 'modelVersions', query: '{ modelVersions { id } }', allowed: ['coachA', 'analyst', 'admin'] },
  { name: 'trainModel', query: 'mutation { trainModel(epochs: 1) { id } }', allowed: [] },
  { name: 'exercises', query: '{ exercises(limit: 1) { id } }', allowed: ['coachA', 'athleteA1', 'analyst', 'admin'] },
];

const REFUSED = ['UNAUTHENTICATED', 'FORBIDDEN'];

describe('authorization matrix', () => {
  let s: Stack;
  let f: Fixture;
  const tokens: Record<string, string | null> = { anonymous: null };

  beforeAll(async () => {
    s = await startStack();
    f = await createFixture(s.db);
    for (const role of ['coachA', 'athleteA1', 'analyst', 'admin'] as const) tokens[role] = await s.login(f.emails[role], PASSWORD);
  });
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  it("should refuse every operation on another coach's athlete and program for every non-admin role, writing nothing", async () => {
    const before = await fixtureFootprint(s.db, f);
    const leaks: string[] = [];
    const otherCoach: Target = { athleteId: f.athleteB1, programId: f.programB1 };
    // The athlete is also aimed at a teammate (same coach, not themself).
    const teammate: Target = { athleteId: f.athleteA2, programId: f.programB1 };
    let cells = 0;
    for (const role of ['anonymous', 'coachA', 'athleteA1', 'analyst']) {
      for (const target of role === 'athleteA1' ? [otherCoach, teammate] : [otherCoach]) {
        for (const op of OPERATIONS) {
          cells++;
          const r = await s.gql(tokens[role] ?? null, op.query, op.vars(target));
          const data = r.data === null ? null : Object.values(r.data)[0];
          if (data != null || !REFUSED.includes(codeOf(r) ?? ''))
            leaks.push(`${role} → ${op.name}(${target.athleteId}): ${JSON.stringify(r).slice(0, 200)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(cells).toBe(5 * OPERATIONS.length);
    expect(await fixtureFootprint(s.db, f)).toBe(before);
  });

  it('should let the coach read their own athlete and the admin read anyone (reads are not simply all refused)', async () => {
    for (const op of OPERATIONS.filter((o) => !o.write && o.name !== 'predictions')) {
      for (const [role, target] of [
        ['coachA', { athleteId: f.athleteA1, programId: f.programA1 }],
        ['athleteA1', { athleteId: f.athleteA1, programId: f.programA1 }],
        ['admin', { athleteId: f.athleteB1, programId: f.programB1 }],
      ] as const) {
        const r = await s.gql(tokens[role] ?? null, op.query, op.vars(target));
        expect(r.errors, `${role} → ${op.name}`).toBeUndefined();
      }
    }
  });

  it.each(ROLE_GATED)('should gate $name by role', async ({ query, allowed }) => {
    for (const role of ['anonymous', 'coachA', 'athleteA1', 'analyst', 'admin']) {
      if (role === 'admin' && query.startsWith('mutation')) continue; // the admin's run is covered in api-operations
      const r = await s.gql(tokens[role] ?? null, query);
      if (allowed.includes(role)) expect(r.errors, role).toBeUndefined();
      else expect(REFUSED, role).toContain(codeOf(r));
    }
  });

  it('should show a coach only their athletes and an athlete only themself in the roster', async () => {
    const coach = await s.gql(tokens.coachA ?? null, '{ athletes { id } }');
    expect((coach.data?.athletes as Array<{ id: string }>).map((a) => a.id).sort()).toEqual([f.athleteA1, f.athleteA2].sort());
    const athlete = await s.gql(tokens.athleteA1 ?? null, '{ athletes { id } }');
    expect(athlete.data?.athletes).toEqual([{ id: f.athleteA1 }]);
  });
});
