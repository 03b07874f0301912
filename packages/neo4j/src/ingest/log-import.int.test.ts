import { summarizeLog } from '@liftgraph/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import { migrate } from '../migrate/migrate.js';
import { athleteGraphCounts } from '../testing/athlete-graph-counts.js';
import { loadRealLog, REAL_LOG_FILES, realLogsAvailable, realLogsDir } from '../testing/real-logs.js';
import { deleteAthleteData, testGraphDb } from '../testing/test-graph-db.js';
import { stageFresh } from './import-staging.js';
import { buildIngestRows } from './ingest-rows.mapper.js';
import { importLog } from './log-import.repository.js';
import { sessionTrees } from './session-trees.js';

const DIR = realLogsDir(import.meta.url);
const HAVE_LOGS = realLogsAvailable(DIR, process.env);
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const athleteOf = (file: string): string => `test-import-${RUN}-${file.replace(/\.csv$/, '')}`;

const db = testGraphDb();
beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
});
afterAll(async () => {
  await deleteAthleteData(db, [
    ...REAL_LOG_FILES.map(athleteOf),
    athleteOf('failing-performances-Infinity'),
    athleteOf('failing-performances-0'),
    athleteOf('failing-next-0'),
    athleteOf('failing-final'),
    athleteOf('resumed'),
  ]);
  await db.close();
});

describe.skipIf(!HAVE_LOGS)('importLog (real logs)', () => {
  it.each(REAL_LOG_FILES)('should store %s completely and identically when imported twice', async (file) => {
    const { bytes, log } = await loadRealLog(DIR, file);
    const athleteId = athleteOf(file);
    const summary = summarizeLog(log);
    const first = await importLog(db, { athleteId, log, file: bytes, fileName: file });
    const graphAfterFirst = await athleteGraphCounts(db, athleteId);
    const second = await importLog(db, { athleteId, log, file: bytes, fileName: file });
    console.info(
      `${file}: sessions ${first.sessions}, performances ${first.performances}, sets ${first.sets}, unmapped ${first.unmapped.length}`,
    );
    expect(second).toEqual(first);
    expect(await athleteGraphCounts(db, athleteId)).toEqual(graphAfterFirst);
    expect(first.sessions).toBe(summary.sessions);
    expect(first.sets).toBe(summary.sets);
    expect(first.performances).toBe(log.sessions.reduce((n, s) => n + s.performances.length, 0));
    expect(graphAfterFirst).toMatchObject({ sessions: summary.sessions, sets: summary.sets, of: first.performances, imports: 1 });
    expect(graphAfterFirst.then).toBe(first.performances - first.sessions + log.sessions.filter((s) => s.performances.length === 0).length);
  });
});

/**
 * What of an athlete is in the graph, visible or staged. Sets have no id (V007): they are counted under
 * the athlete's performances, visible or staged (a Set is only ever created with its HAS_SET edge).
 */
async function leftovers(athleteId: string): Promise<number[]> {
  const { records } = await db.driver.executeQuery(
    `OPTIONAL MATCH (a:Athlete {id: $athleteId}) WITH count(a) AS athletes
     OPTIONAL MATCH (s:Session {athleteId: $athleteId}) WITH athletes, count(s) AS sessions
     OPTIONAL MATCH (p:Performance {athleteId: $athleteId}) WITH athletes, sessions, count(p) AS performances
     OPTIONAL MATCH (i:Import {athleteId: $athleteId}) WITH athletes, sessions, performances, count(i) AS imports
     OPTIONAL MATCH (x) WHERE (x:StagedSession OR x:StagedPerformance) AND x.athleteId = $athleteId
     WITH athletes, sessions, performances, imports, count(x) AS staged
     OPTIONAL MATCH (x2)-[:HAS_SET]->(st:Set) WHERE (x2:Performance OR x2:StagedPerformance) AND x2.athleteId = $athleteId
     RETURN athletes, sessions, performances, imports, staged, count(st) AS sets`,
    { athleteId },
    { database: db.database },
  );
  const r = records[0];
  return ['athletes', 'sessions', 'performances', 'imports', 'staged', 'sets'].map((k) => Number(r?.get(k)));
}

describe.skipIf(!HAVE_LOGS)('importLog (all or nothing)', () => {
  const failAt =
    (stage: string, index: number) =>
    (s: string, i: number): void => {
      if (s === stage && i === index) throw new Error('injected failure');
    };

  it.each([
    ['in one transaction', Number.POSITIVE_INFINITY, 'performances'],
    ['while staging sessions', 0, 'performances'],
    ['while staging NEXT edges', 0, 'next'],
  ])('should leave nothing of an import behind when it fails midway %s', async (_how, stageAbove, stage) => {
    const { bytes, log } = await loadRealLog(DIR, 'hevy-feliperuizm.csv');
    const athleteId = athleteOf(`failing-${stage}-${stageAbove}`);
    await expect(
      importLog(db, { athleteId, log, file: bytes }, { batchSize: 200, stageAbove, onBatch: failAt(stage, stage === 'next' ? 0 : 1) }),
    ).rejects.toThrow(/injected failure/);
    expect(await leftovers(athleteId)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('should leave nothing behind when the final transaction of a staged import fails after publishing a batch', async () => {
    const { bytes, log } = await loadRealLog(DIR, 'hevy-feliperuizm.csv');
    const athleteId = athleteOf('failing-final');
    await expect(
      importLog(db, { athleteId, log, file: bytes }, { batchSize: 200, stageAbove: 0, onBatch: failAt('publish', 1) }),
    ).rejects.toThrow(/injected failure/);
    expect(await leftovers(athleteId)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('should resume after a process died mid-import: the stale stage is discarded and the import completes', async () => {
    const { bytes, log } = await loadRealLog(DIR, 'hevy-feliperuizm.csv');
    const athleteId = athleteOf('resumed');
    const rows = buildIngestRows(athleteId, log);
    // What a killed process leaves: half of the sessions staged, nothing published, no clean-up ran.
    const half = new Set(rows.sessions.slice(0, Math.ceil(rows.sessions.length / 2)).map((s) => s.id));
    await stageFresh(db, sessionTrees(rows, (id) => half.has(id)).trees, { batchSize: 200, concurrency: 2 });
    expect((await leftovers(athleteId)).slice(0, 4)).toEqual([0, 0, 0, 0]);
    const result = await importLog(db, { athleteId, log, file: bytes }, { batchSize: 200, stageAbove: 0 });
    expect(result.sets).toBe(summarizeLog(log).sets);
    const [athletes, sessions, performances, imports, staged, sets] = await leftovers(athleteId);
    expect([athletes, sessions, performances, imports, staged, sets]).toEqual([1, result.sessions, result.performances, 1, 0, result.sets]);
  });
});
