import { chooseModel, type LoadedModel, loadChoice, loadModel, type LoadModelOptions, type ModelChoice } from './load-model.js';

export interface ServedModelOptions extends LoadModelOptions {
  /** How old the last registry check may be before a request triggers another (ms, ≥ 0). */
  maxAgeMs: number;
  /** Called with the new detail line whenever the model in use changes or a newer one is refused. */
  onChange?: (detail: string) => void;
  now?: () => number;
}

const choiceKey = (c: ModelChoice): string =>
  `${c.serving?.id ?? '-'}@${c.serving?.dir ?? ''}|${c.viewOnly?.id ?? '-'}@${c.viewOnly?.dir ?? ''}`;

/** A newly chosen model is taken only when it loads at least as far as it was meant to (serve, or explain). */
const loadedAsChosen = (choice: ModelChoice, loaded: LoadedModel): boolean =>
  choice.serving !== null ? loaded.predictor !== null : choice.viewOnly === null || loaded.explainer !== null;

/**
 * The model a long-running service predicts with, following the registry without a restart: at most
 * every `maxAgeMs` (when a caller asks through `fresh()`) the registry's choice is read again, and when
 * it names another version its artifacts are loaded and swapped in as one object (a request keeps the
 * snapshot it started with). A newer choice whose artifact fails to load, or a registry that cannot be
 * read, leaves the model in use in place and says so in `detail()`. Pinned models never change.
 */
export class ServedModel {
  private model: LoadedModel;
  private key: string | null;
  private note = '';
  private checkedAt: number;
  /** The newer choice that failed to load, and what was said about it (not retried until the choice changes). */
  private refused: { key: string; note: string } | null = null;
  private inFlight: Promise<LoadedModel> | null = null;
  private readonly now: () => number;

  private constructor(
    private readonly o: ServedModelOptions,
    first: { model: LoadedModel; key: string | null },
  ) {
    this.now = o.now ?? Date.now;
    this.model = first.model;
    this.key = first.key;
    this.checkedAt = this.now();
  }

  /** Loads the first model (pinned, or the registry's choice). */
  static async start(o: ServedModelOptions): Promise<ServedModel> {
    if (!Number.isFinite(o.maxAgeMs) || o.maxAgeMs < 0) throw new Error(`maxAgeMs must be a number ≥ 0, got ${o.maxAgeMs}`);
    if (o.pinned !== undefined && o.pinned !== '') return new ServedModel(o, { model: await loadModel(o), key: null });
    const choice = await chooseModel(o);
    return new ServedModel(o, { model: await loadChoice(choice), key: choiceKey(choice) });
  }

  /** The model in use now (no I/O). */
  current(): LoadedModel {
    return this.model;
  }

  /** One line for logs and /ready: the model in use, and why a newer one is not (when that happened). */
  detail(): string {
    return this.note === '' ? this.model.detail : `${this.model.detail}; ${this.note}`;
  }

  /** The model in use after re-reading the registry when the last check is older than `maxAgeMs`. */
  fresh(): Promise<LoadedModel> {
    if (this.key === null || this.now() - this.checkedAt < this.o.maxAgeMs) return Promise.resolve(this.model);
    return this.refresh();
  }

  /** Re-reads the registry now (concurrent callers share one check) and swaps in a newly chosen model. */
  refresh(): Promise<LoadedModel> {
    if (this.key === null) return Promise.resolve(this.model);
    this.inFlight ??= this.check().finally(() => {
      this.inFlight = null;
      this.checkedAt = this.now();
    });
    return this.inFlight;
  }

  private async check(): Promise<LoadedModel> {
    const choice = await chooseModel(this.o);
    if (choice.registryError !== null) {
      this.setNote(`registry unreadable, kept the model in use: ${choice.registryError}`);
      return this.model;
    }
    const key = choiceKey(choice);
    if (key === this.key || key === this.refused?.key) {
      this.setNote(key === this.key ? '' : (this.refused?.note ?? ''));
      return this.model;
    }
    const loaded = await loadChoice(choice);
    if (!loadedAsChosen(choice, loaded)) {
      this.refused = { key, note: `kept it: the newer registry choice did not load (${loaded.detail})` };
      this.setNote(this.refused.note);
      return this.model;
    }
    this.model = loaded;
    this.key = key;
    this.refused = null;
    this.note = '';
    this.o.onChange?.(this.detail());
    return this.model;
  }

  private setNote(note: string): void {
    if (note === this.note) return;
    this.note = note;
    this.o.onChange?.(this.detail());
  }
}
