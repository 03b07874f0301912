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
const HAVE_LOGS = realLogsAvailable(DIR);
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const athlete = (role: string, stageAbove: number): string => `test-reimport-${RUN}-${role}-${stageAbove === 0 ? 'staged' : 'one-tx'}`;
const VARIANTS = [['in one transaction', Number.POSITIVE_INFINITY], ['staged', 0]] as const;
const FILE = 'hevy-feliperuizm.csv';

const db = testGraphDb();
beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
});
afterAll(async () => {
  await deleteAthleteData(db, VARIANTS.flatMap(([, stageAbove]) => [athlete('a', stageAbove), athlete('b', stageAbove)]));
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
    return JSON.stringify(entry, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v)).replaceAll(athleteId, '<athlete>');
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

async function importTwice(target: GraphDb, athleteId: string, logs: WorkoutLog[], stageAbove: number) {
  const results = [];
  for (const [i, log] of logs.entries()) results.push(await importLog(target, { athleteId, log, file: `${FILE}#version-${i}` }, { batchSize: 200, stageAbove }));
  return results;
}

describe.skipIf(!HAVE_LOGS)('importLog (re-import of an edited file)', () => {
  it.each(VARIANTS)('should converge to exactly what the new file says (%s): fewer sets, a dropped exercise and a removed note leave nothing stale', async (_how, stageAbove) => {
    const REIMPORTED = athlete('a', stageAbove);
    const FRESH = athlete('b', stageAbove);
    const { log } = await loadRealLog(DIR, FILE);
    const { before, after, removedSets } = editedPair(log);
    const [first, second] = await importTwice(db, REIMPORTED, [before, after], stageAbove);
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
    // No Set of the athlete is left without its performance.
    const { records } = await db.driver.executeQuery(
      'MATCH (st:Set) WHERE st.id STARTS WITH $prefix AND NOT (st)<-[:HAS_SET]-() RETURN count(st) AS orphans',
      { prefix: `${REIMPORTED}/` },
      { database: db.database },
    );
    expect(Number(records[0]?.get('orphans'))).toBe(0);
  });
});
