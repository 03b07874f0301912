import { testConnection } from '@liftgraph/tools-neo4j/testing';
import { createGraphDb, type GraphDb } from '../graph-db.js';

/** A GraphDb on the integration-test Neo4j (tests only). */
export function testGraphDb(): GraphDb {
  const c = testConnection();
  return createGraphDb({ url: c.url, user: c.user, password: c.password, database: 'neo4j', maxConnectionPoolSize: 4 });
}

/** Deletes everything an athlete owns: sessions, performances, sets, imports, programs for it, the athlete. */
export async function deleteAthleteData(db: GraphDb, athleteIds: readonly string[]): Promise<void> {
  await db.driver.executeQuery(
    `UNWIND $ids AS id
     MATCH (a:Athlete {id: id})
     OPTIONAL MATCH (a)-[:LOGGED]->(s:Session)
     OPTIONAL MATCH (s)-[:INCLUDES]->(p:Performance)
     OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set)
     DETACH DELETE st, p, s`,
    { ids: athleteIds },
    { database: db.database },
  );
  await db.driver.executeQuery(
    `UNWIND $ids AS id
     MATCH (a:Athlete {id: id})
     OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i:Import)
     OPTIONAL MATCH (prog:Program)-[:FOR]->(a)
     OPTIONAL MATCH (prog)-[:HAS_DAY]->(d:ProgramDay)
     OPTIONAL MATCH (d)-[:PRESCRIBES]->(rx:Prescription)
     DETACH DELETE rx, d, prog, i, a`,
    { ids: athleteIds },
    { database: db.database },
  );
  // Custom exercises nobody performs any more (created by these athletes' imports).
  await db.driver.executeQuery(
    `MATCH (e:Exercise {source: 'custom'}) WHERE NOT (e)<-[:OF]-() DETACH DELETE e`,
    {},
    { database: db.database },
  );
}
