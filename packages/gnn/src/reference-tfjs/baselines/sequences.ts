import { GnnError } from '../../errors.js';

/**
 * Sequence input of the LSTM baseline from a NEXT chain: `next[i]` is the node of the same exercise's
 * next occurrence (−1 = none). Row i of the result lists the `k` previous occurrences of node i,
 * **oldest first and left-padded with −1**: [p_k, …, p_2, p_1] with p_1 the immediate predecessor.
 * Shapes: next [N] → Int32Array [N, k]. Throws on a chain that revisits a node (a cycle).
 */
export function sequencesFromNext(next: Int32Array, k: number): Int32Array {
  if (!Number.isInteger(k) || k < 1) throw new GnnError('BAD_CONFIG', `k must be a positive integer, got ${k}`);
  const n = next.length;
  const prev = new Int32Array(n).fill(-1);
  next.forEach((j, i) => {
    if (j < 0) return;
    if (j >= n) throw new GnnError('BAD_INPUT', `next[${i}] = ${j} is not a node index (N = ${n})`);
    if (prev[j] !== -1) throw new GnnError('BAD_INPUT', `node ${j} has two predecessors (${prev[j]} and ${i}); next must be a chain`);
    if (j === i) throw new GnnError('BAD_INPUT', `next[${i}] points at itself`);
    prev[j] = i;
  });
  const out = new Int32Array(n * k).fill(-1);
  for (let i = 0; i < n; i++) {
    let p = prev[i] ?? -1;
    for (let s = k - 1; s >= 0 && p >= 0; s--) {
      if (p === i) throw new GnnError('BAD_INPUT', `next has a cycle through node ${i}`);
      out[i * k + s] = p;
      p = prev[p] ?? -1;
    }
  }
  return out;
}

/** Time-major sequence batch: steps [k + 1] of [rows, F] (the node itself last) and step masks [k + 1] of [rows]. */
export interface SequenceBatch {
  readonly steps: Float32Array[];
  readonly masks: Float32Array[];
}

/**
 * Gathers the feature vectors of each row's previous occurrences (`sequences` [N, k], −1 = padding,
 * zero features and mask 0) followed by the row's own features (mask 1) for the given rows.
 */
export function gatherSequences(x: Float32Array, numFeatures: number, sequences: Int32Array, k: number, rows: Int32Array): SequenceBatch {
  const n = x.length / numFeatures;
  if (sequences.length !== n * k) throw new GnnError('BAD_INPUT', `sequences has ${sequences.length} entries, expected ${n}×${k}`);
  const f = numFeatures;
  const steps = Array.from({ length: k + 1 }, () => new Float32Array(rows.length * f));
  const masks = Array.from({ length: k + 1 }, () => new Float32Array(rows.length));
  rows.forEach((r, i) => {
    for (let s = 0; s <= k; s++) {
      const src = s === k ? r : (sequences[r * k + s] ?? -1);
      if (src < 0) continue;
      if (src >= n) throw new GnnError('BAD_INPUT', `sequences[${r}, ${s}] = ${src} is not a node index (N = ${n})`);
      steps[s]?.set(x.subarray(src * f, src * f + f), i * f);
      const m = masks[s];
      if (m !== undefined) m[i] = 1;
    }
  });
  return { steps, masks };
}
