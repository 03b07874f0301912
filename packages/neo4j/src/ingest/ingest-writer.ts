import type { ManagedTransaction } from 'neo4j-driver';
import type { NameMapping } from '@liftgraph/domain';
import { CREATE_ATHLETE } from '../athlete/athlete.cypher.js';
import { UPSERT_EXERCISES } from '../catalog/catalog.cypher.js';
import { ATHLETE_EXISTS, REMEMBER_NAMES } from './import-names.cypher.js';
import { Neo4jStoreError } from '../errors.js';
import { toNumber, toStringValue } from '../integer.mapper.js';
import { batches } from '../tx.js';
import type { IngestRows } from './ingest-rows.mapper.js';
import {
  CREATE_NEXT,
  CREATE_THEN,
  DELETE_NEXT,
  DELETE_STALE_PERFORMANCES,
  DELETE_THEN,
  EXISTING_PERFORMANCES,
  EXISTING_SESSION_IDS,
  MERGE_ATHLETE,
  MERGE_IMPORT,
  MERGE_PERFORMANCES,
  MERGE_SESSIONS,
  MISSING_EXERCISES,
} from './ingest.cypher.js';
import { type BatchStage, bySets } from './import-staging.js';
import { type ExistingPerformance, type Link, linkKey, planLinks } from './link-plan.js';
import { CREATE_SESSION_TREES, PUBLISH_SESSION_TREES } from './session-tree.cypher.js';
import { type SessionTrees, sessionTrees, treeSets } from './session-trees.js';

export type { BatchStage };

export interface WriteContext {
  importId: string;
  importProps: Record<string, unknown>;
  importedAt: string;
  importedBy: string;
  athleteName: string | null;
  batchSize: number;
  onBatch?: (stage: BatchStage, index: number) => void;
  /** Create the athlete (no history) in this transaction; CONFLICT when the id is taken. */
  newAthlete?: NewImportAthlete;
  /** Exercise-name mappings to remember for the coach's organisation, in this transaction. */
  rememberNames?: RememberNames;
}

/** An athlete an import creates: their profile and the coach who COACHES them (none for an admin). */
export interface NewImportAthlete {
  name: string;
  unit: 'kg' | 'lbs';
  timeZone: string;
  coachId: string | null;
}

/** Mappings (keys by `nameMappingKey`) to remember for the organisation(s) of `coachId`. */
export interface RememberNames {
  coachId: string;
  mappings: NameMapping[];
}

/** Fails with CATALOG_NOT_SEEDED when an exercise the log maps to is not in the graph. */
export async function assertCatalogSeeded(tx: ManagedTransaction, exerciseIds: readonly string[]): Promise<void> {
  const missing = (await tx.run(MISSING_EXERCISES, { ids: exerciseIds })).records[0]?.get('missing') as string[] | undefined;
  if (missing !== undefined && missing.length > 0) {
    throw new Neo4jStoreError(
      'CATALOG_NOT_SEEDED',
      `exercises ${missing.slice(0, 5).join(', ')} are not in the graph; run \`liftgraph db seed\` (or seedCatalog) first`,
    );
  }
}

/** Ids of the athlete's stored sessions (the sessions of a file that are not among them are fresh). */
export async function storedSessionIds(tx: ManagedTransaction, athleteId: string): Promise<Set<string>> {
  const ids = (await tx.run(EXISTING_SESSION_IDS, { athleteId })).records[0]?.get('ids') as string[] | undefined;
  return new Set(ids ?? []);
}

/** The athlete's stored performances with their NEXT/THEN targets (what the link plan diffs against). */
export async function storedPerformances(tx: ManagedTransaction, athleteId: string): Promise<ExistingPerformance[]> {
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

/** Writes sessions not yet in the graph as CREATEd trees inside the transaction (small imports, app logs). */
async function createFresh(tx: ManagedTransaction, rows: IngestRows, fresh: ReadonlySet<string>, ctx: WriteContext): Promise<void> {
  const { exerciseIds, trees } = sessionTrees(rows, (id) => fresh.has(id));
  // Pipelined: the driver serialises batch k+1 while the server still runs batch k (same transaction).
  const pending: Array<Promise<unknown>> = [];
  try {
    for (const [i, batch] of bySets(trees, treeSets, ctx.batchSize).entries()) {
      pending.push(tx.run(CREATE_SESSION_TREES, { athleteId: rows.athleteId, importId: ctx.importId, exerciseIds, rows: batch }).summary());
      ctx.onBatch?.('performances', i);
    }
  } finally {
    // Never leave a run unobserved, even when a batch hook throws (the transaction then rolls back).
    const settled = await Promise.allSettled(pending);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed !== undefined && failed.status === 'rejected') throw failed.reason;
  }
}

/** Makes the session trees `stageFresh` wrote visible: labels, LOGGED/IMPORTED and OF edges. */
async function publishStaged(tx: ManagedTransaction, rows: IngestRows, staged: SessionTrees, ctx: WriteContext): Promise<void> {
  const { exerciseIds, exerciseIndex, trees } = staged;
  for (const [i, batch] of bySets(trees, treeSets, ctx.batchSize).entries()) {
    const expected = batch.reduce((n, t) => n + 1 + t.performances.length, 0);
    const params = { athleteId: rows.athleteId, importId: ctx.importId, exerciseIds, exerciseIndex, ids: batch.map((t) => t.id) };
    const published = (await tx.run(PUBLISH_SESSION_TREES, params).summary()).counters.updates().labelsAdded;
    if (published !== expected) {
      throw new Neo4jStoreError(
        'CONFLICT',
        `import: ${expected - published} of ${expected} staged sessions and performances are gone (another import of this athlete ran at the same time); import the file again`,
      );
    }
    ctx.onBatch?.('publish', i);
  }
}

