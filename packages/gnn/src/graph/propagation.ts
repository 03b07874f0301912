import { addSelfLoops } from './add-self-loops.js';
import { transposeCsr } from './csr.js';
import type { CsrAdjacency, SparseMatrix } from './graph-data.js';

/**
 * A fixed linear propagation operator S and its transpose (for the backward pass: ∂L/∂X = Sᵀ ∂L/∂Y).
 * Built once per graph and reused by every layer and epoch.
 */
export interface Propagation {
  readonly s: SparseMatrix;
  readonly sT: SparseMatrix;
}

/**
 * GCN symmetric normalization (Kipf & Welling, ICLR 2017, eq. 2):  Â = D̂^{-1/2} (A + I) D̂^{-1/2},
 * D̂_ii = Σ_j (A + I)_ij with edge weights, self-loops of weight 1 added where missing (PyG `gcn_norm`:
 * degree over targets; value of edge j → i = w_ji / √(d̂_i d̂_j)). Zero-degree nodes get 0, not ∞.
 */
export function gcnPropagation(adj: CsrAdjacency): Propagation {
  const a = addSelfLoops(adj, 1);
  const n = a.numNodes;
  const w = a.edgeWeight ?? new Float32Array(a.colIdx.length).fill(1);
  const dinv = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let d = 0;
    const end = a.rowPtr[i + 1] ?? 0;
    for (let k = a.rowPtr[i] ?? 0; k < end; k++) d += w[k] ?? 0;
    dinv[i] = d > 0 ? 1 / Math.sqrt(d) : 0;
  }
  const val = new Float32Array(a.colIdx.length);
  for (let i = 0; i < n; i++) {
    const end = a.rowPtr[i + 1] ?? 0;
    for (let k = a.rowPtr[i] ?? 0; k < end; k++) {
      val[k] = (dinv[i] ?? 0) * (w[k] ?? 0) * (dinv[a.colIdx[k] ?? 0] ?? 0);
    }
  }
  const s: SparseMatrix = { numRows: n, numCols: n, rowPtr: a.rowPtr, colIdx: a.colIdx, val };
  return { s, sT: transposeCsr(s) };
}

/**
 * Mean aggregation operator of GraphSAGE (Hamilton et al., NeurIPS 2017, eq. 1 with the mean
 * aggregator): (S·X)_i = (1 / |N(i)|) Σ_{j ∈ N(i)} x_j over in-neighbours; isolated nodes aggregate
 * to 0. Edge weights are ignored, as in PyG's `SAGEConv(aggr='mean')`.
 */
export function meanPropagation(adj: CsrAdjacency): Propagation {
  const n = adj.numNodes;
  const val = new Float32Array(adj.colIdx.length);
  for (let i = 0; i < n; i++) {
    const start = adj.rowPtr[i] ?? 0;
    const end = adj.rowPtr[i + 1] ?? 0;
    val.fill(end > start ? 1 / (end - start) : 0, start, end);
  }
  const s: SparseMatrix = { numRows: n, numCols: n, rowPtr: adj.rowPtr, colIdx: adj.colIdx, val };
  return { s, sT: transposeCsr(s) };
}
