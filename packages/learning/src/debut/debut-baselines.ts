import { type Exercise, similarity, TRANSFERS_TO } from '@liftgraph/domain';
import type { DebutQuery, ExerciseRecord } from './debut-queries.js';
import type { PopulationRatios } from './population-ratios.js';

/** Lower-case words of a name (letters and digits of any script). */
export function nameWords(name: string): Set<string> {
  return new Set(
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== ''),
  );
}

export function sharedWords(a: string, b: string): number {
  const wa = nameWords(a);
  let n = 0;
  for (const w of nameWords(b)) if (wa.has(w)) n++;
  return n;
}

/**
 * `nameNearest`: the latest top-set load of the logged exercise whose name shares the most words with
 * the debut's (ties: the most recently logged). With no word shared, still the most recent exercise.
 */
export function nameNearest(q: DebutQuery): ExerciseRecord | null {
  let best: ExerciseRecord | null = null;
  let bestShared = -1;
  for (const r of q.history) {
    const shared = sharedWords(r.name, q.name);
    if (shared > bestShared || (shared === bestShared && best !== null && r.lastDate > best.lastDate)) {
      best = r;
      bestShared = shared;
    }
  }
  return best;
}

const transferWeight = new Map(TRANSFERS_TO.map((t) => [`${t.from}|${t.to}`, t.weight]));

/** Relatedness of two exercises in the catalog graph: the stronger of TRANSFERS_TO and SIMILAR_TO's score. */
export function relatedness(from: Exercise, to: Exercise): { score: number; transfer: number; similar: number } {
  const transfer = transferWeight.get(`${from.id}|${to.id}`) ?? 0;
  const similar = similarity(from, to).score;
  return { score: Math.max(transfer, similar), transfer, similar };
}

/** The logged exercise most related to the debut in the catalog graph (ties: most recent), with its relatedness. */
export function mostRelated(q: DebutQuery): { record: ExerciseRecord; score: number } | null {
  let best: { record: ExerciseRecord; score: number } | null = null;
  for (const r of q.history) {
    const { score } = relatedness(r.exercise, q.exercise);
    if (best === null || score > best.score || (score === best.score && r.lastDate > best.record.lastDate)) best = { record: r, score };
  }
  return best;
}

/** `similarRatio`: the latest load on the most related logged exercise × the population strength ratio between the two. */
export function similarRatio(q: DebutQuery, ratios: PopulationRatios): number | null {
  const best = mostRelated(q);
  if (!best) return null;
  return best.record.lastTopKg * Math.exp(ratios.ratio(best.record.exercise, q.exercise).logRatio);
}

export function nameNearestKg(q: DebutQuery): number | null {
  return nameNearest(q)?.lastTopKg ?? null;
}
