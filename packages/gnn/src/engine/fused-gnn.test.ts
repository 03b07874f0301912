import { describe, expect, it } from 'vitest';
import { CONV_KINDS } from '../models/conv-kind.js';
import { initParams, resolveConfig } from '../models/gnn-config.js';
import { randomGraph } from '../testing/tiny-graphs.js';
import { FusedGnn } from './fused-gnn.js';

describe.each([
  ['gcn', 1],
  ['sage', 1],
  ['gcn', 2],
  ['sage', 2],
] as const)('FusedGnn (%s, threads=%d)', (kind, threads) => {
  const g = randomGraph(12, 30, 5, 3);
  const config = resolveConfig({ kind, inFeatures: 5, hidden: 6, outFeatures: 3, dropout: 0 });
  const prop = CONV_KINDS[kind].propagation(g.adjacency);

  function engine(): FusedGnn {
    const e = new FusedGnn(config, g.numNodes, prop, g.x, { threads, minParallelRows: 1 });
    e.setParams(initParams(config, 3));
    e.setTargets(
      g.y ?? new Float32Array(0),
      Uint8Array.from({ length: 12 }, (_, i) => (i % 4 === 3 ? 0 : 1)),
    );
    return e;
  }

  it('should match central finite differences of the loss for every parameter', () => {
    const e = engine();
    e.computeGradients(false);
    const grads = e.getGrads();
    const params = e.getParams();
    const h = 1e-3;
    let worst = 0;
    for (const [name, p] of Object.entries(params)) {
      const grad = grads[name] ?? new Float32Array(0);
      for (let i = 0; i < p.length; i++) {
        const orig = p[i] ?? 0;
        p[i] = orig + h;
        e.setParams(params);
        const up = e.evaluateLoss();
        p[i] = orig - h;
        e.setParams(params);
        const down = e.evaluateLoss();
        p[i] = orig;
        const fd = (up - down) / (2 * h);
        worst = Math.max(worst, Math.abs(fd - (grad[i] ?? 0)) / Math.max(1, Math.abs(fd)));
      }
    }
    expect(worst).toBeLessThan(2e-3);
  });

  it('should decrease the training loss over 50 Adam steps', () => {
    const e = engine();
    const first = e.trainStep();
    let last = first;
    for (let i = 0; i < 50; i++) last = e.trainStep();
    expect(last).toBeLessThan(first * 0.8);
  });

  it('should return predictions of shape [N, out] that are deterministic for fixed parameters', () => {
    const e = engine();
    const a = e.predict();
    expect(a.length).toBe(12 * 3);
    expect(e.predict()).toEqual(a);
  });
});
