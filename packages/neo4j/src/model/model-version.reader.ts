import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toNullableString, toStringValue } from '../integer.mapper.js';
import { readTx } from '../tx.js';

/** A trained model as the registry records it; `metrics` is the stored JSON text (maps are not properties). */
export interface ModelVersionRow {
  id: string;
  kind: string;
  createdAt: string;
  artifact: string | null;
  features: string[];
  metricsJson: string | null;
}

const LIST_MODEL_VERSIONS = `
MATCH (m:ModelVersion)
RETURN m.id AS id, coalesce(m.kind, 'unknown') AS kind, toString(m.createdAt) AS createdAt, m.artifact AS artifact,
  coalesce(m.features, []) AS features, CASE WHEN m.metrics IS NULL THEN null ELSE toString(m.metrics) END AS metrics
ORDER BY createdAt DESC, id
LIMIT $limit`;

/** Newest model versions first (read-only view of the registry the planner and the CLI write). */
export function listModelVersions(db: GraphDb, limit: number): Promise<ModelVersionRow[]> {
  return readTx(db, 'model.listVersions', async (tx) =>
    (await tx.run(LIST_MODEL_VERSIONS, { limit: toNeo4jInt(limit, 'limit') })).records.map((r) => ({
      id: toStringValue(r.get('id'), 'id'),
      kind: toStringValue(r.get('kind'), 'kind'),
      createdAt: toNullableString(r.get('createdAt'), 'createdAt') ?? '',
      artifact: toNullableString(r.get('artifact'), 'artifact'),
      features: (r.get('features') as unknown[]).map(String),
      metricsJson: toNullableString(r.get('metrics'), 'metrics'),
    })),
  );
}
