import type { ManagedTransaction } from 'neo4j-driver';
import { UPSERT_EXERCISES } from '../catalog/catalog.cypher.js';
import { Neo4jStoreError } from '../errors.js';
import { toNumber, toStringValue } from '../integer.mapper.js';
import { batches } from '../tx.js';
import type { IngestRows } from './ingest-rows.mapper.js';
import {
  CREATE_NEXT, CREATE_PERFORMANCES, CREATE_SESSIONS, CREATE_THEN, DELETE_NEXT, DELETE_STALE_PERFORMANCES, DELETE_THEN, EXISTING_PERFORMANCES, EXISTING_SESSION_IDS,
  MERGE_ATHLETE, MERGE_IMPORT, MERGE_PERFORMANCES, MERGE_SESSIONS, MISSING_EXERCISES,
} from './ingest.cypher.js';
import { type ExistingPerformance, type Link, planLinks } from './link-plan.js';

export type BatchStage = 'sessions' | 'performances' | 'links';

export interface WriteContext {
  importId: string;
  importProps: Record<string, unknown>;
  importedAt: string;
  importedBy: string;
  athleteName: string | null;
  batchSize: number;
  onBatch?: (stage: BatchStage, index: number) => void;
}

async function existingState(tx: ManagedTransaction, athleteId: string): Promise<{ sessions: Set<string>; performances: ExistingPerformance[] }> {
  const ids = (await tx.run(EXISTING_SESSION_IDS, { athleteId })).records[0]?.get('ids') as string[] | undefined;
  const res = await tx.run(EXISTING_PERFORMANCES, { athleteId });
  const performances = res.records.map((r) => ({
    id: toStringValue(r.get('id'), 'id'),
    exerciseId: toStringValue(r.get('exerciseId'), 'exerciseId'),
    startedAt: toStringValue(r.get('startedAt'), 'startedAt'),
    sessionId: toStringValue(r.get('sessionId'), 'sessionId'),
    order: toNumber(r.get('order'), 'order'),
    next: r.get('next') as string[],
    then: r.get('then') as string[],
  }));
  return { sessions: new Set(ids ?? []), performances };
}

/** Cuts rows into batches of about `size` sets each (a row weighs its set count, at least 1). */
function bySets<T>(rows: readonly T[], weight: (row: T) => number, size: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let sets = 0;
  for (const row of rows) {
    current.push(row);
    sets += Math.max(1, weight(row));
    if (sets >= size) {
      out.push(current);
      [current, sets] = [[], 0];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

async function writeLinks(tx: ManagedTransaction, cypher: string, links: Link[], ctx: WriteContext, counter: { i: number }): Promise<void> {
  for (const batch of batches(links, ctx.batchSize)) {
    await tx.run(cypher, { rows: batch });
    ctx.onBatch?.('links', counter.i++);
  }
}

/**
 * The whole import inside one transaction: catalog check, athlete and Import record, new sessions
 * as CREATEd trees (fast path), already-stored sessions through MERGE (re-imports; such a session
 * converges to the file: performances and sets the file no longer lists are deleted), then the
 * NEXT/THEN diff. Throws (rolling everything back) on any failure.
 */
export async function writeImport(tx: ManagedTransaction, rows: IngestRows, ctx: WriteContext): Promise<void> {
  const missing = (await tx.run(MISSING_EXERCISES, { ids: rows.catalogExerciseIds })).records[0]?.get('missing') as string[] | undefined;
  if (missing !== undefined && missing.length > 0) {
    throw new Neo4jStoreError('CATALOG_NOT_SEEDED', `exercises ${missing.slice(0, 5).join(', ')} are not in the graph; run \`liftgraph db seed\` (or seedCatalog) first`);
  }
  const athleteId = rows.athleteId;
  await tx.run(MERGE_ATHLETE, { athleteId, name: ctx.athleteName });
  await tx.run(MERGE_IMPORT, { athleteId, importId: ctx.importId, importedAt: ctx.importedAt, importedBy: ctx.importedBy, props: ctx.importProps });
  if (rows.customExercises.length > 0) await tx.run(UPSERT_EXERCISES, { rows: rows.customExercises });
  const stored = await existingState(tx, athleteId);
  // A session the file lists holds exactly the file's performances: the others in it are stale.
  const fileSessions = new Set(rows.sessions.map((s) => s.id));
  const filePerformances = new Set(rows.performances.map((p) => p.id));
  const isStale = (p: ExistingPerformance): boolean => fileSessions.has(p.sessionId) && !filePerformances.has(p.id);
  const stale = stored.performances.filter(isStale).map((p) => p.id);
  const existing = { sessions: stored.sessions, performances: stored.performances.filter((p) => !isStale(p)) };
  if (stale.length > 0) await tx.run(DELETE_STALE_PERFORMANCES, { ids: stale });

  const fresh = rows.sessions.filter((s) => !existing.sessions.has(s.id));
  const freshIds = new Set(fresh.map((s) => s.id));
  const freshPerfs = rows.performances.filter((p) => freshIds.has(p.sessionId));
  const storedPerfs = rows.performances.filter((p) => !freshIds.has(p.sessionId));
  // Pipelined: the driver serialises batch k+1 while the server still runs batch k (same transaction).
  const pending: Array<Promise<unknown>> = [];
  const send = (cypher: string, params: Record<string, unknown>, stage: BatchStage, i: number): void => {
    pending.push(tx.run(cypher, params).summary());
    ctx.onBatch?.(stage, i);
  };
  try {
    for (const [i, batch] of batches(fresh, ctx.batchSize).entries()) send(CREATE_SESSIONS, { athleteId, importId: ctx.importId, rows: batch }, 'sessions', i);
    for (const [i, batch] of bySets(freshPerfs, (p) => p.sets.index.length, ctx.batchSize).entries()) send(CREATE_PERFORMANCES, { rows: batch }, 'performances', i);
    const storedSessions = rows.sessions.filter((s) => existing.sessions.has(s.id));
    if (storedSessions.length > 0) send(MERGE_SESSIONS, { athleteId, importId: ctx.importId, rows: storedSessions }, 'sessions', -1);
    for (const [i, batch] of bySets(storedPerfs, (p) => p.sets.index.length, ctx.batchSize).entries()) send(MERGE_PERFORMANCES, { rows: batch }, 'performances', i);
  } finally {
    // Never leave a run unobserved, even when a batch hook throws (the transaction then rolls back).
    const settled = await Promise.allSettled(pending);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed !== undefined && failed.status === 'rejected') throw failed.reason;
  }
  const plan = planLinks(rows, existing.performances);
  const counter = { i: 0 };
  await writeLinks(tx, DELETE_NEXT, plan.deleteNext, ctx, counter);
  await writeLinks(tx, DELETE_THEN, plan.deleteThen, ctx, counter);
  await writeLinks(tx, CREATE_NEXT, plan.createNext, ctx, counter);
  await writeLinks(tx, CREATE_THEN, plan.createThen, ctx, counter);
}

