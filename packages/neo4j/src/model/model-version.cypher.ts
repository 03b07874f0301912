export const UPSERT_MODEL_VERSION = `
MERGE (m:ModelVersion {id: $id})
SET m.kind = $kind, m.features = $features, m.metrics = $metrics, m.createdAt = datetime($createdAt),
  m.artifact = $artifact, m.beatsBaselines = $beatsBaselines, m.globalShap = $globalShap
RETURN m {.*, createdAt: toString(m.createdAt)} AS m`;

// Ordered on the stored datetime (its string form drops zero fractions, so it does not sort).
export const LIST_MODEL_VERSIONS_BY_KIND = `
MATCH (m:ModelVersion)
WHERE $kind IS NULL OR m.kind = $kind
WITH m ORDER BY m.createdAt DESC, m.id LIMIT $limit
RETURN m {.*, createdAt: toString(m.createdAt)} AS m`;

export const NEWEST_BEATING_BASELINES = `
MATCH (m:ModelVersion {beatsBaselines: true})
WHERE $kind IS NULL OR m.kind = $kind
WITH m ORDER BY m.createdAt DESC, m.id LIMIT 1
RETURN m {.*, createdAt: toString(m.createdAt)} AS m`;
