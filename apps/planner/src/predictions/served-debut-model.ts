import { type DebutPredictor, latestServableDebutModel } from '@liftgraph/learning';
import { priorRatio } from '../prescriptions/strength-ratios.js';

export interface ServedDebutModelOptions {
  /** Where `liftgraph gnn train --task debut` saves `<runId>/debut-model.json`. */
  modelsDir: string;
  /** How old the last look at the directory may be before a request triggers another (ms, ≥ 0). */
  maxAgeMs: number;
  /** Called with the new detail line whenever the debut model in use (or the reason for none) changes. */
  onChange?: (detail: string) => void;
  now?: () => number;
}

type Loaded = { predictor: DebutPredictor; key: string; detail: string } | { predictor: null; key: null; detail: string; failed?: true };

async function load(modelsDir: string): Promise<Loaded> {
  try {
    const found = await latestServableDebutModel(modelsDir, priorRatio);
    if (found.predictor === null) return { predictor: null, key: null, detail: `debut: first-exposure rules (${found.reason})` };
    const { saved } = found;
    const mdape = saved.evaluation.scores.graphsage?.mdape;
    const score = mdape === undefined ? '' : `, held-out MdAPE ${(100 * mdape).toFixed(1)} % on ${saved.evaluation.debuts} debuts`;
    return {
      predictor: found.predictor,
      key: `${saved.id}@${saved.createdAt}`,
      detail: `debut model ${saved.id} (${saved.createdAt}${score}; beat the debut baselines)`,
    };
  } catch (error) {
    return {
      predictor: null,
      key: null,
      failed: true,
      detail: `debut: first-exposure rules (the debut model did not load: ${(error as Error).message})`,
    };
  }
}

/**
 * The debut model the planner serves, following its models directory without a restart like
 * ServedModel follows the registry: at most every `maxAgeMs` (when a caller asks through `fresh()`)
 * the newest saved debut model whose evaluation beat the debut baselines is looked up
 * (latestServableDebutModel) and swapped in when it is another one. A newer model that fails to load
 * leaves the one in use in place; with none servable the planner keeps its first-exposure rules and
 * `detail()` says why.
 */
export class ServedDebutModel {
  private checkedAt: number;
  private inFlight: Promise<DebutPredictor | null> | null = null;
  private readonly now: () => number;

  private constructor(
    private readonly o: ServedDebutModelOptions,
    private loaded: Loaded,
    private note = '',
  ) {
    this.now = o.now ?? Date.now;
    this.checkedAt = this.now();
  }

  static async start(o: ServedDebutModelOptions): Promise<ServedDebutModel> {
    if (!Number.isFinite(o.maxAgeMs) || o.maxAgeMs < 0) throw new Error(`maxAgeMs must be a number ≥ 0, got ${o.maxAgeMs}`);
    return new ServedDebutModel(o, await load(o.modelsDir));
  }

  /** The debut model in use now, or null (first-exposure rules). */
  current(): DebutPredictor | null {
    return this.loaded.predictor;
  }

  /** One line for logs and /ready. */
  detail(): string {
    return this.note === '' ? this.loaded.detail : `${this.loaded.detail}; ${this.note}`;
  }

  /** The debut model in use after looking again when the last look is older than `maxAgeMs`. */
  fresh(): Promise<DebutPredictor | null> {
    if (this.now() - this.checkedAt < this.o.maxAgeMs) return Promise.resolve(this.loaded.predictor);
    this.inFlight ??= this.check().finally(() => {
      this.inFlight = null;
      this.checkedAt = this.now();
    });
    return this.inFlight;
  }

  private async check(): Promise<DebutPredictor | null> {
    const next = await load(this.o.modelsDir);
    const before = this.detail();
    if (next.predictor === null && next.failed && this.loaded.predictor !== null) {
      this.note = `kept it: ${next.detail}`;
    } else {
      if (next.key === null || next.key !== this.loaded.key) this.loaded = next;
      this.note = '';
    }
    if (this.detail() !== before) this.o.onChange?.(this.detail());
    return this.loaded.predictor;
  }
}
