import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

/** One trained model the planner could use. */
export interface ModelCandidate {
  id: string;
  createdAt: string;
  /** Artifact folder (model.json + weights.bin). */
  dir: string;
  /** True when its test metrics beat both baselines (persistence and rules) on weight MAE. */
  beatsBaselines: boolean;
  /** Where the candidate was found: the Neo4j registry or a models-directory scan. */
  origin: 'registry' | 'models-dir';
}

/** A ModelVersion as the registry stores it (ModelVersionRepository's shape, structurally). */
export interface RegistryRow {
  id: string;
  createdAt: string;
  artifact: string | null;
  /** Stored metrics JSON (the model's and the baselines' test errors). */
  metrics: string | null;
  /** The registry's own verdict when it records one; else derived from `metrics`. */
  beatsBaselines?: boolean;
}

type Json = Record<string, unknown>;
const weightMae = (m: unknown): number | null => {
  const w = (m as Json | null | undefined)?.weight as Json | null | undefined;
  return typeof w?.mae === 'number' ? w.mae : null;
};

/**
 * Whether stored metrics say the model beat the baselines. Accepts an explicit `beatsBaselines`, or
 * metrics holding the model's and both baselines' per-target errors, either as an EvalResult
 * (`{models: {<name>, persistence, rules}}` with `model` naming the entry) or flat
 * (`{model: {...}, persistence: {...}, rules: {...}}`). Anything else: not proven, so false.
 */
export function metricsBeatBaselines(metricsJson: string | null): boolean {
  if (metricsJson === null) return false;
  let m: Json;
  try {
    m = JSON.parse(metricsJson) as Json;
  } catch {
    return false;
  }
  if (typeof m.beatsBaselines === 'boolean') return m.beatsBaselines;
  const table = (m.models as Json | undefined) ?? m;
  const own = weightMae(typeof m.model === 'string' ? table[m.model] : m.model);
  const persistence = weightMae(table.persistence);
  const rules = weightMae(table.rules);
  return own !== null && persistence !== null && rules !== null && own < persistence && own < rules;
}

/** Registry rows as candidates; relative artifact paths resolve against the models directory. */
export function registryCandidates(rows: readonly RegistryRow[], modelsDir: string): ModelCandidate[] {
  return rows.flatMap((r) =>
    r.artifact === null || r.artifact === ''
      ? []
      : [
          {
            id: r.id,
            createdAt: r.createdAt,
            dir: isAbsolute(r.artifact) ? r.artifact : join(modelsDir, r.artifact),
            beatsBaselines: r.beatsBaselines ?? metricsBeatBaselines(r.metrics),
            origin: 'registry' as const,
          },
        ],
  );
}

/**
 * Fallback while no registry is populated: artifact folders under the models directory whose
 * model.json carries predictor metadata. That metadata holds only the model's own metrics, so
 * beating the baselines cannot be checked here: such candidates are marked false and used only when
 * the caller allows unverified models.
 */
export async function scanModelsDir(modelsDir: string): Promise<ModelCandidate[]> {
  let entries: string[];
  try {
    entries = await readdir(modelsDir);
  } catch {
    return [];
  }
  const out: ModelCandidate[] = [];
  for (const name of entries) {
    const dir = join(modelsDir, name);
    try {
      const json = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8')) as Json;
      const meta = json.userDefinedMetadata as Json | undefined;
      if (typeof meta?.schema !== 'string' || !meta.schema.startsWith('liftgraph-predictor/')) continue;
      out.push({
        id: name,
        createdAt: typeof meta.createdAt === 'string' ? meta.createdAt : '',
        dir,
        beatsBaselines: false,
        origin: 'models-dir',
      });
    } catch {
      // not an artifact folder (reports, partial writes): skip
    }
  }
  return out;
}

/** Newest candidate that beat the baselines; with `allowUnverified`, the newest one at all. */
export function pickModel(candidates: readonly ModelCandidate[], allowUnverified = false): ModelCandidate | null {
  const eligible = candidates.filter((c) => c.beatsBaselines || allowUnverified);
  return [...eligible].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))[0] ?? null;
}
