// Where an import of N synthetic set rows spends its wall time, against the dev Neo4j: the time at which
// each batch finished (performancesK: session trees written or staged; nextK: NEXT staged; publishK:
// published in the final transaction; linksK: NEXT/THEN in the final transaction; done: committed and
// counted), then a re-import of the same file (nothing to write) and the stored-counts query alone.
// `pnpm --filter @liftgraph/neo4j exec tsx --conditions=@liftgraph/source bench/stage-timing.ts [sets] [stageAbove]`
import neo4j from 'neo4j-driver';
import { createGraphDb, fileSha256, importLog, migrate, neo4jEnv, seedCatalog, storedImportCounts } from '../src/index.js';
import { syntheticLog } from './synthetic-log.js';

const size = Number(process.argv[2] ?? 100_000);
const stageAbove = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const db = createGraphDb(neo4jEnv());
await migrate(db);
await seedCatalog(db);
const athleteId = `stage-${Date.now().toString(36)}`;
const log = syntheticLog(size, 4);
const marks: Array<[string, number]> = [];
let lastStage = '';
const t0 = performance.now();
await importLog(
  db,
  { athleteId, log, file: athleteId },
  {
    stageAbove,
    onBatch: (stage, i) => {
      marks.push([`${stage}${i}`, performance.now() - t0]);
      lastStage = stage;
    },
  },
);
const total = performance.now() - t0;
const c0 = performance.now();
const r = await importLog(db, { athleteId, log, file: athleteId }, { stageAbove }); // a no-op re-import: counts and reads only
const again = performance.now() - c0;
console.log(`re-import (nothing to write) ${Math.round(again)} ms, sets ${r.sets}`);
const k0 = performance.now();
await storedImportCounts(db, `${athleteId}/${fileSha256(athleteId)}`);
console.log(`stored counts ${Math.round(performance.now() - k0)} ms`);
console.log(
  marks.map(([s, t]) => `${s}@${Math.round(t)}`).join(' '),
  `done@${Math.round(total)} = ${Math.round((size / total) * 1000)} rows/s`,
);
const s = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
await s.run(
  'MATCH (p:Performance {athleteId: $id}) CALL (p) { OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set) DETACH DELETE st, p } IN TRANSACTIONS OF 2000 ROWS',
  { id: athleteId },
);
await s.run('MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(x) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i) DETACH DELETE x, i, a', {
  id: athleteId,
});
await s.close();
await db.close();
