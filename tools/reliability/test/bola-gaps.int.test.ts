import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, fixtureFootprint, PASSWORD } from '../../../apps/graphql/test/support/fixtures.js';
import { codeOf, type Stack, startStack } from '../../../apps/graphql/test/support/stack.js';

// OWASP API1 (BOLA), the cases apps/graphql/test/authorization-matrix.int.test.ts does not aim at:
// mixed ownership inside one request (my program + your athlete, your program + my athlete), and an
// athlete reaching a sibling athlete of the same coach. Every refusal must leave the graph unchanged.
const WORKOUT = '{exerciseId: "barbell-back-squat", sets: [{reps: 5, weightKg: 60}]}';
const REFUSED = ['FORBIDDEN', 'NOT_FOUND'];

describe('BOLA: object ids mixed across owners', () => {
  let s: Stack;
  let f: Fixture;
  let coachA: string;
  let athleteA1: string;

  beforeAll(async () => {
    s = await startStack();
    f = await createFixture(s.db);
    coachA = await s.login(f.emails.coachA, PASSWORD);
    athleteA1 = await s.login(f.emails.athleteA1, PASSWORD);
  }, 300_000);
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  const refusedWithoutWrites = async (
    token: string,
    query: string,
    variables: Record<string, unknown>,
    codes = REFUSED,
  ): Promise<string> => {
    const before = await fixtureFootprint(s.db, f);
    const r = await s.gql(token, query, variables);
    expect(codes, `${query} → ${JSON.stringify(r.errors ?? r.data)}`).toContain(codeOf(r));
    expect(await fixtureFootprint(s.db, f)).toBe(before);
    return r.errors?.[0]?.message ?? '';
  };

  it("should refuse a coach assigning their own program to another coach's athlete", async () => {
    await refusedWithoutWrites(coachA, 'mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id } }', {
      p: f.programA1,
      a: f.athleteB1,
    });
  });

  it("should refuse a coach assigning another coach's program to their own athlete", async () => {
    await refusedWithoutWrites(coachA, 'mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id } }', {
      p: f.programB1,
      a: f.athleteA1,
    });
  });

  it("should refuse logging a session of one's own athlete against another coach's program, saying no more than for a made-up id", async () => {
    const log = `mutation($a: ID!, $p: ID!) { logWorkout(input: {athleteId: $a, programId: $p, performances: [${WORKOUT}]}) { sessionId } }`;
    // The API answers "program … is not assigned to athlete …" (BAD_USER_INPUT): the same for a program that does not exist.
    const codes = [...REFUSED, 'BAD_USER_INPUT'];
    for (const token of [coachA, athleteA1]) {
      const foreign = await refusedWithoutWrites(token, log, { a: f.athleteA1, p: f.programB1 }, codes);
      const madeUp = await refusedWithoutWrites(token, log, { a: f.athleteA1, p: `${f.prefix}-no-such-program` }, codes);
      expect(foreign.replace(f.programB1, 'ID')).toBe(madeUp.replace(`${f.prefix}-no-such-program`, 'ID'));
    }
  });

  it('should keep an athlete away from a sibling athlete of the same coach', async () => {
    for (const [query, variables] of [
      ['query($a: ID!) { athlete(id: $a) { id } }', { a: f.athleteA2 }],
      ['query($a: ID!) { programs(athleteId: $a) { id } }', { a: f.athleteA2 }],
      ['query($a: ID!) { predictions(athleteId: $a) { exerciseId } }', { a: f.athleteA2 }],
      [`mutation($a: ID!) { logWorkout(input: {athleteId: $a, performances: [${WORKOUT}]}) { sessionId } }`, { a: f.athleteA2 }],
      ['mutation($a: ID!) { generateProgram(input: {athleteId: $a, daysPerWeek: 3, goal: "strength"}) { id } }', { a: f.athleteA2 }],
    ] as const) {
      await refusedWithoutWrites(athleteA1, query, variables);
    }
  });

  it('should not let an athlete rewrite their own program or assign it (coach-only writes)', async () => {
    await refusedWithoutWrites(
      athleteA1,
      'mutation($p: ID!) { updatePrescription(programId: $p, week: 0, day: 0, order: 0, patch: {sets: 9}) { id } }',
      { p: f.programA1 },
    );
    await refusedWithoutWrites(athleteA1, 'mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id } }', {
      p: f.programA1,
      a: f.athleteA1,
    });
  });

  it('should still let the coach do the same things with their own objects (the refusals are about ownership)', async () => {
    const r = await s.gql(coachA, 'mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id } }', {
      p: f.programA1,
      a: f.athleteA2,
    });
    expect(r.errors).toBeUndefined();
  });
});
