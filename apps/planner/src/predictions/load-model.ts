import { loadPredictor, type Predictor } from '../learning/index.js';
import { type ModelCandidate, pickModel, registryCandidates, type RegistryRow, scanModelsDir } from './model-registry.js';

export interface LoadedModel {
  predictor: Predictor | null;
  /** The chosen candidate (also when its artifact failed to load). */
  candidate: ModelCandidate | null;
  /** One line for logs and /ready: which model, or why none. */
  detail: string;
}

export interface LoadModelOptions {
  /** Newest ModelVersion rows of the registry (ModelVersionRepository.list); may throw. */
  registry: () => Promise<RegistryRow[]>;
  modelsDir: string;
}

/**
 * The model the planner predicts with: the newest registry version that beat the baselines. While
 * the registry holds no version at all (the ModelVersion writer is not in place yet), the newest
 * predictor artifact in the models directory is used and reported as unverified. A missing or
 * corrupt artifact yields no predictor: the planner then runs on the overload rules alone.
 */
export async function loadModel(o: LoadModelOptions): Promise<LoadedModel> {
  let rows: RegistryRow[] = [];
  let registryNote = '';
  try {
    rows = await o.registry();
  } catch (error) {
    registryNote = ` (registry unreadable: ${(error as Error).message})`;
  }
  const fromRegistry = registryCandidates(rows, o.modelsDir);
  const candidate = fromRegistry.length > 0 ? pickModel(fromRegistry) : pickModel(await scanModelsDir(o.modelsDir), true);
  if (candidate === null) {
    const why = fromRegistry.length > 0 ? 'no registry version beat the baselines' : `no ModelVersion in the registry and no artifact under ${o.modelsDir}`;
    return { predictor: null, candidate: null, detail: `rules only: ${why}${registryNote}` };
  }
  const verified = candidate.origin === 'registry' ? 'beat the baselines' : 'from the models directory, unverified against baselines';
  try {
    const predictor = await loadPredictor(candidate.dir);
    return { predictor, candidate, detail: `model ${candidate.id} (${predictor.metadata.modelName}, ${verified})${registryNote}` };
  } catch (error) {
    return { predictor: null, candidate, detail: `rules only: model ${candidate.id} at ${candidate.dir} failed to load: ${(error as Error).message}` };
  }
}
