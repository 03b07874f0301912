import { loadPredictor, type Predictor } from '../model-artifact.js';
import { type ModelCandidate, pickModel, registryCandidates, type RegistryRow, scanModelsDir } from './model-registry.js';

/** What the model's SHAP view is worth: served (beat the baselines), or shown only as the model's opinion. */
export type ModelVerdict = 'beat-baselines' | 'did-not-beat-baselines' | 'unverified' | 'pinned';

export interface ExplainerModel {
  predictor: Predictor;
  candidate: ModelCandidate;
  verdict: ModelVerdict;
}

export interface LoadedModel {
  predictor: Predictor | null;
  /** The chosen candidate (also when its artifact failed to load). */
  candidate: ModelCandidate | null;
  /**
   * The model whose SHAP reasons /predictions shows: the serving model when there is one, else the
   * newest model at all (its view is shown beside the rules, labelled with its verdict); null when
   * no artifact loads.
   */
  explainer: ExplainerModel | null;
  /** One line for logs and /ready: which model, or why none. */
  detail: string;
}

export interface LoadModelOptions {
  /** Newest ModelVersion rows of the registry (ModelVersionRepository.list); may throw. */
  registry: () => Promise<RegistryRow[]>;
  modelsDir: string;
  /**
   * Pin instead of choosing (registry ignored): an artifact directory (served), `view:<dir>` (rules
   * serve, the artifact only explains: its view beside the rules, e.g. a candidate under review) or
   * `none` (rules only, no SHAP). For deployments that roll a model back, and for tests that need a
   * known model.
   */
  pinned?: string;
}

async function tryLoad(candidate: ModelCandidate): Promise<Predictor | Error> {
  try {
    return await loadPredictor(candidate.dir);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

async function loadPinned(pin: string): Promise<LoadedModel> {
  if (pin === 'none') return { predictor: null, candidate: null, explainer: null, detail: 'rules only: model pinned to none' };
  if (pin.startsWith('view:')) {
    const dir = pin.slice('view:'.length);
    const candidate: ModelCandidate = { id: dir, createdAt: '', dir, beatsBaselines: false, origin: 'models-dir' };
    const predictor = await tryLoad(candidate);
    if (predictor instanceof Error)
      return {
        predictor: null,
        candidate: null,
        explainer: null,
        detail: `rules only: the view-only model ${dir} failed to load: ${predictor.message}`,
      };
    return {
      predictor: null,
      candidate: null,
      explainer: { predictor, candidate, verdict: 'unverified' },
      detail: `rules only; SHAP view from ${dir} (${predictor.metadata.modelName}, view only)`,
    };
  }
  const dir = pin;
  const candidate: ModelCandidate = { id: dir, createdAt: '', dir, beatsBaselines: false, origin: 'models-dir' };
  try {
    const predictor = await loadPredictor(dir);
    return {
      predictor,
      candidate,
      explainer: { predictor, candidate, verdict: 'pinned' },
      detail: `model pinned to ${dir} (${predictor.metadata.modelName})`,
    };
  } catch (error) {
    return {
      predictor: null,
      candidate,
      explainer: null,
      detail: `rules only: pinned model ${dir} failed to load: ${(error as Error).message}`,
    };
  }
}

/**
 * What the registry (else the models directory) says should serve and explain, before any artifact is
 * loaded: cheap enough to ask on every check (see ServedModel).
 */
export interface ModelChoice {
  /** The newest registry version that beat the baselines (else the newest unverified artifact), or null. */
  serving: ModelCandidate | null;
  /** Without a serving model: the newest loadable candidate at all (its SHAP view is shown), else null. */
  viewOnly: ModelCandidate | null;
  /** Why nothing serves (when `serving` is null). */
  why: string;
  /** Set when the registry could not be read (the models directory was scanned instead). */
  registryError: string | null;
}

const verdictOf = (c: ModelCandidate): ModelVerdict =>
  c.origin === 'models-dir' ? 'unverified' : c.beatsBaselines ? 'beat-baselines' : 'did-not-beat-baselines';

/** The candidates `loadModel` would load, from the registry rows (else a models-directory scan). */
export async function chooseModel(o: Omit<LoadModelOptions, 'pinned'>): Promise<ModelChoice> {
  let rows: RegistryRow[] = [];
  let registryError: string | null = null;
  try {
    rows = await o.registry();
  } catch (error) {
    registryError = (error as Error).message;
  }
  const fromRegistry = registryCandidates(rows, o.modelsDir);
  const pool = fromRegistry.length > 0 ? fromRegistry : await scanModelsDir(o.modelsDir);
  const serving = fromRegistry.length > 0 ? pickModel(fromRegistry) : pickModel(pool, true);
  const why =
    fromRegistry.length > 0
      ? 'no registry version beat the baselines'
      : `no ModelVersion in the registry and no artifact under ${o.modelsDir}`;
  return { serving, viewOnly: serving === null ? pickModel(pool, true) : null, why, registryError };
}

/** Loads the artifacts of a choice; a corrupt or missing artifact yields no predictor (rules only). */
export async function loadChoice(choice: ModelChoice): Promise<LoadedModel> {
  const registryNote = choice.registryError === null ? '' : ` (registry unreadable: ${choice.registryError})`;
  const candidate = choice.serving;
  if (candidate === null) {
    const view = choice.viewOnly;
    const loaded = view && (await tryLoad(view));
    const explainer =
      view && loaded && !(loaded instanceof Error) ? { predictor: loaded, candidate: view, verdict: verdictOf(view) } : null;
    const shap = explainer
      ? `; SHAP view from ${explainer.candidate.id} (${explainer.verdict})`
      : view && loaded instanceof Error
        ? `; the SHAP view ${view.id} at ${view.dir} failed to load: ${loaded.message}`
        : '';
    return { predictor: null, candidate: null, explainer, detail: `rules only: ${choice.why}${shap}${registryNote}` };
  }
  const note = candidate.origin === 'registry' ? 'beat the baselines' : 'from the models directory, unverified against baselines';
  try {
    const predictor = await loadPredictor(candidate.dir);
    return {
      predictor,
      candidate,
      explainer: { predictor, candidate, verdict: verdictOf(candidate) },
      detail: `model ${candidate.id} (${predictor.metadata.modelName}, ${note})${registryNote}`,
    };
  } catch (error) {
    return {
      predictor: null,
      candidate,
      explainer: null,
      detail: `rules only: model ${candidate.id} at ${candidate.dir} failed to load: ${(error as Error).message}`,
    };
  }
}

/**
 * The model the planner predicts with: the newest registry version that beat the baselines. While
 * the registry holds no version at all, the newest predictor artifact in the models directory is used
 * and reported as unverified. A missing or corrupt artifact yields no predictor: the planner then runs
 * on the overload rules alone. Without a serving model the newest loadable version (registry, else
 * models directory) becomes the explainer.
 */
export async function loadModel(o: LoadModelOptions): Promise<LoadedModel> {
  if (o.pinned !== undefined && o.pinned !== '') return loadPinned(o.pinned);
  return loadChoice(await chooseModel(o));
}
