import { createHash } from 'node:crypto';
import type { WorkoutLog } from '@liftgraph/domain';
import neo4j from 'neo4j-driver';
import { Neo4jStoreError } from '../errors.js';
import type { GraphDb } from '../graph-db.js';
import { toNumber } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import { buildIngestRows } from './ingest-rows.mapper.js';
import { STORED_COUNTS } from './ingest.cypher.js';
import { type BatchStage, type WriteContext, writeImport } from './ingest-writer.js';

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
  onBatch?: (stage: BatchStage, index: number) => void;
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
  const importProps = {
    athleteId: rows.athleteId, fileSha256: sha, fileName: input.fileName ?? null, format: input.log.format, unit: input.log.unit,
    sessions: neo4j.int(rows.counts.sessions), performances: neo4j.int(rows.counts.performances), sets: neo4j.int(rows.counts.sets),
    unmapped: rows.unmapped,
  };
  const ctx: WriteContext = {
    importId, importProps, importedAt: input.importedAt ?? new Date().toISOString(), importedBy: input.importedBy ?? 'unknown',
    athleteName: input.athleteName ?? null, batchSize: opts.batchSize ?? DEFAULT_BATCH_SIZE, onBatch: opts.onBatch,
  };
  await writeTx(db, 'import.log', (tx) => writeImport(tx, rows, ctx));
  const counts = await storedImportCounts(db, importId);
  return { importId, athleteId: input.athleteId, fileSha256: sha, ...counts, unmapped: rows.unmapped };
}
