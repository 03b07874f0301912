import { type Exercise, type LoggedSession, median } from '@liftgraph/domain';
import type { NameResolver } from './debut-queries.js';

/** A strength ratio between two exercises: load(to) ≈ load(from) × exp(logRatio). */
export interface StrengthRatio {
  logRatio: number;
  /** Athletes in the pool who logged both (0 = the prior alone). */
  athletes: number;
}

/** The ratio a pool does not know: from catalog facts (e.g. pattern × equipment strength standards), to ÷ from. */
export type PriorRatio = (from: Exercise, to: Exercise) => number;

/** Athletes needed before a pooled ratio replaces the prior entirely; fewer shrink it toward the prior. */
const FULL_WEIGHT_ATHLETES = 3;

/**
 * Population strength ratios between exercises (by catalog id; custom names by their own id), from a
 * pool of other athletes' logs: for each athlete, the median top-set load of each exercise over the log;
 * for each pair both logged, the log ratio; across athletes, the median. Pairs fewer than three athletes
 * share are shrunk toward the prior (weight n / 3), pairs none share are the prior.
 */
/** JSON form (stored with a debut model): per pair `from|to`, [median log ratio, athletes]. */
export interface PopulationRatiosJson {
  kind: 'population-ratios';
  pairs: Record<string, [number, number]>;
}

export class PopulationRatios {
  private constructor(
    /** Per pair `from|to`: the median log ratio over the athletes who logged both, and how many they were. */
    private readonly pairs: Map<string, { median: number; athletes: number }>,
    private readonly prior: PriorRatio,
  ) {}

  static fromJSON(json: PopulationRatiosJson, prior: PriorRatio): PopulationRatios {
    if (json.kind !== 'population-ratios') throw new Error(`not population ratios: kind "${String(json.kind)}"`);
    return new PopulationRatios(new Map(Object.entries(json.pairs).map(([k, [median, athletes]]) => [k, { median, athletes }])), prior);
  }

  toJSON(): PopulationRatiosJson {
    const pairs: Record<string, [number, number]> = {};
    for (const [k, v] of this.pairs) pairs[k] = [Math.round(v.median * 1e6) / 1e6, v.athletes];
    return { kind: 'population-ratios', pairs };
  }

  /** Exercise pairs the pool knows. */
  get size(): number {
    return this.pairs.size;
  }

  static fromLogs(logs: readonly { sessions: readonly LoggedSession[] }[], resolve: NameResolver, prior: PriorRatio): PopulationRatios {
    const pairs = new Map<string, number[]>();
    for (const log of logs) {
      const tops = new Map<string, number[]>();
      for (const s of log.sessions) {
        const dayTop = new Map<string, number>();
        for (const p of s.performances) {
          const id = resolve(p.exerciseName.trim()).id;
          for (const set of p.sets) {
            if (set.type === 'warmup' || (set.reps ?? 0) < 1 || !(set.weightKg !== null && set.weightKg > 0)) continue;
            dayTop.set(id, Math.max(dayTop.get(id) ?? 0, set.weightKg));
          }
        }
        for (const [id, kg] of dayTop) tops.set(id, [...(tops.get(id) ?? []), kg]);
      }
      const typical = [...tops].map(([id, kgs]) => [id, Math.log(median(kgs))] as const);
      for (const [a, la] of typical)
        for (const [b, lb] of typical) {
          if (a === b) continue;
          const key = `${a}|${b}`;
          const list = pairs.get(key);
          if (list) list.push(lb - la);
          else pairs.set(key, [lb - la]);
        }
    }
    return new PopulationRatios(new Map([...pairs].map(([k, list]) => [k, { median: median(list), athletes: list.length }])), prior);
  }

  /** An empty pool: every ratio is the prior. */
  static priorOnly(prior: PriorRatio): PopulationRatios {
    return new PopulationRatios(new Map(), prior);
  }

  ratio(from: Exercise, to: Exercise): StrengthRatio {
    if (from.id === to.id) return { logRatio: 0, athletes: FULL_WEIGHT_ATHLETES };
    const priorLog = Math.log(Math.max(1e-3, this.prior(from, to)));
    const pair = this.pairs.get(`${from.id}|${to.id}`);
    if (!pair) return { logRatio: priorLog, athletes: 0 };
    const w = Math.min(1, pair.athletes / FULL_WEIGHT_ATHLETES);
    return { logRatio: w * pair.median + (1 - w) * priorLog, athletes: pair.athletes };
  }
}
