import { ProgramRepository } from '@liftgraph/neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, fixtureFootprint, PASSWORD } from './support/fixtures.js';
import { codeOf, type Stack, startStack } from './support/stack.js';

const ASSIGN = 'mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id status athleteId } }';

describe('assignProgram: an athlete follows exactly one active program', () => {
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
    await new ProgramRepository(s.db).save({
      id: next, name: 'Next block', daysPerWeek: 3, weeks: 4, goal: 'hypertrophy', status: 'draft', coachId: f.coachA,
      days: [{ index: 0, label: 'Full body', prescriptions: [{ order: 0, exerciseId: 'barbell-bench-press', sets: 3, reps: 10, weightKg: 60, restSec: 120, targetRpe: 8, rationale: 'fixture' }] }],
    });
  });
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  it('should archive the older active program in the same transaction and count compliance against the new one', async () => {
    expect(await statuses(f.athleteA1)).toEqual({ [f.programA1]: 'active' });
    const r = await s.gql(t.coachA ?? null, ASSIGN, { p: next, a: f.athleteA1 });
    expect(r.errors).toBeUndefined();
    expect(r.data?.assignProgram).toEqual({ id: next, status: 'active', athleteId: f.athleteA1 });
    expect(await statuses(f.athleteA1)).toEqual({ [f.programA1]: 'archived', [next]: 'active' });
    const dash = await s.gql(t.coachA ?? null, '{ athletes { id status { compliance { programId } } } }');
    const a1 = (dash.data?.athletes as Array<{ id: string; status: { compliance: { programId: string } | null } }>).find((a) => a.id === f.athleteA1);
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
});
