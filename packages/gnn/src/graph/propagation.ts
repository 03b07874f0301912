import { addSelfLoops } from './add-self-loops.js';
import { transposeCsr } from './csr.js';
import { GnnError } from '../errors.js';
import type { CsrAdjacency, SparseMatrix } from './graph-data.js';

/**
 * A fixed linear propagation operator S and its transpose (for the backward pass: ∂L/∂X = Sᵀ ∂L/∂Y).
 * Built once per graph and reused by every layer and epoch.
 *
 * S is [R·N, N]: R relation blocks stacked by rows, row r·N + i aggregating node i over the edges of
 * relation r, so S·X [R·N, F] holds every relation's aggregate S_r·X in rows [r·N, (r+1)·N) and
 * Sᵀ·G [N] sums Σ_r S_rᵀ·G_r in one pass. R = 1 (S [N, N]) for every operator but
 * `relationMeanPropagation`.
 */
export interface Propagation {
  readonly s: SparseMatrix;
  /** Sᵀ, built on first access (predict-only engines never need it). */
  readonly sT: SparseMatrix;
}

/** The propagation of an operator S, its transpose computed lazily once. */
function propagationOf(s: SparseMatrix): Propagation {
  let t: SparseMatrix | undefined;
  return {
    s,
    get sT(): SparseMatrix {
      t ??= transposeCsr(s);
      return t;
    },
  };
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
  return propagationOf(s);
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
  return propagationOf(s);
}

/**
 * Edge-weighted mean per relation (relational GraphSAGE, after R-GCN's per-relation normalisation,
 * Schlichtkrull et al., ESWC 2018): block r of the stacked S (see `Propagation`) is
 *   (S_r·X)_i = Σ_{j→i of type r} w_ji x_j / Σ_{j→i of type r} w_ji,
 * so a node without in-edges of relation r (or with zero total weight) aggregates to 0 for r.
 * Edge weights default to 1 and edge types to 0.
 * @throws GnnError('BAD_GRAPH') when an edge type is ≥ `numRelations`.
 */
export function relationMeanPropagation(adj: CsrAdjacency, numRelations: number): Propagation {
  const n = adj.numNodes;
  const nnz = adj.colIdx.length;
  const type = (k: number): number => adj.edgeType?.[k] ?? 0;
  const weight = (k: number): number => adj.edgeWeight?.[k] ?? 1;
  const rows = numRelations * n;
  const rowPtr = new Int32Array(rows + 1);
  for (let k = 0; k < nnz; k++) {
    if (type(k) >= numRelations) {
      throw new GnnError(
        'BAD_GRAPH',
        `edge ${k} has type ${type(k)} but the model has ${numRelations} relation(s) (types 0..${numRelations - 1})`,
      );
    }
  }
  for (let i = 0; i < n; i++) {
    const end = adj.rowPtr[i + 1] ?? 0;
    for (let k = adj.rowPtr[i] ?? 0; k < end; k++) {
      const row = type(k) * n + i;
      rowPtr[row + 1] = (rowPtr[row + 1] ?? 0) + 1;
    }
  }
  for (let r = 0; r < rows; r++) rowPtr[r + 1] = (rowPtr[r + 1] ?? 0) + (rowPtr[r] ?? 0);
  const next = rowPtr.slice(0, rows);
  const colIdx = new Int32Array(nnz);
  const val = new Float32Array(nnz);
  const total = new Float64Array(numRelations);
  for (let i = 0; i < n; i++) {
    const start = adj.rowPtr[i] ?? 0;
    const end = adj.rowPtr[i + 1] ?? 0;
    total.fill(0);
    for (let k = start; k < end; k++) total[type(k)] = (total[type(k)] ?? 0) + weight(k);
    for (let k = start; k < end; k++) {
      const row = type(k) * n + i;
      const pos = next[row] ?? 0;
      next[row] = pos + 1;
      const sum = total[type(k)] ?? 0;
      colIdx[pos] = adj.colIdx[k] ?? 0;
      val[pos] = sum > 0 ? weight(k) / sum : 0;
    }
  }
  const s: SparseMatrix = { numRows: rows, numCols: n, rowPtr, colIdx, val };
  return propagationOf(s);
}
