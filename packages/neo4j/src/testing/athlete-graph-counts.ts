import type { GraphDb } from '../graph-db.js';

/** Node and relationship counts of everything hanging off an athlete (for idempotency checks). */
export async function athleteGraphCounts(db: GraphDb, athleteId: string): Promise<Record<string, number>> {
  const { records } = await db.driver.executeQuery(
    `MATCH (a:Athlete {id: $athleteId})
     OPTIONAL MATCH (a)-[:LOGGED]->(s:Session)
     OPTIONAL MATCH (s)-[:INCLUDES]->(p:Performance)
     WITH a, collect(DISTINCT s) AS ss, collect(DISTINCT p) AS ps
     RETURN size(ss) AS sessions, size(ps) AS performances,
       reduce(n = 0, p IN ps | n + COUNT { (p)-[:HAS_SET]->() }) AS sets,
       reduce(n = 0, p IN ps | n + COUNT { (p)-[:OF]->() }) AS of,
       reduce(n = 0, p IN ps | n + COUNT { (p)-[:NEXT]->() }) AS next,
       reduce(n = 0, p IN ps | n + COUNT { (p)-[:THEN]->() }) AS then,
       reduce(n = 0, s IN ss | n + COUNT { (s)<-[:IMPORTED]-() }) AS imported,
       COUNT { (a)-[:HAS_IMPORT]->() } AS imports`,
    { athleteId },
    { database: db.database },
  );
  const r = records[0];
  const keys = ['sessions', 'performances', 'sets', 'of', 'next', 'then', 'imported', 'imports'];
  return Object.fromEntries(keys.map((k) => [k, Number(r?.get(k) ?? 0)]));
}
