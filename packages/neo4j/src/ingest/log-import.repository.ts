import { createHash } from 'node:crypto';
import type { WorkoutLog } from '@liftgraph/domain';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { UPSERT_EXERCISES } from '../catalog/catalog.cypher.js';
import { Neo4jStoreError } from '../errors.js';
import type { GraphDb } from '../graph-db.js';
import { toNumber } from '../integer.mapper.js';
import { batches, readTx, writeTx } from '../tx.js';
import { buildIngestRows, type IngestRows } from './ingest-rows.mapper.js';
import { MERGE_ATHLETE, MERGE_IMPORT, MERGE_PERFORMANCES, MERGE_SESSIONS, MERGE_THEN, MISSING_EXERCISES, RELINK_NEXT, STORED_COUNTS } from './ingest.cypher.js';

export interface ImportLogInput {
  athleteId: string;
  athleteName?: string;
  log: WorkoutLog;
  /** The file's bytes or text: its sha256 identifies the import (same file → same Import node). */
  file: Uint8Array | string;
  fileName?: string;
  importedBy?: string;
  /** ISO timestamp recorded on first import; default now. */
  importedAt?: string;
}

export interface ImportLogOptions {
  /** Sets per UNWIND batch (performances are cut so a batch holds about this many sets). */
  batchSize?: number;
  /** Called after each committed-to-be batch, inside the transaction; throwing aborts the whole import. */
  onBatch?: (stage: 'sessions' | 'performances' | 'then', index: number) => void;
}

/** Counts of what is stored for the file after the import (identical on a re-import). */
export interface ImportLogResult {
  importId: string;
  athleteId: string;
  fileSha256: string;
  sessions: number;
  performances: number;
  sets: number;
  unmapped: string[];
}

export const DEFAULT_BATCH_SIZE = 10_000;

export const fileSha256 = (file: Uint8Array | string): string => createHash('sha256').update(file).digest('hex');

function performanceBatches(rows: IngestRows, setsPerBatch: number): IngestRows['performances'][] {
  const out: IngestRows['performances'][] = [];
  let current: IngestRows['performances'] = [];
  let sets = 0;
  for (const p of rows.performances) {
    current.push(p);
    sets += Math.max(1, p.sets.length);
    if (sets >= setsPerBatch) {
      out.push(current);
      [current, sets] = [[], 0];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

async function writeAll(tx: ManagedTransaction, rows: IngestRows, input: ImportLogInput, importId: string, sha: string, opts: ImportLogOptions): Promise<void> {
  const missing = (await tx.run(MISSING_EXERCISES, { ids: rows.catalogExerciseIds })).records[0]?.get('missing') as string[] | undefined;
  if (missing !== undefined && missing.length > 0) {
    throw new Neo4jStoreError('CATALOG_NOT_SEEDED', `exercises ${missing.slice(0, 5).join(', ')} are not in the graph; run \`liftgraph db seed\` (or seedCatalog) first`);
  }
  const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  await tx.run(MERGE_ATHLETE, { athleteId: rows.athleteId, name: input.athleteName ?? null });
  const props = {
    athleteId: rows.athleteId, fileSha256: sha, fileName: input.fileName ?? null, format: input.log.format, unit: input.log.unit,
    sessions: neo4j.int(rows.counts.sessions), performances: neo4j.int(rows.counts.performances), sets: neo4j.int(rows.counts.sets),
    unmapped: rows.unmapped,
  };
  await tx.run(MERGE_IMPORT, {
    athleteId: rows.athleteId, importId, importedAt: input.importedAt ?? new Date().toISOString(), importedBy: input.importedBy ?? 'unknown', props,
  });
  if (rows.customExercises.length > 0) await tx.run(UPSERT_EXERCISES, { rows: rows.customExercises });
  for (const [i, batch] of batches(rows.sessions, size).entries()) {
    await tx.run(MERGE_SESSIONS, { athleteId: rows.athleteId, importId, rows: batch });
    opts.onBatch?.('sessions', i);
  }
  for (const [i, batch] of performanceBatches(rows, size).entries()) {
    await tx.run(MERGE_PERFORMANCES, { rows: batch });
    opts.onBatch?.('performances', i);
  }
  for (const [i, batch] of batches(rows.then, size).entries()) {
    await tx.run(MERGE_THEN, { rows: batch });
    opts.onBatch?.('then', i);
  }
  await tx.run(RELINK_NEXT, { athleteId: rows.athleteId, exerciseIds: rows.exerciseIds });
}

/** Counts stored for an import (sessions linked to it, their performances and sets). */
export async function storedImportCounts(db: GraphDb, importId: string): Promise<{ sessions: number; performances: number; sets: number }> {
  return readTx(db, 'import.counts', async (tx) => {
    const r = (await tx.run(STORED_COUNTS, { importId })).records[0];
    if (r === undefined) return { sessions: 0, performances: 0, sets: 0 };
    return { sessions: toNumber(r.get('sessions'), 'sessions'), performances: toNumber(r.get('performances'), 'performances'), sets: toNumber(r.get('sets'), 'sets') };
  });
}

/**
 * Imports one parsed log for one athlete, all-or-nothing: every statement runs in ONE write
 * transaction, so a failure at any batch leaves nothing of this import behind. Idempotent: MERGE on
 * natural keys (athlete/session start/order/set index), so the same file twice changes nothing.
 * Needs the catalog seeded (`CATALOG_NOT_SEEDED` otherwise).
 */
export async function importLog(db: GraphDb, input: ImportLogInput, opts: ImportLogOptions = {}): Promise<ImportLogResult> {
  if (input.athleteId.trim() === '') throw new Neo4jStoreError('INVALID_ARGUMENT', 'athleteId must be a non-empty string');
  const rows = buildIngestRows(input.athleteId, input.log);
  const sha = fileSha256(input.file);
  const importId = `${input.athleteId}/${sha}`;
  await writeTx(db, 'import.log', (tx) => writeAll(tx, rows, input, importId, sha, opts));
  const counts = await storedImportCounts(db, importId);
  return { importId, athleteId: input.athleteId, fileSha256: sha, ...counts, unmapped: rows.unmapped };
}
