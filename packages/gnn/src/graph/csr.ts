import { GnnError } from '../errors.js';
import type { CsrAdjacency, SparseMatrix } from './graph-data.js';

/** Optional per-edge data carried through COO → CSR conversion. */
export interface CooEdgeData {
  readonly edgeWeight?: Float32Array;
  readonly edgeType?: Uint8Array;
}

/**
 * Converts COO edges `src[e] → tgt[e]` (PyG `edge_index` orientation) into a CSR adjacency whose rows
 * are targets. Counting sort, O(N + E); edges keep their input order inside a row (stable), so the
 * result is deterministic. Duplicate edges are kept (they count twice, as in PyG's scatter-add).
 */
export function cooToCsr(numNodes: number, src: Int32Array, tgt: Int32Array, data: CooEdgeData = {}): CsrAdjacency {
  if (src.length !== tgt.length) {
    throw new GnnError('BAD_EDGE_INDEX', `src has ${src.length} entries but tgt has ${tgt.length}; they must be equal`);
  }
  const e = src.length;
  for (const [name, arr] of [
    ['edgeWeight', data.edgeWeight],
    ['edgeType', data.edgeType],
  ] as const) {
    if (arr !== undefined && arr.length !== e) {
      throw new GnnError('BAD_EDGE_INDEX', `${name} has ${arr.length} entries, expected one per edge (${e})`);
    }
  }
  const rowPtr = new Int32Array(numNodes + 1);
  for (let k = 0; k < e; k++) {
    const t = tgt[k] ?? -1;
    const s = src[k] ?? -1;
    if (t < 0 || t >= numNodes || s < 0 || s >= numNodes) {
      throw new GnnError('BAD_EDGE_INDEX', `edge ${k} (${s} → ${t}) has a node id outside [0, ${numNodes})`);
    }
    rowPtr[t + 1] = (rowPtr[t + 1] ?? 0) + 1;
  }
  for (let i = 0; i < numNodes; i++) rowPtr[i + 1] = (rowPtr[i + 1] ?? 0) + (rowPtr[i] ?? 0);
  const next = rowPtr.slice(0, numNodes);
  const colIdx = new Int32Array(e);
  const weight = data.edgeWeight === undefined ? undefined : new Float32Array(e);
  const type = data.edgeType === undefined ? undefined : new Uint8Array(e);
  for (let k = 0; k < e; k++) {
    const t = tgt[k] ?? 0;
    const pos = next[t] ?? 0;
    next[t] = pos + 1;
    colIdx[pos] = src[k] ?? 0;
    if (weight !== undefined) weight[pos] = data.edgeWeight?.[k] ?? 1;
    if (type !== undefined) type[pos] = data.edgeType?.[k] ?? 0;
  }
  return { numNodes, rowPtr, colIdx, ...(weight && { edgeWeight: weight }), ...(type && { edgeType: type }) };
}

/**
 * Transpose of a CSR sparse matrix (Sᵀ, [numCols, numRows]) by counting sort, O(rows + nnz).
 * Used for backward passes: ∂L/∂X = Sᵀ · ∂L/∂(S·X).
 */
export function transposeCsr(s: SparseMatrix): SparseMatrix {
  const nnz = s.colIdx.length;
  const rowPtr = new Int32Array(s.numCols + 1);
  for (let k = 0; k < nnz; k++) {
    const c = s.colIdx[k] ?? 0;
    rowPtr[c + 1] = (rowPtr[c + 1] ?? 0) + 1;
  }
  for (let i = 0; i < s.numCols; i++) rowPtr[i + 1] = (rowPtr[i + 1] ?? 0) + (rowPtr[i] ?? 0);
  const next = rowPtr.slice(0, s.numCols);
  const colIdx = new Int32Array(nnz);
  const val = new Float32Array(nnz);
  for (let r = 0; r < s.numRows; r++) {
    const end = s.rowPtr[r + 1] ?? 0;
    for (let k = s.rowPtr[r] ?? 0; k < end; k++) {
      const c = s.colIdx[k] ?? 0;
      const pos = next[c] ?? 0;
      next[c] = pos + 1;
      colIdx[pos] = r;
      val[pos] = s.val[k] ?? 0;
    }
  }
  return { numRows: s.numCols, numCols: s.numRows, rowPtr, colIdx, val };
}
