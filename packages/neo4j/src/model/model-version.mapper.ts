import { Neo4jStoreError } from '../errors.js';
import { toStringValue } from '../integer.mapper.js';

/**
 * A trained model in the registry: `metrics` and `globalShap` are JSON strings (maps are not Neo4j properties),
 * `artifact` the path of the saved model, `beatsBaselines` whether it beat persistence and the rules.
 */
export interface ModelVersion {
  id: string;
  kind: string;
  features: string[];
  metrics: string;
  createdAt: string;
  artifact: string;
  beatsBaselines: boolean;
  /** The training run's global SHAP ranking as JSON (mean |SHAP| per feature and target), or null when it made none. */
  globalShap: string | null;
}

export function toModelVersion(m: Record<string, unknown>): ModelVersion {
  const features = m.features ?? [];
  if (!Array.isArray(features)) throw new Neo4jStoreError('INVALID_ARGUMENT', 'ModelVersion.features must be a list');
  return {
    id: toStringValue(m.id, 'ModelVersion.id'),
    kind: toStringValue(m.kind, 'ModelVersion.kind'),
    features: features.map((f) => toStringValue(f, 'ModelVersion.features[]')),
    metrics: toStringValue(m.metrics ?? '{}', 'ModelVersion.metrics'),
    createdAt: new Date(toStringValue(m.createdAt, 'ModelVersion.createdAt')).toISOString(),
    artifact: toStringValue(m.artifact ?? '', 'ModelVersion.artifact'),
    beatsBaselines: m.beatsBaselines === true,
    globalShap: m.globalShap === null || m.globalShap === undefined ? null : toStringValue(m.globalShap, 'ModelVersion.globalShap'),
  };
}
