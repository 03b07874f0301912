import type { SparseMatrix } from '../graph/graph-data.js';

/**
 * Y = S·X for a CSR S [R, C] and a dense row-major X [C, width], in plain TypeScript (the reference
 * implementation behind the tfjs ops; the fused engine uses the WASM SIMD kernel instead).
 * Cost O(nnz · width); one pass per output row, no E×width intermediate.
 */
export function sparseDenseMatmul(s: SparseMatrix, x: Float32Array, width: number): Float32Array {
  const y = new Float32Array(s.numRows * width);
  const { rowPtr, colIdx, val } = s;
  for (let i = 0; i < s.numRows; i++) {
    const o = i * width;
    const end = rowPtr[i + 1] ?? 0;
    for (let k = rowPtr[i] ?? 0; k < end; k++) {
      const w = val[k] ?? 0;
      const base = (colIdx[k] ?? 0) * width;
      for (let j = 0; j < width; j++) y[o + j] = (y[o + j] ?? 0) + w * (x[base + j] ?? 0);
    }
  }
  return y;
}
