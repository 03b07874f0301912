import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, PASSWORD } from './support/fixtures.js';
import { type Stack, startStack } from './support/stack.js';

// The query of bench/dashboard.bench.mjs.
const DASHBOARD = `{ athletes { id name status { asOf acwr monotony strain weekLoadAu lastSessionDate daysSinceLastSession
  compliance { programId ratio completed prescribed } flags { code message } } } }`;

interface Row {
  id: string;
  status: { weekLoadAu: number; lastSessionDate: string | null } & Record<string, unknown>;
}
const rows = (data: Record<string, unknown> | null): Row[] => (data?.athletes ?? []) as Row[];

describe('coach dashboard: one statement per request, no process state', () => {
  let s: Stack;
  let f: Fixture;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    s = await startStack();
    f = await createFixture(s.db);
    for (const key of ['coachA', 'athleteA1'] as const) t[key] = await s.login(f.emails[key], PASSWORD);
  });
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  it("should read the coach's roster with every athlete's status in one repository call", async () => {
    const r = await s.gql(t.coachA ?? null, DASHBOARD);
    expect(r.errors).toBeUndefined();
    expect(
      rows(r.data)
        .map((a) => a.id)
        .sort(),
    ).toEqual([f.athleteA1, f.athleteA2].sort());
    expect(rows(r.data).every((a) => a.status.lastSessionDate !== null && a.status.weekLoadAu >= 0)).toBe(true);
    expect(r.extensions?.queryCounts).toEqual({ 'roster.roster': 1 });
  });

  it('should see status asked for through a fragment and skip it when not asked for', async () => {
    const spread = await s.gql(t.coachA ?? null, '{ athletes { id ...S } } fragment S on Athlete { status { acwr } }');
    expect(spread.errors).toBeUndefined();
    expect(spread.extensions?.queryCounts).toEqual({ 'roster.roster': 1 });
    const plain = await s.gql(t.coachA ?? null, '{ athletes { id name } }');
    expect(plain.extensions?.queryCounts).toEqual({ 'roster.roster': 1 });
    expect(rows(plain.data)).toHaveLength(2);
  });

  it('should give each athlete the same status as the single-athlete query (batched and per-id reads agree)', async () => {
    const roster = rows((await s.gql(t.coachA ?? null, DASHBOARD)).data);
    for (const a of roster) {
      const one = await s.gql(
        t.coachA ?? null,
        `query($id: ID!) { athlete(id: $id) { id status { asOf acwr monotony strain weekLoadAu lastSessionDate
        daysSinceLastSession compliance { programId ratio completed prescribed } flags { code message } } } }`,
        { id: a.id },
      );
      expect(one.extensions?.queryCounts?.['roster.statusInputs']).toBe(1);
      expect((one.data?.athlete as Row).status).toEqual(a.status);
    }
  });

  it('should show a workout logged through one replica on the dashboard of another at once', async () => {
    const other = await s.replica();
    const loadOf = async (): Promise<Row['status']> => {
      const r = await other.gql(t.coachA ?? null, DASHBOARD);
      expect(r.errors).toBeUndefined();
      const row = rows(r.data).find((a) => a.id === f.athleteA1);
      if (row === undefined) throw new Error(`athlete ${f.athleteA1} missing from the dashboard`);
      return row.status;
    };
    const before = await loadOf();
    const logged = await s.gql(
      t.athleteA1 ?? null,
      `mutation($a: ID!) { logWorkout(input: {athleteId: $a, sessionRpe: 8, durationMin: 60,
      performances: [{exerciseId: "barbell-back-squat", sets: [{reps: 5, weightKg: 100}]}]}) { sessionId } }`,
      { a: f.athleteA1 },
    );
    expect(logged.errors).toBeUndefined();
    const after = await loadOf();
    expect(after.weekLoadAu).toBeGreaterThan(before.weekLoadAu);
    expect(after.lastSessionDate).toBe(new Date().toISOString().slice(0, 10));
  });
});
