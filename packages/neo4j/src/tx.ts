import { type ManagedTransaction, Neo4jError, type Record as Neo4jRecord } from 'neo4j-driver';
import { toStoreError } from './errors.js';
import { type GraphDb, openSession } from './graph-db.js';

export const APP_METADATA = '@liftgraph/neo4j@0.1.0';

/**
 * Runs `work` in a managed read transaction (retried by the driver on transient errors, so `work`
 * must have no side effects outside the transaction). `op` names the operation in tx metadata.
 */
export async function readTx<T>(db: GraphDb, op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(db, 'READ');
  try {
    return await session.executeRead(work, { metadata: { app: APP_METADATA, op } });
  } catch (error) {
    throw toStoreError(error, op);
  } finally {
    await session.close();
  }
}

/**
 * One read-only statement in an auto-commit transaction: a single RUN+PULL on the wire instead of
 * BEGIN, RUN+PULL, COMMIT. For hot single-statement reads (the coach dashboard); a retriable failure
 * (transient error, lost connection) is retried once through `readTx`.
 */
export async function readQuery(db: GraphDb, op: string, cypher: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
  const session = openSession(db, 'READ');
  try {
    return (await session.run(cypher, params, { metadata: { app: APP_METADATA, op } })).records;
  } catch (error) {
    if (!Neo4jError.isRetriable(error)) throw toStoreError(error, op);
  } finally {
    await session.close();
  }
  return readTx(db, op, async (tx) => (await tx.run(cypher, params)).records);
}

/** Like `readTx`, for writes: one transaction, committed when `work` resolves, rolled back when it throws. */
export async function writeTx<T>(db: GraphDb, op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(db, 'WRITE');
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
