import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { toStoreError } from './errors.js';
import type { GraphDb } from './graph-db.js';

export const APP_METADATA = '@liftgraph/neo4j@0.1.0';

/**
 * Runs `work` in a managed read transaction (retried by the driver on transient errors, so `work`
 * must have no side effects outside the transaction). `op` names the operation in tx metadata.
 */
export async function readTx<T>(db: GraphDb, op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { metadata: { app: APP_METADATA, op } });
  } catch (error) {
    throw toStoreError(error, op);
  } finally {
    await session.close();
  }
}

/** Like `readTx`, for writes: one transaction, committed when `work` resolves, rolled back when it throws. */
export async function writeTx<T>(db: GraphDb, op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, { metadata: { app: APP_METADATA, op } });
  } catch (error) {
    throw toStoreError(error, op);
  } finally {
    await session.close();
  }
}

/** Splits `rows` into consecutive batches of at most `size` (UNWIND parameter lists). */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
