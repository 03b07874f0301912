// Where the staged import of N set rows spends its wall time (stage sessions, stage performances, final
// transaction), against the dev Neo4j. `pnpm --filter @liftgraph/neo4j exec tsx --conditions=@liftgraph/source bench/stage-timing.ts [sets]`
import neo4j from 'neo4j-driver';
import { createGraphDb, importLog, migrate, seedCatalog } from '../src/index.js';
import { syntheticLog } from './synthetic-log.js';

const size = Number(process.argv[2] ?? 100_000);
const stageAbove = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const db = createGraphDb({ url: 'bolt://127.0.0.1:7687', user: 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'liftgraph-dev' });
await migrate(db);
await seedCatalog(db);
const athleteId = `stage-${Date.now().toString(36)}`;
const log = syntheticLog(size, 4);
const marks: Array<[string, number]> = [];
let lastStage = '';
const t0 = performance.now();
await importLog(db, { athleteId, log, file: athleteId }, {
  stageAbove,
  onBatch: (stage, i) => {
    marks.push([`${stage}${i}`, performance.now() - t0]);
    lastStage = stage;
  },
});
const total = performance.now() - t0;
console.log(marks.map(([s, t]) => `${s}@${Math.round(t)}`).join(' '), `done@${Math.round(total)} = ${Math.round((size / total) * 1000)} rows/s`);
const s = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
await s.run('MATCH (p:Performance {athleteId: $id}) CALL (p) { OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set) DETACH DELETE st, p } IN TRANSACTIONS OF 2000 ROWS', { id: athleteId });
await s.run('MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(x) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i) DETACH DELETE x, i, a', { id: athleteId });
await s.close();
await db.close();
