import type { Exercise, LoggedSession } from '@liftgraph/domain';
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

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Population strength ratios between exercises (by catalog id; custom names by their own id), from a
 * pool of other athletes' logs: for each athlete, the median top-set load of each exercise over the log;
 * for each pair both logged, the log ratio; across athletes, the median. Pairs fewer than three athletes
 * share are shrunk toward the prior (weight n / 3), pairs none share are the prior.
 */
export class PopulationRatios {
  private constructor(
    private readonly pairs: Map<string, number[]>,
    private readonly prior: PriorRatio,
  ) {}

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
    return new PopulationRatios(pairs, prior);
  }

  /** An empty pool: every ratio is the prior. */
  static priorOnly(prior: PriorRatio): PopulationRatios {
    return new PopulationRatios(new Map(), prior);
  }

  ratio(from: Exercise, to: Exercise): StrengthRatio {
    if (from.id === to.id) return { logRatio: 0, athletes: FULL_WEIGHT_ATHLETES };
    const priorLog = Math.log(Math.max(1e-3, this.prior(from, to)));
    const list = this.pairs.get(`${from.id}|${to.id}`);
    if (!list || list.length === 0) return { logRatio: priorLog, athletes: 0 };
    const w = Math.min(1, list.length / FULL_WEIGHT_ATHLETES);
    return { logRatio: w * median(list) + (1 - w) * priorLog, athletes: list.length };
  }
}
