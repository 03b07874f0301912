import { createGraphDb, type GraphDb, neo4jEnv } from '@liftgraph/neo4j';
import type { CommandIo } from '../command.js';

/** One driver for the command's lifetime, always closed. */
export async function withGraphDb<T>(io: CommandIo, work: (db: GraphDb) => Promise<T>): Promise<T> {
  const db = createGraphDb(neo4jEnv(io.env));
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
