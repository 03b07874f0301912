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
import { type BatchStage, bySets } from './import-staging.js';
import { type ExistingPerformance, type Link, planLinks } from './link-plan.js';
import { PUBLISH_PERFORMANCES, PUBLISH_SESSIONS } from './staging.cypher.js';

export type { BatchStage };

export interface WriteContext {
  importId: string;
  importProps: Record<string, unknown>;
  importedAt: string;
  importedBy: string;
  athleteName: string | null;
  batchSize: number;
  onBatch?: (stage: BatchStage, index: number) => void;
}

/** Fails with CATALOG_NOT_SEEDED when an exercise the log maps to is not in the graph. */
export async function assertCatalogSeeded(tx: ManagedTransaction, exerciseIds: readonly string[]): Promise<void> {
  const missing = (await tx.run(MISSING_EXERCISES, { ids: exerciseIds })).records[0]?.get('missing') as string[] | undefined;
  if (missing !== undefined && missing.length > 0) {
    throw new Neo4jStoreError('CATALOG_NOT_SEEDED', `exercises ${missing.slice(0, 5).join(', ')} are not in the graph; run \`liftgraph db seed\` (or seedCatalog) first`);
  }
}

/** Ids of the athlete's stored sessions (the sessions of a file that are not among them are fresh). */
export async function storedSessionIds(tx: ManagedTransaction, athleteId: string): Promise<Set<string>> {
  const ids = (await tx.run(EXISTING_SESSION_IDS, { athleteId })).records[0]?.get('ids') as string[] | undefined;
  return new Set(ids ?? []);
}

async function storedPerformances(tx: ManagedTransaction, athleteId: string): Promise<ExistingPerformance[]> {
  const res = await tx.run(EXISTING_PERFORMANCES, { athleteId });
  return res.records.map((r) => ({
    id: toStringValue(r.get('id'), 'id'),
    exerciseId: toStringValue(r.get('exerciseId'), 'exerciseId'),
    startedAt: toStringValue(r.get('startedAt'), 'startedAt'),
    sessionId: toStringValue(r.get('sessionId'), 'sessionId'),
    order: toNumber(r.get('order'), 'order'),
    next: r.get('next') as string[],
    then: r.get('then') as string[],
  }));
}

async function writeLinks(tx: ManagedTransaction, cypher: string, links: Link[], ctx: WriteContext, counter: { i: number }): Promise<void> {
  for (const batch of batches(links, ctx.batchSize)) {
    await tx.run(cypher, { rows: batch });
    ctx.onBatch?.('links', counter.i++);
  }
}

/** Publishes staged nodes; a count short of what was staged means the stage was discarded meanwhile. */
async function publish(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>, expected: number, what: string): Promise<void> {
  const published = (await tx.run(cypher, params).summary()).counters.updates().labelsAdded;
  if (published !== expected) {
    throw new Neo4jStoreError('CONFLICT', `import: ${expected - published} of ${expected} staged ${what} are gone (another import of this athlete ran at the same time); import the file again`);
  }
}

/** Writes sessions not yet in the graph as CREATEd trees inside the transaction (small imports, app logs). */
async function createFresh(tx: ManagedTransaction, rows: IngestRows, fresh: ReadonlySet<string>, ctx: WriteContext): Promise<void> {
  const athleteId = rows.athleteId;
  // Pipelined: the driver serialises batch k+1 while the server still runs batch k (same transaction).
  const pending: Array<Promise<unknown>> = [];
  const send = (cypher: string, params: Record<string, unknown>, stage: BatchStage, i: number): void => {
    pending.push(tx.run(cypher, params).summary());
    ctx.onBatch?.(stage, i);
  };
  try {
    for (const [i, batch] of batches(rows.sessions.filter((s) => fresh.has(s.id)), ctx.batchSize).entries()) {
      send(CREATE_SESSIONS, { athleteId, importId: ctx.importId, rows: batch }, 'sessions', i);
    }
    const perfs = rows.performances.filter((p) => fresh.has(p.sessionId));
    for (const [i, batch] of bySets(perfs, (p) => p.sets.index.length, ctx.batchSize).entries()) send(CREATE_PERFORMANCES, { rows: batch }, 'performances', i);
  } finally {
    // Never leave a run unobserved, even when a batch hook throws (the transaction then rolls back).
    const settled = await Promise.allSettled(pending);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed !== undefined && failed.status === 'rejected') throw failed.reason;
  }
}