/** Stored performances of sessions the file lists that the file no longer has (deleted by the import). */
export function isStaleFor(rows: IngestRows): (p: ExistingPerformance) => boolean {
  const fileSessions = new Set(rows.sessions.map((s) => s.id));
  const filePerformances = new Set(rows.performances.map((p) => p.id));
  return (p) => fileSessions.has(p.sessionId) && !filePerformances.has(p.id);
}

/** What a staged import wrote before its final transaction. */
export interface StagedWrites {
  /** Fresh sessions (staged as trees). */
  sessions: ReadonlySet<string>;
  /** The trees staged for them (published as they were staged). */
  trees: SessionTrees;
  /** NEXT edges staged between two fresh performances. */
  next: readonly Link[];
}

/**
 * An import's (final) transaction: catalog check, athlete and Import record, the sessions not yet in
 * the graph (published from the stage when `staged` lists them, else CREATEd here), already-stored
 * sessions through MERGE (re-imports; such a session converges to the file: performances and sets the
 * file no longer lists are deleted), then the NEXT/THEN diff. Throws (rolling all of it back) on any failure.
 */
export async function writeImport(tx: ManagedTransaction, rows: IngestRows, ctx: WriteContext, staged?: StagedWrites): Promise<void> {
  await assertCatalogSeeded(tx, rows.catalogExerciseIds);
  const athleteId = rows.athleteId;
  if (ctx.newAthlete !== undefined) {
    const taken = toNumber((await tx.run(ATHLETE_EXISTS, { id: athleteId })).records[0]?.get('n') ?? 0, 'n');
    if (taken > 0) throw new Neo4jStoreError('CONFLICT', `athlete "${athleteId}" already exists; pick another id`);
    await tx.run(CREATE_ATHLETE, { id: athleteId, ...ctx.newAthlete, bodyweightKg: null });
  }
  if (ctx.rememberNames !== undefined && ctx.rememberNames.mappings.length > 0) await tx.run(REMEMBER_NAMES, ctx.rememberNames);
  await tx.run(MERGE_ATHLETE, { athleteId, name: ctx.athleteName });
  await tx.run(MERGE_IMPORT, {
    athleteId,
    importId: ctx.importId,
    importedAt: ctx.importedAt,
    importedBy: ctx.importedBy,
    props: ctx.importProps,
  });
  if (rows.customExercises.length > 0) await tx.run(UPSERT_EXERCISES, { rows: rows.customExercises });
  const storedIds = await storedSessionIds(tx, athleteId);
  const stored = await storedPerformances(tx, athleteId);
  // A session the file lists holds exactly the file's performances: the others in it are stale.
  const isStale = isStaleFor(rows);
  const stale = stored.filter(isStale).map((p) => p.id);
  if (stale.length > 0) await tx.run(DELETE_STALE_PERFORMANCES, { ids: stale });
  const existing = stored.filter((p) => !isStale(p));

  const fresh = staged?.sessions ?? new Set(rows.sessions.filter((s) => !storedIds.has(s.id)).map((s) => s.id));
  if (staged === undefined) await createFresh(tx, rows, fresh, ctx);
  else await publishStaged(tx, rows, staged.trees, ctx);
  const storedSessions = rows.sessions.filter((s) => !fresh.has(s.id));
  if (storedSessions.length > 0) await tx.run(MERGE_SESSIONS, { athleteId, importId: ctx.importId, rows: storedSessions });
  const storedPerfs = rows.performances.filter((p) => !fresh.has(p.sessionId));
  for (const [i, batch] of bySets(storedPerfs, (p) => p.sets.index.length, ctx.batchSize).entries()) {
    await tx.run(MERGE_PERFORMANCES, { rows: batch });
    ctx.onBatch?.('performances', i);
  }
  const plan = planLinks(rows, existing);
  // THEN inside a fresh session came with its tree; NEXT between two staged performances came with the
  // stage (and goes again should the history have changed since: the plan no longer wants it).
  const inFresh = new Set(rows.performances.filter((p) => fresh.has(p.sessionId)).map((p) => p.id));
  const stagedNext = staged?.next ?? [];
  const planned = new Set(plan.createNext.map(linkKey));
  const alreadyStaged = new Set(stagedNext.map(linkKey));
  const counter = { i: 0 };
  await writeLinks(tx, DELETE_NEXT, [...plan.deleteNext, ...stagedNext.filter((l) => !planned.has(linkKey(l)))], ctx, counter);
  await writeLinks(tx, DELETE_THEN, plan.deleteThen, ctx, counter);
  await writeLinks(
    tx,
    CREATE_NEXT,
    plan.createNext.filter((l) => !alreadyStaged.has(linkKey(l))),
    ctx,
    counter,
  );
  await writeLinks(
    tx,
    CREATE_THEN,
    plan.createThen.filter((l) => !inFresh.has(l.from)),
    ctx,
    counter,
  );
}
