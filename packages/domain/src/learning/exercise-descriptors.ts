import { type Exercise, MUSCLE_GROUP_IDS } from '../exercise/exercise.js';
import { featureIndex } from './learning-features.js';

/** The non-zero exercise-descriptor features of one exercise, as (column, value) pairs. */
export interface ExerciseDescriptor {
  columns: Int32Array;
  values: Float64Array;
}

export interface ExerciseDescriptors {
  /** Descriptor features (bodyweight, muscle shares, mechanic, force, mapped) of an exercise; cached. */
  of(exercise: Exercise | null): ExerciseDescriptor;
  /** `overlap(a, b)`, computed once per ordered pair of exercises. */
  overlap(a: Exercise, b: Exercise): number;
  /** A dense number for the exercise (0, 1, … in order of first sight), for `overlapByOrdinal`. */
  ordinal(exercise: Exercise): number;
  /** `overlap` by ordinals: a table read after the first call per pair, no Map lookups. */
  overlapByOrdinal(a: number, b: number): number;
}

const NONE: ExerciseDescriptor = { columns: new Int32Array(0), values: new Float64Array(0) };

function describe(e: Exercise): ExerciseDescriptor {
  const entries: Array<[number, number]> = [[featureIndex('bodyweight'), e.bodyweight ? 1 : 0]];
  for (const m of MUSCLE_GROUP_IDS) entries.push([featureIndex(`muscle:${m}`), e.targets.find((t) => t.muscle === m)?.share ?? 0]);
  entries.push(
    [featureIndex('compound'), e.mechanic === 'compound' ? 1 : 0],
    [featureIndex('force:push'), e.force === 'push' ? 1 : 0],
    [featureIndex('force:pull'), e.force === 'pull' ? 1 : 0],
    [featureIndex('force:static'), e.force === 'static' ? 1 : 0],
    [featureIndex('mapped'), 1],
  );
  const nonZero = entries.filter(([, v]) => v !== 0);
  return { columns: Int32Array.from(nonZero, ([c]) => c), values: Float64Array.from(nonZero, ([, v]) => v) };
}

/**
 * Per-build caches of what only depends on the exercise: its descriptor features and its pairwise
 * muscle overlap (`overlapOf`), so building a graph costs O(1) per node and per candidate edge for them.
 */
export function exerciseDescriptors(overlapOf: (a: Exercise, b: Exercise) => number): ExerciseDescriptors {
  const ordinal = new Map<Exercise, number>();
  const exercises: Exercise[] = [];
  const described: ExerciseDescriptor[] = [];
  // Dense D × D table of overlaps (NaN = not computed yet), regrown when a new exercise appears.
  let size = 64;
  let table = new Float64Array(size * size).fill(Number.NaN);
  const ordinalOf = (e: Exercise): number => {
    let k = ordinal.get(e);
    if (k === undefined) {
      ordinal.set(e, (k = described.length));
      exercises.push(e);
      described.push(describe(e));
      if (k >= size) {
        const grown = new Float64Array(4 * size * size).fill(Number.NaN);
        for (let r = 0; r < size; r++) grown.set(table.subarray(r * size, (r + 1) * size), r * 2 * size);
        [table, size] = [grown, 2 * size];
      }
    }
    return k;
  };
  const overlapAt = (ia: number, ib: number): number => {
    const cell = ia * size + ib;
    let o = table[cell] ?? Number.NaN;
    if (Number.isNaN(o)) table[cell] = o = overlapOf(exercises[ia] as Exercise, exercises[ib] as Exercise);
    return o;
  };
  return {
    of: (e) => (e === null ? NONE : (described[ordinalOf(e)] ?? NONE)),
    overlap(a, b) {
      const [ia, ib] = [ordinalOf(a), ordinalOf(b)]; // both first: a new ordinal may regrow the table
      return overlapAt(ia, ib);
    },
    ordinal: ordinalOf,
    overlapByOrdinal: overlapAt,
  };
}