/** Makes the sessions `stageFresh` wrote visible: labels, LOGGED/IMPORTED and OF edges. */
async function publishStaged(tx: ManagedTransaction, rows: IngestRows, staged: ReadonlySet<string>, ctx: WriteContext): Promise<void> {
  const sessionIds = rows.sessions.filter((s) => staged.has(s.id)).map((s) => s.id);
  const perfs = rows.performances.filter((p) => staged.has(p.sessionId)).map((p) => ({ id: p.id, exerciseId: p.exerciseId }));
  for (const ids of batches(sessionIds, ctx.batchSize)) {
    await publish(tx, PUBLISH_SESSIONS, { athleteId: rows.athleteId, importId: ctx.importId, ids }, ids.length, 'sessions');
  }
  for (const batch of batches(perfs, ctx.batchSize)) await publish(tx, PUBLISH_PERFORMANCES, { rows: batch }, batch.length, 'performances');
}

/**
 * An import's (final) transaction: catalog check, athlete and Import record, the sessions not yet in
 * the graph (published from the stage when `staged` lists them, else CREATEd here), already-stored
 * sessions through MERGE (re-imports; such a session converges to the file: performances and sets the
 * file no longer lists are deleted), then the NEXT/THEN diff. Throws (rolling all of it back) on any failure.
 */
export async function writeImport(tx: ManagedTransaction, rows: IngestRows, ctx: WriteContext, staged?: ReadonlySet<string>): Promise<void> {
  await assertCatalogSeeded(tx, rows.catalogExerciseIds);
  const athleteId = rows.athleteId;
  await tx.run(MERGE_ATHLETE, { athleteId, name: ctx.athleteName });
  await tx.run(MERGE_IMPORT, { athleteId, importId: ctx.importId, importedAt: ctx.importedAt, importedBy: ctx.importedBy, props: ctx.importProps });
  if (rows.customExercises.length > 0) await tx.run(UPSERT_EXERCISES, { rows: rows.customExercises });
  const storedIds = await storedSessionIds(tx, athleteId);
  const stored = await storedPerformances(tx, athleteId);
  // A session the file lists holds exactly the file's performances: the others in it are stale.
  const fileSessions = new Set(rows.sessions.map((s) => s.id));
  const filePerformances = new Set(rows.performances.map((p) => p.id));
  const isStale = (p: ExistingPerformance): boolean => fileSessions.has(p.sessionId) && !filePerformances.has(p.id);
  const stale = stored.filter(isStale).map((p) => p.id);
  if (stale.length > 0) await tx.run(DELETE_STALE_PERFORMANCES, { ids: stale });
  const existing = stored.filter((p) => !isStale(p));

  const fresh = staged ?? new Set(rows.sessions.filter((s) => !storedIds.has(s.id)).map((s) => s.id));
  if (staged === undefined) await createFresh(tx, rows, fresh, ctx);
  else await publishStaged(tx, rows, staged, ctx);
  const storedSessions = rows.sessions.filter((s) => !fresh.has(s.id));
  if (storedSessions.length > 0) await tx.run(MERGE_SESSIONS, { athleteId, importId: ctx.importId, rows: storedSessions });
  const storedPerfs = rows.performances.filter((p) => !fresh.has(p.sessionId));
  for (const [i, batch] of bySets(storedPerfs, (p) => p.sets.index.length, ctx.batchSize).entries()) {
    await tx.run(MERGE_PERFORMANCES, { rows: batch });
    ctx.onBatch?.('performances', i);
  }
  const plan = planLinks(rows, existing);
  const counter = { i: 0 };
  await writeLinks(tx, DELETE_NEXT, plan.deleteNext, ctx, counter);
  await writeLinks(tx, DELETE_THEN, plan.deleteThen, ctx, counter);
  await writeLinks(tx, CREATE_NEXT, plan.createNext, ctx, counter);
  await writeLinks(tx, CREATE_THEN, plan.createThen, ctx, counter);
}
