import { GnnError } from '../errors.js';
import type { GraphData } from '../graph/graph-data.js';
import type { SparseMatrix } from '../graph/graph-data.js';
import { convKind, propagationFor } from '../models/conv-kind.js';
import type { GnnModel } from '../models/gnn-model.js';
import type { PredictFn } from './kernel-shap.js';

function row(m: SparseMatrix, i: number): { cols: Int32Array; vals: Float32Array } {
  const a = m.rowPtr[i] ?? 0;
  const b = m.rowPtr[i + 1] ?? 0;
  return { cols: m.colIdx.subarray(a, b), vals: m.val.subarray(a, b) };
}

/** out[0..cols) += Σ_r v[r] · w[r, :] for a dense row v [rows] and w [rows, cols] row-major. */
function addVecMat(out: Float64Array, v: ArrayLike<number>, w: Float32Array, cols: number, scale = 1): void {
  for (let r = 0; r < v.length; r++) {
    const a = (v[r] ?? 0) * scale;
    if (a === 0) continue;
    for (let c = 0; c < cols; c++) out[c] = (out[c] ?? 0) + a * (w[r * cols + c] ?? 0);
  }
}

/**
 * A black box over one node's feature vector for SHAP: rows [n, F] are substituted for row
 * `nodeIndex` of `graph.x` (all other nodes keep their features) and the model's prediction for that
 * node [n, T] is returned — exactly what `model.predict` would give on the modified graph.
 *
 * Only the node's receptive field is recomputed. With S the model's propagation operator and
 * δ = x′_v − x_v, the first-layer pre-activations change only for u ∈ U = {v} ∪ {u : S_vu ≠ 0}:
 *   GCN:  Z_u = (S X)_u W₁ + b₁ + S_uv · δW₁
 *   SAGE: Z_u = X_u W₁ʳ + (S X)_u W₁ⁿ + b₁ + [u = v] δW₁ʳ + S_uv · δW₁ⁿ
 * and the second layer and head are evaluated for v alone. The unperturbed terms are computed once
 * (the cached state), so one evaluation costs O(F·H + |U|·H + H² + H·T) instead of a full pass.
 * The parameters are read when the function is created; re-create it after training further.
 *
 * This is the engine's forward pass (`FusedGnn`) restricted to one node's receptive field, not a second
 * model: KernelSHAP evaluates thousands of coalition rows per node, and a full engine pass per row
 * costs O(N). The tests hold it to `GnnModel.predict` on the modified graph (1e-4) for both kinds.
 */
