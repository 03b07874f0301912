import { Neo4jStoreError } from '../errors.js';
import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import { LIST_MODEL_VERSIONS_BY_KIND, NEWEST_BEATING_BASELINES, UPSERT_MODEL_VERSION } from './model-version.cypher.js';
import { type ModelVersion, toModelVersion } from './model-version.mapper.js';

export type ModelVersionInput = Omit<ModelVersion, 'globalShap'> & { globalShap?: string | null };

function assertJson(id: string, field: string, text: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    throw new Neo4jStoreError('INVALID_ARGUMENT', `ModelVersion ${id}: ${field} must be a JSON string`, { cause: error });
  }
}

/** The model registry: `(:ModelVersion)` nodes written after training, read by whoever serves predictions. */
export class ModelVersionRepository {
  constructor(private readonly db: GraphDb) {}

  /** Records a model version (idempotent on `id`: recording the same version twice changes nothing). */
  async record(input: ModelVersionInput): Promise<ModelVersion> {
    assertJson(input.id, 'metrics', input.metrics);
    const globalShap = input.globalShap ?? null;
    if (globalShap !== null) assertJson(input.id, 'globalShap', globalShap);
    if (Number.isNaN(Date.parse(input.createdAt)))
      throw new Neo4jStoreError('INVALID_ARGUMENT', `ModelVersion ${input.id}: createdAt must be an ISO timestamp`);
    return writeTx(this.db, 'modelVersion.record', async (tx) => {
      const r = (await tx.run(UPSERT_MODEL_VERSION, { ...input, features: [...input.features], globalShap })).records[0];
      if (r === undefined) throw new Neo4jStoreError('NOT_FOUND', `ModelVersion ${input.id} was not written`);
      return toModelVersion(r.get('m') as Record<string, unknown>);
    });
  }

  /** Newest first, optionally of one kind (`graphsage`, `gcn`, …). */
  list(opts: { kind?: string; limit?: number } = {}): Promise<ModelVersion[]> {
    return readTx(this.db, 'modelVersion.list', async (tx) =>
      (await tx.run(LIST_MODEL_VERSIONS_BY_KIND, { kind: opts.kind ?? null, limit: toNeo4jInt(opts.limit ?? 50, 'limit') })).records.map(
        (r) => toModelVersion(r.get('m') as Record<string, unknown>),
      ),
    );
  }

  /** The newest version that beat the baselines (optionally of one kind), or null. */
  newestBeatingBaselines(kind?: string): Promise<ModelVersion | null> {
    return readTx(this.db, 'modelVersion.newestBeatingBaselines', async (tx) => {
      const r = (await tx.run(NEWEST_BEATING_BASELINES, { kind: kind ?? null })).records[0];
      return r === undefined ? null : toModelVersion(r.get('m') as Record<string, unknown>);
    });
  }
}
