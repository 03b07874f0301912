import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../migrate/migrate.js';
import { testGraphDb } from '../testing/test-graph-db.js';
import { CREATE_SESSION_TREES, PUBLISH_SESSION_TREES, STAGE_SESSION_TREES } from './session-tree.cypher.js';

// The bulk statements of an import must stream: an Eager operator would hold every row of a batch
// (and the planner adds one as soon as it cannot prove a write does not affect a later read).
interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}
const operators = (p: PlanNode): string[] => [p.operatorType.replace(/@.*$/, ''), ...p.children.flatMap(operators)];

const db = testGraphDb();
beforeAll(async () => {
  await migrate(db);
});
afterAll(async () => {
  await db.close();
});

async function plan(statement: string): Promise<string[]> {
  const params = { athleteId: 'a', importId: 'i', exerciseIds: [], exerciseIndex: {}, rows: [], ids: [] };
  const { summary } = await db.driver.executeQuery(`EXPLAIN ${statement}`, params, { database: db.database });
  return operators(summary.plan as unknown as PlanNode);
}

describe('session-tree statements (planned by the real Neo4j)', () => {
  it.each([
    ['CREATE_SESSION_TREES', CREATE_SESSION_TREES],
    ['STAGE_SESSION_TREES', STAGE_SESSION_TREES],
  ])('%s should have no Eager barrier and no per-performance index lookup', async (_name, statement) => {
    const ops = await plan(statement);
    expect(ops).not.toContain('Eager');
    // Seeks only for the athlete, the import and the exercise list: none under the UNWIND of performances.
    expect(ops.filter((o) => o.includes('IndexSeek')).length).toBeLessThanOrEqual(3);
    expect(ops).toContain('Create');
  });

  it('PUBLISH_SESSION_TREES should reach performances by traversal from their session, not by index', async () => {
    const ops = await plan(PUBLISH_SESSION_TREES);
    expect(ops).toContain('Expand(All)');
    // Athlete, Import, the exercise list and the staged session: one seek each per statement or session row.
    expect(ops.filter((o) => o.includes('IndexSeek')).length).toBeLessThanOrEqual(4);
  });
});
