import { summarizeLog, type WorkoutLog } from '@liftgraph/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import type { GraphDb } from '../graph-db.js';
import { migrate } from '../migrate/migrate.js';
import { athleteGraphCounts } from '../testing/athlete-graph-counts.js';
import { loadRealLog, realLogsAvailable, realLogsDir } from '../testing/real-logs.js';
import { deleteAthleteData, testGraphDb } from '../testing/test-graph-db.js';
import { importLog } from './log-import.repository.js';

const DIR = realLogsDir(import.meta.url);
const HAVE_LOGS = realLogsAvailable(DIR, process.env);
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const athlete = (role: string, stageAbove: number): string => `test-reimport-${RUN}-${role}-${stageAbove === 0 ? 'staged' : 'one-tx'}`;
const VARIANTS = [
  ['in one transaction', Number.POSITIVE_INFINITY],
  ['staged', 0],
] as const;
const FILE = 'hevy-feliperuizm.csv';

const db = testGraphDb();
beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
});
afterAll(async () => {
  await deleteAthleteData(
    db,
    VARIANTS.flatMap(([, stageAbove]) => [athlete('a', stageAbove), athlete('b', stageAbove)]),
  );
  await db.close();
});

/** Everything stored under an athlete's performances, ids relative to the athlete, in a stable order. */
async function performanceDump(athleteId: string): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (:Athlete {id: $athleteId})-[:LOGGED]->(s:Session)-[:INCLUDES]->(p:Performance)
     RETURN p.id AS id, properties(s) AS session, properties(p) AS performance,
       [(p)-[:HAS_SET]->(st:Set) | properties(st)] AS sets, [(p)-[:OF]->(e) | e.id] AS of,
       [(p)-[:NEXT]->(n) | n.id] AS next, [(p)-[:THEN]->(n) | n.id] AS then
     ORDER BY id`,
    { athleteId },
    { database: db.database },
  );
  return records.map((r) => {
    const sets = (r.get('sets') as Array<Record<string, unknown>>).map((st) => JSON.stringify(st, Object.keys(st).sort())).sort();
    const entry = { ...r.toObject(), sets };
    return JSON.stringify(entry, (_k, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
    ).replaceAll(athleteId, '<athlete>');
  });
}

/** `[session index, performance index]` of the first performance that satisfies `ok`. */
function locate(log: WorkoutLog, ok: (sessionIndex: number, sets: number, performances: number) => boolean): [number, number] {
  for (const [i, s] of log.sessions.entries()) {
    for (const [j, p] of s.performances.entries()) if (ok(i, p.sets.length, s.performances.length)) return [i, j];
  }
  throw new Error(`${FILE} has no performance of the shape the test needs`);
}

/**
 * The log as first exported (`before`) and as exported again after the athlete edited it (`after`):
 * one performance lost all but its first set and its note, and another session lost its last exercise.
 */
function editedPair(log: WorkoutLog): { before: WorkoutLog; after: WorkoutLog; removedSets: number } {
  const [si, pi] = locate(log, (_i, sets) => sets >= 3);
  const [sj] = locate(log, (i, _sets, performances) => i !== si && performances >= 3);
  const before = structuredClone(log);
  const after = structuredClone(log);
  const edited = after.sessions[si]?.performances[pi];
  const beforePerf = before.sessions[si]?.performances[pi];
  const shortened = after.sessions[sj];
  if (edited === undefined || beforePerf === undefined || shortened === undefined) throw new Error('locate() gave a missing index');
  beforePerf.notes = 'a note the next export no longer has';
  const removedSets = edited.sets.length - 1;
  edited.sets = edited.sets.slice(0, 1);
  edited.notes = null;
  const lastOrder = Math.max(...shortened.performances.map((p) => p.order));
  const dropped = shortened.performances.filter((p) => p.order === lastOrder);
  shortened.performances = shortened.performances.filter((p) => p.order !== lastOrder);
  return { before, after, removedSets: removedSets + dropped.reduce((n, p) => n + p.sets.length, 0) };
}

async function importTwice(target: GraphDb, athleteId: string, logs: WorkoutLog[], stageAbove: number, firstVersion = 0) {
  const results = [];
  for (const [i, log] of logs.entries())
    results.push(await importLog(target, { athleteId, log, file: `${FILE}#version-${firstVersion + i}` }, { batchSize: 200, stageAbove }));
  return results;
}

/** Element ids of the Set nodes under an athlete's performances (a Set has no id of its own, V007). */
async function setElementIds(athleteId: string): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    'MATCH (:Performance {athleteId: $athleteId})-[:HAS_SET]->(st:Set) RETURN collect(elementId(st)) AS ids',
    { athleteId },
    { database: db.database },
  );
  return records[0]?.get('ids') as string[];
}

describe.skipIf(!HAVE_LOGS)('importLog (re-import of an edited file)', () => {
  it.each(VARIANTS)(
    'should converge to exactly what the new file says (%s): fewer sets, a dropped exercise and a removed note leave nothing stale',
    async (_how, stageAbove) => {
      const REIMPORTED = athlete('a', stageAbove);
      const FRESH = athlete('b', stageAbove);
      const { log } = await loadRealLog(DIR, FILE);
      const { before, after, removedSets } = editedPair(log);
      const [first] = await importTwice(db, REIMPORTED, [before], stageAbove);
      const setsOfFirst = await setElementIds(REIMPORTED);
      const [second] = await importTwice(db, REIMPORTED, [after], stageAbove, 1);
      const [fresh] = await importTwice(db, FRESH, [after], stageAbove);
      expect(first?.sets).toBe(summarizeLog(before).sets);
      expect(second?.sets).toBe(summarizeLog(after).sets);
      expect(second?.sets).toBe((first?.sets ?? 0) - removedSets);
      expect(second?.performances).toBe((first?.performances ?? 0) - 1);
      expect(second).toMatchObject({ sessions: fresh?.sessions, performances: fresh?.performances, sets: fresh?.sets });
      // Same nodes, properties and NEXT/THEN/OF edges as importing only the new file.
      expect(await performanceDump(REIMPORTED)).toEqual(await performanceDump(FRESH));
      const { imports: _a, imported: _b, ...reimported } = await athleteGraphCounts(db, REIMPORTED);
      const { imports: _c, imported: _d, ...freshCounts } = await athleteGraphCounts(db, FRESH);
      expect(reimported).toEqual(freshCounts);
      // No Set the first import wrote is left without its performance.
      expect(setsOfFirst.length).toBe(first?.sets);
      const { records } = await db.driver.executeQuery(
        'UNWIND $ids AS id MATCH (st:Set) WHERE elementId(st) = id AND NOT (st)<-[:HAS_SET]-() RETURN count(st) AS orphans',
        { ids: setsOfFirst },
        { database: db.database },
      );
      expect(Number(records[0]?.get('orphans'))).toBe(0);
      // Without an id constraint, a Set is unique only by (performance, index): the MERGE must keep it so.
      const twice = await db.driver.executeQuery(
        'MATCH (p:Performance {athleteId: $athleteId})-[:HAS_SET]->(st:Set) WITH p, st.index AS index, count(*) AS c WHERE c > 1 RETURN count(*) AS n',
        { athleteId: REIMPORTED },
        { database: db.database },
      );
      expect(Number(twice.records[0]?.get('n'))).toBe(0);
    },
  );
});
