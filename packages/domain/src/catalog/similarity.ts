import { type Exercise, MUSCLE_GROUP_IDS, type MuscleGroupId } from '../exercise/exercise.js';
import { DomainError } from '../errors.js';

/**
 * Weights of the three parts of `similarity`; they sum to 1.
 * Muscles dominate because the planner uses SIMILAR_TO to avoid redundant work on the same muscles;
 * pattern and equipment separate, e.g., a barbell row from a lat pulldown with similar muscles.
 */
export const SIMILARITY_WEIGHTS = Object.freeze({ muscles: 0.6, pattern: 0.25, equipment: 0.15 });

/** A muscle two exercises share, with each one's share and the overlap `min(shareA, shareB)`. */
export interface SharedMuscle {
  muscle: MuscleGroupId;
  shareA: number;
  shareB: number;
  overlap: number;
}

export interface Similarity {
  /** In [0, 1]; 1 for identical muscle shares, pattern and equipment. */
  score: number;
  /** Cosine similarity of the two muscle-share vectors, in [0, 1]. */
  muscleCosine: number;
  samePattern: boolean;
  sameEquipment: boolean;
  /** Human-readable account of what contributed, stored on `SIMILAR_TO.basis`. */
  basis: string;
}

/** A directed SIMILAR_TO edge. */
export interface SimilarityEdge {
  from: string;
  to: string;
  score: number;
  basis: string;
}

/** Muscles both exercises train, largest overlap first. */
export function sharedMuscles(a: Exercise, b: Exercise): SharedMuscle[] {
  const shareB = new Map(b.targets.map((t) => [t.muscle, t.share]));
  return a.targets
    .filter((t) => shareB.has(t.muscle))
    .map((t) => {
      const sb = shareB.get(t.muscle) ?? 0;
      return { muscle: t.muscle, shareA: t.share, shareB: sb, overlap: Math.min(t.share, sb) };
    })
    .sort((x, y) => y.overlap - x.overlap || x.muscle.localeCompare(y.muscle));
}

/** The exercise's muscle shares as a vector in `MUSCLE_GROUP_IDS` order. */
export function muscleVector(e: Exercise): Float64Array {
  const v = new Float64Array(MUSCLE_GROUP_IDS.length);
  for (const t of e.targets) {
    const i = MUSCLE_GROUP_IDS.indexOf(t.muscle);
    if (i >= 0) v[i] = (v[i] ?? 0) + t.share;
  }
  return v;
}

function cosine(a: Float64Array, b: Float64Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : Math.min(1, dot / Math.sqrt(na * nb));
}

function combine(a: Exercise, b: Exercise, muscleCosine: number): Similarity {
  const samePattern = a.pattern === b.pattern;
  const sameEquipment = a.equipment === b.equipment;
  const w = SIMILARITY_WEIGHTS;
  const score = w.muscles * muscleCosine + (samePattern ? w.pattern : 0) + (sameEquipment ? w.equipment : 0);
  const top = sharedMuscles(a, b)
    .slice(0, 3)
    .map((m) => m.muscle);
  const parts = [`muscles ${muscleCosine.toFixed(2)}${top.length > 0 ? ` (${top.join(', ')})` : ''}`];
  if (samePattern) parts.push(`same pattern ${a.pattern}`);
  if (sameEquipment) parts.push(`same equipment ${a.equipment}`);
  return { score: Math.round(score * 1e4) / 1e4, muscleCosine, samePattern, sameEquipment, basis: parts.join('; ') };
}

/**
 * Similarity of two exercises in [0, 1]:
 *   score = 0.6 · cos(sharesA, sharesB) + 0.25 · [same pattern] + 0.15 · [same equipment]
 * where the share vectors are the 17-muscle vectors of `muscleVector`. Symmetric; 1 for an exercise
 * with itself.
 */
export function similarity(a: Exercise, b: Exercise): Similarity {
  return combine(a, b, cosine(muscleVector(a), muscleVector(b)));
}

/**
 * The k most similar other exercises of every exercise (ties broken by id), as directed edges
 * `from → to`, keeping only scores ≥ `minScore`. O(n²) over the catalog with precomputed vectors.
 */
export function topSimilar(catalog: readonly Exercise[], k: number, minScore = 0): SimilarityEdge[] {
  if (!Number.isInteger(k) || k < 0) throw new DomainError('INVALID_ARGUMENT', `k must be a non-negative integer, got ${k}`);
  const vectors = catalog.map(muscleVector);
  const edges: SimilarityEdge[] = [];
  for (const [i, a] of catalog.entries()) {
    const va = vectors[i] ?? new Float64Array(0);
    const scored: Array<{ j: number; score: number }> = [];
    for (const [j, b] of catalog.entries()) {
      if (i === j) continue;
      const muscle = cosine(va, vectors[j] ?? new Float64Array(0));
      const w = SIMILARITY_WEIGHTS;
      const score = w.muscles * muscle + (a.pattern === b.pattern ? w.pattern : 0) + (a.equipment === b.equipment ? w.equipment : 0);
      if (score >= minScore) scored.push({ j, score });
    }
    scored.sort((x, y) => y.score - x.score || (catalog[x.j]?.id ?? '').localeCompare(catalog[y.j]?.id ?? ''));
    for (const { j } of scored.slice(0, k)) {
      const b = catalog[j];
      if (b === undefined) continue;
      const s = similarity(a, b);
      edges.push({ from: a.id, to: b.id, score: s.score, basis: s.basis });
    }
  }
  return edges;
}
