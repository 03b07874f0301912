import { describe, expect, it } from 'vitest';
import type { GraphData } from '../graph/graph-data.js';
import { GnnModel } from '../models/gnn-model.js';
import { randomGraph } from '../testing/tiny-graphs.js';
import { fit } from '../train/fit.js';
import { efficiencyGap, kernelShap } from './kernel-shap.js';
import { nodePredictFn, nodePredictFnFromGraph } from './node-predict.js';
import { sampleBackground } from './reasons.js';

function withRow(g: GraphData, node: number, row: Float32Array): GraphData {
  const x = g.x.slice();
  x.set(row, node * g.numFeatures);
  return { ...g, x };
}

describe.each(['gcn', 'sage', 'rsage'] as const)('nodePredictFn (%s)', (kind) => {
  // 3 edge relations ('rsage' has a neighbour kernel per relation; the others ignore edge types).
  const g = randomGraph(40, 160, 5, 3, 21, 3);
  const model = GnnModel.create({ kind, inFeatures: 5, hidden: 8, outFeatures: 3 }, 4, g);
  fit(model, g, { epochs: 5 });
  const perturbed = Float32Array.from([0.3, -1, 2, 0, 0.5, 1, 1, 1, 1, 1]);

  it.each([0, 7, 39])('should match model.predict on the graph with node %d replaced', (node) => {
    const f = nodePredictFn(model, g, node);
    const got = f(perturbed, 2);
    [0, 1].forEach((r) => {
      const full = model.predict(withRow(g, node, perturbed.subarray(r * 5, r * 5 + 5)));
      for (let o = 0; o < 3; o++) expect(got[r * 3 + o]).toBeCloseTo(full[node * 3 + o] ?? 0, 4);
    });
  });

  it('should reproduce the unperturbed prediction', () => {
    const got = nodePredictFn(model, g, 12)(g.x.slice(60, 65), 1);
    const full = model.predict(g);
    for (let o = 0; o < 3; o++) expect(got[o]).toBeCloseTo(full[36 + o] ?? 0, 4);
  });

  it('should agree with the generic full-graph black box', () => {
    const generic = nodePredictFnFromGraph((x) => model.predict({ ...g, x }), g.x, 5, 3);
    const fast = nodePredictFn(model, g, 3);
    Array.from(generic(perturbed, 2)).forEach((v, i) => expect(fast(perturbed, 2)[i]).toBeCloseTo(v, 4));
  });

  it('should give SHAP values that sum to the prediction minus the baseline', () => {
    const bg = sampleBackground(g.x, 5, 10, 1);
    const e = kernelShap(nodePredictFn(model, g, 5), g.x.slice(25, 30), bg);
    expect(e.exact).toBe(true);
    expect(efficiencyGap(e)).toBeLessThan(1e-5);
    for (let o = 0; o < 3; o++) expect(e.prediction[o]).toBeCloseTo(model.predict(g)[15 + o] ?? 0, 4);
  });

  it('should reject a node outside the graph', () => {
    expect(() => nodePredictFn(model, g, 40)).toThrowError(/nodeIndex must be in \[0, 40\), got 40/);
  });
});
