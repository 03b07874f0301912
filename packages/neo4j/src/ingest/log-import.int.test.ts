import { summarizeLog } from '@liftgraph/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import { migrate } from '../migrate/migrate.js';
import { athleteGraphCounts } from '../testing/athlete-graph-counts.js';
import { loadRealLog, REAL_LOG_FILES, realLogsAvailable, realLogsDir } from '../testing/real-logs.js';
import { deleteAthleteData, testGraphDb } from '../testing/test-graph-db.js';
import { importLog } from './log-import.repository.js';

const DIR = realLogsDir(import.meta.url);
const HAVE_LOGS = realLogsAvailable(DIR);
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const athleteOf = (file: string): string => `test-import-${RUN}-${file.replace(/\.csv$/, '')}`;

const db = testGraphDb();
beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
});
afterAll(async () => {
  await deleteAthleteData(db, [...REAL_LOG_FILES.map(athleteOf), athleteOf('failing')]);
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
    console.info(`${file}: sessions ${first.sessions}, performances ${first.performances}, sets ${first.sets}, unmapped ${first.unmapped.length}`);
    expect(second).toEqual(first);
    expect(await athleteGraphCounts(db, athleteId)).toEqual(graphAfterFirst);
    expect(first.sessions).toBe(summary.sessions);
    expect(first.sets).toBe(summary.sets);
    expect(first.performances).toBe(log.sessions.reduce((n, s) => n + s.performances.length, 0));
    expect(graphAfterFirst).toMatchObject({ sessions: summary.sessions, sets: summary.sets, of: first.performances, imports: 1 });
    expect(graphAfterFirst.then).toBe(first.performances - first.sessions + log.sessions.filter((s) => s.performances.length === 0).length);
  });
});

describe.skipIf(!HAVE_LOGS)('importLog (all or nothing)', () => {
  it('should leave nothing of an import behind when it fails midway', async () => {
    const { bytes, log } = await loadRealLog(DIR, 'hevy-feliperuizm.csv');
    const athleteId = athleteOf('failing');
    const failAtSecondBatch = (stage: string, index: number): void => {
      if (stage === 'performances' && index === 1) throw new Error('injected failure');
    };
    await expect(importLog(db, { athleteId, log, file: bytes }, { batchSize: 200, onBatch: failAtSecondBatch })).rejects.toThrow(/injected failure/);
    const { records } = await db.driver.executeQuery(
      `OPTIONAL MATCH (a:Athlete {id: $athleteId}) WITH count(a) AS athletes
       OPTIONAL MATCH (s:Session {athleteId: $athleteId}) WITH athletes, count(s) AS sessions
       OPTIONAL MATCH (p:Performance {athleteId: $athleteId}) WITH athletes, sessions, count(p) AS performances
       OPTIONAL MATCH (i:Import {athleteId: $athleteId})
       RETURN athletes, sessions, performances, count(i) AS imports`,
      { athleteId },
      { database: db.database },
    );
    const r = records[0];
    expect(['athletes', 'sessions', 'performances', 'imports'].map((k) => Number(r?.get(k)))).toEqual([0, 0, 0, 0]);
  });
});
