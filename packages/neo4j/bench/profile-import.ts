// Where a fresh import's time goes: the statements of the one-transaction path run one after another
// (no pipelining) in one explicit transaction, each timed, then the commit, with the local dev Neo4j's
// CPU (/proc) and GC (jstat) before/after. Needs the dev Neo4j of this checkout (`pnpm neo4j:start`).
// `pnpm --filter @liftgraph/neo4j exec tsx --conditions=@liftgraph/source bench/profile-import.ts [sets] [batch]`
// PROFILE_TX=batched commits each statement on its own instead (prices one big transaction against many small ones).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createGraphDb, migrate, neo4jEnv, seedCatalog } from '../src/index.js';
import { buildIngestRows } from '../src/ingest/ingest-rows.mapper.js';
import { CREATE_NEXT, MERGE_ATHLETE, MERGE_IMPORT } from '../src/ingest/ingest.cypher.js';
import { CREATE_SESSION_TREES } from '../src/ingest/session-tree.cypher.js';
import { sessionTrees, treeSets } from '../src/ingest/session-trees.js';
import { bySets } from '../src/ingest/import-staging.js';
import { planLinks } from '../src/ingest/link-plan.js';
import { batches } from '../src/tx.js';
import { syntheticLog } from './synthetic-log.js';

const size = Number(process.argv[2] ?? 100_000);
const batchSize = Number(process.argv[3] ?? 10_000);
const pidFile = new URL('../../../.neo4j/run/neo4j.pid', import.meta.url);
const pid = readFileSync(pidFile, 'utf8').trim();
const ticks = (): number => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(f[11]) + Number(f[12])) * 10; // ms at 100 Hz
};
const gc = (): string => {
  try {
    return `S0 S1 E O M CCS YGC YGCT FGC FGCT CGC CGCT GCT: ${execFileSync('jstat', ['-gcutil', pid]).toString().trim().split('\n')[1] ?? ''}`;
  } catch {
    return '(no jstat: install a JDK to see GC counts)';
  }
};

const db = createGraphDb(neo4jEnv());
await migrate(db);
await seedCatalog(db);
const athleteId = `profile-${Date.now().toString(36)}`;
const importId = `${athleteId}/x`;
const rows = buildIngestRows(athleteId, syntheticLog(size, 4));
const session = db.driver.session({ database: db.database });
const batched = process.env.PROFILE_TX === 'batched';
const tx = batched ? null : session.beginTransaction();
const run = async (q: string, params: Record<string, unknown>): Promise<unknown> =>
  tx === null ? session.run(q, params) : tx.run(q, params);
const t0 = performance.now();
const c0 = ticks();
let last = t0;
let lastC = c0;
const lap = (what: string): void => {
  const now = performance.now();
  const c = ticks();
  console.log(
    `${what.padEnd(28)} ${Math.round(now - last)
      .toString()
      .padStart(6)} ms wall, server cpu ${(c - lastC).toString().padStart(6)} ms`,
  );
  [last, lastC] = [now, c];
};
console.log(`GC before: ${gc()}`);
await run(MERGE_ATHLETE, { athleteId, name: null });
await run(MERGE_IMPORT, { athleteId, importId, importedAt: new Date().toISOString(), importedBy: 'profile', props: {} });
lap('athlete+import');
const { exerciseIds, trees } = sessionTrees(rows, () => true);
for (const b of bySets(trees, treeSets, batchSize)) await run(CREATE_SESSION_TREES, { athleteId, importId, exerciseIds, rows: b });
lap(`session trees (${rows.sessions.length}/${rows.performances.length}/${rows.counts.sets}, THEN)`);
const plan = planLinks(rows, []);
lap('planLinks');
for (const b of batches(plan.createNext, batchSize)) await run(CREATE_NEXT, { rows: b });
lap(`NEXT (${plan.createNext.length})`);
await tx?.commit();
lap('commit');
console.log(
  `total ${Math.round(performance.now() - t0)} ms, server cpu ${ticks() - c0} ms = ${Math.round((rows.counts.sets / (performance.now() - t0)) * 1000)} rows/s`,
);
console.log(`GC after:  ${gc()}`);
await session.close();
const cleanup = db.driver.session({ database: db.database });
await cleanup.run(
  'MATCH (p:Performance {athleteId: $id}) CALL (p) { OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set) DETACH DELETE st, p } IN TRANSACTIONS OF 5000 ROWS',
  { id: athleteId },
);
await cleanup.close();
await db.driver.executeQuery(
  'MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(s) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i) DETACH DELETE s, i, a',
  { id: athleteId },
  { database: db.database },
);
await db.close();