export function nodePredictFn(model: GnnModel, graph: GraphData, nodeIndex: number): PredictFn {
  const { kind, inFeatures: f, hidden: h, outFeatures: t } = model.config;
  if (graph.numFeatures !== f) throw new GnnError('BAD_INPUT', `graph has ${graph.numFeatures} features but the model expects ${f}`);
  if (!Number.isInteger(nodeIndex) || nodeIndex < 0 || nodeIndex >= graph.numNodes) {
    throw new GnnError('BAD_INPUT', `nodeIndex must be in [0, ${graph.numNodes}), got ${nodeIndex}`);
  }
  const p = model.getParams();
  const get = (name: string): Float32Array => {
    const v = p[name];
    if (v === undefined) throw new GnnError('INTERNAL', `model has no parameter ${name}`);
    return v;
  };
  // Root terms (Wʳ) only for convolutions that have one (SAGE); the names come from CONV_KINDS.
  const { rootKernel, neighKernel } = convKind(kind);
  const w1 = get(`conv1/${neighKernel}`);
  const w1r = rootKernel === null ? undefined : get(`conv1/${rootKernel}`);
  const w2 = get(`conv2/${neighKernel}`);
  const w2r = rootKernel === null ? undefined : get(`conv2/${rootKernel}`);
  const [b1, b2, wh, bh] = [get('conv1/bias'), get('conv2/bias'), get('head/kernel'), get('head/bias')];
  const s = propagationFor(kind, graph.adjacency).s;
  const v = nodeIndex;
  const xv = graph.x.subarray(v * f, v * f + f);
  const rowV = row(s, v);
  const field = [...new Set([v, ...rowV.cols])];
  // Cached per u ∈ U: base pre-activation Z_u and the coefficient S_uv of node v in row u.
  const baseZ = field.map((u) => {
    const z = Float64Array.from(b1);
    const ru = row(s, u);
    const agg = new Float64Array(f);
    ru.cols.forEach((c, k) => {
      const a = ru.vals[k] ?? 0;
      for (let j = 0; j < f; j++) agg[j] = (agg[j] ?? 0) + a * (graph.x[c * f + j] ?? 0);
    });
    addVecMat(z, agg, w1, h);
    if (w1r !== undefined) addVecMat(z, graph.x.subarray(u * f, u * f + f), w1r, h);
    return z;
  });
  const coefV = field.map((u) => {
    const ru = row(s, u);
    let c = 0;
    ru.cols.forEach((col, k) => {
      if (col === v) c += ru.vals[k] ?? 0;
    });
    return c;
  });
  const position = new Map(field.map((u, i) => [u, i]));
  return (rows: Float32Array, n: number): Float32Array => {
    if (rows.length !== n * f) throw new GnnError('BAD_INPUT', `rows has ${rows.length} values, expected ${n}×${f}`);
    const out = new Float32Array(n * t);
    const delta = new Float64Array(f);
    const dW = new Float64Array(h);
    const dWr = new Float64Array(h);
    const h1 = field.map(() => new Float64Array(h));
    const m2 = new Float64Array(h);
    const h2 = new Float64Array(h);
    for (let r = 0; r < n; r++) {
      for (let j = 0; j < f; j++) delta[j] = (rows[r * f + j] ?? 0) - (xv[j] ?? 0);
      dW.fill(0);
      addVecMat(dW, delta, w1, h);
      if (w1r !== undefined) {
        dWr.fill(0);
        addVecMat(dWr, delta, w1r, h);
      }
      field.forEach((u, i) => {
        const z = baseZ[i] ?? new Float64Array(h);
        const c = coefV[i] ?? 0;
        const rootShift = w1r !== undefined && u === v ? 1 : 0;
        const hu = h1[i] ?? new Float64Array(h);
        for (let k = 0; k < h; k++) hu[k] = Math.max(0, (z[k] ?? 0) + c * (dW[k] ?? 0) + rootShift * (dWr[k] ?? 0));
      });
      m2.fill(0);
      rowV.cols.forEach((u, k) => {
        const hu = h1[position.get(u) ?? 0] ?? new Float64Array(h);
        const a = rowV.vals[k] ?? 0;
        for (let j = 0; j < h; j++) m2[j] = (m2[j] ?? 0) + a * (hu[j] ?? 0);
      });
      h2.set(b2);
      addVecMat(h2, m2, w2, h);
      if (w2r !== undefined) addVecMat(h2, h1[position.get(v) ?? 0] ?? new Float64Array(h), w2r, h);
      for (let k = 0; k < h; k++) h2[k] = Math.max(0, h2[k] ?? 0);
      for (let o = 0; o < t; o++) {
        let y = bh[o] ?? 0;
        for (let k = 0; k < h; k++) y += (h2[k] ?? 0) * (wh[k * t + o] ?? 0);
        out[r * t + o] = y;
      }
    }
    return out;
  };
}

/**
 * Generic (slow) black box for any graph model given as `predictGraph(x) → Ŷ [N, T]`: each row is
 * substituted for row `nodeIndex` of a copy of x and the full graph is re-evaluated. Use it for
 * models without a receptive-field shortcut (e.g. the deep study models); cost one pass per row.
 */
export function nodePredictFnFromGraph(
  predictGraph: (x: Float32Array) => Float32Array,
  x: Float32Array,
  numFeatures: number,
  nodeIndex: number,
): PredictFn {
  const work = x.slice();
  const f = numFeatures;
  return (rows, n) => {
    const outs: Float32Array[] = [];
    for (let r = 0; r < n; r++) {
      work.set(rows.subarray(r * f, r * f + f), nodeIndex * f);
      const y = predictGraph(work);
      const t = y.length / (x.length / f);
      outs.push(y.slice(nodeIndex * t, nodeIndex * t + t));
    }
    work.set(x.subarray(nodeIndex * f, nodeIndex * f + f), nodeIndex * f);
    const t = outs[0]?.length ?? 0;
    const out = new Float32Array(n * t);
    outs.forEach((o, r) => out.set(o, r * t));
    return out;
  };
}
