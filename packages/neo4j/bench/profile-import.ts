import { createGraphDb, importLog, migrate, seedCatalog } from '../src/index.js';
import { syntheticLog } from './synthetic-log.js';

const db = createGraphDb({ url: process.env.NEO4J_URL ?? 'bolt://127.0.0.1:7687', user: 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'liftgraph-dev' });
await migrate(db);
await seedCatalog(db);
const size = Number(process.argv[2] ?? 20000);
const batch = Number(process.argv[3] ?? 10000);
const log = syntheticLog(size);
const athleteId = `bench-profile-${Date.now()}`;
const t0 = performance.now();
const r = await importLog(db, { athleteId, log, file: `synthetic-${athleteId}` }, { batchSize: batch, onBatch: (s, i) => console.log(s, i, Math.round(performance.now() - t0)) });
const ms = performance.now() - t0;
console.log(JSON.stringify(r.sets), 'sets in', Math.round(ms), 'ms =', Math.round((r.sets / ms) * 1000), 'rows/s');
await db.driver.executeQuery('MATCH (a:Athlete {id: $id})-[:LOGGED]->(s)-[:INCLUDES]->(p) OPTIONAL MATCH (p)-[:HAS_SET]->(st) DETACH DELETE st, p, s', { id: athleteId });
await db.driver.executeQuery('MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i) DETACH DELETE i, a', { id: athleteId });
await db.close();
