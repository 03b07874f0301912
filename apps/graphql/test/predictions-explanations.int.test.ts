import { TRANSFERS_TO } from '@liftgraph/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, PASSWORD } from './support/fixtures.js';
import { codeOf, type Stack, startStack } from './support/stack.js';

interface Target {
  target: string;
  baseValue: number;
  prediction: number;
  otherContribution: number;
  efficiencyGap: number;
  reasons: Array<{ label: string; contribution: number; direction: string }>;
}
interface Prediction {
  exerciseId: string;
  source: string;
  rationale: string;
  reasons: Array<{ feature: string; note: string | null }>;
  explanation: { status: string; note: string; role: string | null; model: { name: string; verdict: string } | null; targets: Target[] };
}

describe('GraphQL predictions with SHAP explanations and exercise neighbours (real planner, real Neo4j)', () => {
  let s: Stack;
  let f: Fixture;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    s = await startStack();
    f = await createFixture(s.db);
    for (const k of ['coachA', 'analyst'] as const) t[k] = await s.login(f.emails[k], PASSWORD);
  });
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  it("should pass the planner's explanation of each prediction through: SHAP that adds up, or why there is none", async () => {
    const r = await s.gql(
      t.coachA ?? null,
      `query($a: ID!) { predictions(athleteId: $a) {
      exerciseId source rationale reasons { feature note }
      explanation { status note role model { name verdict } targets { target baseValue prediction otherContribution efficiencyGap reasons { label contribution direction } } }
    } }`,
      { a: f.athleteA1 },
    );
    expect(r.errors).toBeUndefined();
    const list = r.data?.predictions as Prediction[];
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) {
      expect(['gnn', 'rules']).toContain(p.source);
      expect(p.explanation.note.length).toBeGreaterThan(0);
      if (p.source === 'rules') expect(p.reasons.some((x) => x.feature.startsWith('rule:') && x.note)).toBe(true);
      // Which model the shared test registry holds is not ours to decide; each state must be consistent.
      if (p.explanation.status === 'shap') {
        expect(p.explanation.role).toBe(p.source === 'gnn' ? 'served' : 'model-view');
        expect(p.explanation.model?.name).toBeTruthy();
        for (const target of p.explanation.targets) {
          const sum = target.baseValue + target.reasons.reduce((a, x) => a + x.contribution, 0) + target.otherContribution;
          expect(Math.abs(sum - target.prediction)).toBeLessThan(1e-3);
          expect(target.efficiencyGap).toBeLessThan(1e-3);
        }
      } else {
        expect(p.explanation).toMatchObject({ role: null, model: null, targets: [] });
      }
    }
  });

  it("should list an exercise's TRANSFERS_TO neighbours in both directions and its SIMILAR_TO neighbours", async () => {
    const r = await s.gql(
      t.analyst ?? null,
      `{ exerciseNeighbours(id: "barbell-back-squat", limit: 20) { kind direction weight basis exercise { id name } } }`,
    );
    expect(r.errors).toBeUndefined();
    const list = r.data?.exerciseNeighbours as Array<{ kind: string; direction: string; weight: number; exercise: { id: string } }>;
    const ids = (kind: string, direction: string) =>
      list
        .filter((n) => n.kind === kind && n.direction === direction)
        .map((n) => n.exercise.id)
        .sort();
    expect(ids('TRANSFERS_TO', 'out')).toEqual(
      TRANSFERS_TO.filter((e) => e.from === 'barbell-back-squat')
        .map((e) => e.to)
        .sort(),
    );
    expect(ids('TRANSFERS_TO', 'in')).toEqual(
      TRANSFERS_TO.filter((e) => e.to === 'barbell-back-squat')
        .map((e) => e.from)
        .sort(),
    );
    expect(ids('SIMILAR_TO', 'out').length).toBeGreaterThan(0);
  });

  it('should refuse an out-of-range limit naming the argument', async () => {
    const r = await s.gql(t.analyst ?? null, '{ exerciseNeighbours(id: "barbell-back-squat", limit: 0) { kind } }');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/limit/);
  });
});
