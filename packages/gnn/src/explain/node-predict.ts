import { GnnError } from '../errors.js';
import type { GraphData } from '../graph/graph-data.js';
import type { SparseMatrix } from '../graph/graph-data.js';
import { convKind, neighKernels, propagationFor } from '../models/conv-kind.js';
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
 * Only the node's receptive field is recomputed. With S_r the model's propagation operator of
 * relation r (one relation except for 'rsage') and δ = x′_v − x_v, the first-layer pre-activations
 * change only for u ∈ U = {v} ∪ {u : S_r,vu ≠ 0 for some r}:
 *   Z_u = X_u W₁ʳ + Σ_r (S_r X)_u W₁ⁿ,r + b₁ + [u = v] δW₁ʳ + Σ_r S_r,uv · δW₁ⁿ,r
 * (GCN has no root term W₁ʳ), and the second layer and head are evaluated for v alone. The
 * unperturbed terms are computed once (the cached state), so one evaluation costs
 * O(R·F·H + R·|U|·H + R·H² + H·T) instead of a full pass. The parameters are read when the function
 * is created; re-create it after training further.
 *
 * This is the engine's forward pass (`FusedGnn`) restricted to one node's receptive field, not a second
 * model: KernelSHAP evaluates thousands of coalition rows per node, and a full engine pass per row
 * costs O(N). The tests hold it to `GnnModel.predict` on the modified graph (1e-4) for every kind.
 */
export function nodePredictFn(model: GnnModel, graph: GraphData, nodeIndex: number): PredictFn {
  const { kind, inFeatures: f, hidden: h, outFeatures: t, numRelations } = model.config;
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
  const conv = convKind(kind);
  const neigh = neighKernels(conv, numRelations);
  const rels = neigh.map((_, r) => r);
  const w1 = neigh.map((name) => get(`conv1/${name}`));
  const w2 = neigh.map((name) => get(`conv2/${name}`));
  const w1r = conv.rootKernel === null ? undefined : get(`conv1/${conv.rootKernel}`);
  const w2r = conv.rootKernel === null ? undefined : get(`conv2/${conv.rootKernel}`);
  const [b1, b2, wh, bh] = [get('conv1/bias'), get('conv2/bias'), get('head/kernel'), get('head/bias')];
  const s = propagationFor(kind, graph.adjacency, numRelations).s;
  const n = graph.numNodes;
  const v = nodeIndex;
  const xv = graph.x.subarray(v * f, v * f + f);
  const rowsV = rels.map((r) => row(s, r * n + v));
  const field = [...new Set([v, ...rowsV.flatMap((rv) => [...rv.cols])])];
  // Cached per u ∈ U: base pre-activation Z_u and the coefficients S_r,uv of node v in u's rows.
  const baseZ = field.map((u) => {
    const z = Float64Array.from(b1);
    rels.forEach((r) => {
      const ru = row(s, r * n + u);
      const agg = new Float64Array(f);
      ru.cols.forEach((c, k) => {
        const a = ru.vals[k] ?? 0;
        for (let j = 0; j < f; j++) agg[j] = (agg[j] ?? 0) + a * (graph.x[c * f + j] ?? 0);
      });
      addVecMat(z, agg, w1[r] ?? new Float32Array(0), h);
    });
    if (w1r !== undefined) addVecMat(z, graph.x.subarray(u * f, u * f + f), w1r, h);
    return z;
  });
  const coefV = field.map((u) =>
    rels.map((r) => {
      const ru = row(s, r * n + u);
      let c = 0;
      ru.cols.forEach((col, k) => {
        if (col === v) c += ru.vals[k] ?? 0;
      });
      return c;
    }),
  );
  const position = new Map(field.map((u, i) => [u, i]));
  return (rows: Float32Array, count: number): Float32Array => {
    if (rows.length !== count * f) throw new GnnError('BAD_INPUT', `rows has ${rows.length} values, expected ${count}×${f}`);
    const out = new Float32Array(count * t);
    const delta = new Float64Array(f);
    const dW = rels.map(() => new Float64Array(h));
    const dWr = new Float64Array(h);
    const h1 = field.map(() => new Float64Array(h));
    const m2 = new Float64Array(h);
    const h2 = new Float64Array(h);
    for (let q = 0; q < count; q++) {
      for (let j = 0; j < f; j++) delta[j] = (rows[q * f + j] ?? 0) - (xv[j] ?? 0);
      rels.forEach((r) => {
        const d = dW[r] ?? new Float64Array(h);
        d.fill(0);
        addVecMat(d, delta, w1[r] ?? new Float32Array(0), h);
      });
      if (w1r !== undefined) {
        dWr.fill(0);
        addVecMat(dWr, delta, w1r, h);
      }
      field.forEach((u, i) => {
        const z = baseZ[i] ?? new Float64Array(h);
        const c = coefV[i] ?? [];
        const rootShift = w1r !== undefined && u === v ? 1 : 0;
        const hu = h1[i] ?? new Float64Array(h);
        for (let k = 0; k < h; k++) {
          let zk = (z[k] ?? 0) + rootShift * (dWr[k] ?? 0);
          for (const r of rels) zk += (c[r] ?? 0) * (dW[r]?.[k] ?? 0);
          hu[k] = Math.max(0, zk);
        }
      });
      h2.set(b2);
      rels.forEach((r) => {
        const rv = rowsV[r] ?? { cols: new Int32Array(0), vals: new Float32Array(0) };
        m2.fill(0);
        rv.cols.forEach((u, k) => {
          const hu = h1[position.get(u) ?? 0] ?? new Float64Array(h);
          const a = rv.vals[k] ?? 0;
          for (let j = 0; j < h; j++) m2[j] = (m2[j] ?? 0) + a * (hu[j] ?? 0);
        });
        addVecMat(h2, m2, w2[r] ?? new Float32Array(0), h);
      });
      if (w2r !== undefined) addVecMat(h2, h1[position.get(v) ?? 0] ?? new Float64Array(h), w2r, h);
      for (let k = 0; k < h; k++) h2[k] = Math.max(0, h2[k] ?? 0);
      for (let o = 0; o < t; o++) {
        let y = bh[o] ?? 0;
        for (let k = 0; k < h; k++) y += (h2[k] ?? 0) * (wh[k * t + o] ?? 0);
        out[q * t + o] = y;
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
