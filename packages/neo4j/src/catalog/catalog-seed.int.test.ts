import { LIFTGRAPH_CATALOG } from '@liftgraph/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../migrate/migrate.js';
import { testGraphDb } from '../testing/test-graph-db.js';
import { buildCatalogRows } from './catalog-rows.mapper.js';
import { seedCatalog } from './catalog-seed.repository.js';

const db = testGraphDb();
beforeAll(() => migrate(db));
afterAll(() => db.close());

async function catalogCounts(): Promise<Record<string, number>> {
  const { records } = await db.driver.executeQuery(
    `MATCH (e:Exercise) WHERE e.source <> 'custom'
     RETURN count(e) AS exercises,
       sum(COUNT { (e)-[:TARGETS]->() }) AS targets,
       sum(COUNT { (e)-[:HAS_PATTERN]->() }) AS patterns,
       sum(COUNT { (e)-[:SIMILAR_TO]->() }) AS similar,
       sum(COUNT { (e)-[:TRANSFERS_TO]->() }) AS transfers`,
    {},
    { database: db.database },
  );
  const r = records[0];
  return Object.fromEntries(['exercises', 'targets', 'patterns', 'similar', 'transfers'].map((k) => [k, Number(r?.get(k))]));
}

describe('seedCatalog', () => {
  it('should store the whole catalog and change nothing when run a second time', async () => {
    await seedCatalog(db);
    const before = await catalogCounts();
    const second = await seedCatalog(db);
    expect(second).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await catalogCounts()).toEqual(before);
    const rows = buildCatalogRows();
    expect(before).toEqual({
      exercises: LIFTGRAPH_CATALOG.length,
      targets: rows.targets.length,
      patterns: LIFTGRAPH_CATALOG.length,
      similar: rows.similar.length,
      transfers: rows.transfers.length,
    });
  });

  it('should store TARGETS with role and share and SIMILAR_TO with score and basis', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (e:Exercise {id: 'barbell-back-squat'})-[t:TARGETS]->(m:MuscleGroup {id: 'quadriceps'})
       MATCH (e)-[s:SIMILAR_TO]->(:Exercise)
       RETURN t.role AS role, t.share AS share, min(s.score) AS minScore, count(s) AS k, collect(s.basis)[0] AS basis`,
      {},
      { database: db.database },
    );
    const r = records[0];
    expect(r?.get('role')).toBe('primary');
    expect(r?.get('share')).toBeGreaterThan(0);
    expect(Number(r?.get('k'))).toBe(8);
    expect(r?.get('basis')).toMatch(/muscles/);
  });
});
