import { describe, expect, it } from 'vitest';
import type { CsrAdjacency } from '../graph/graph-data.js';
import { propagationFor } from '../models/conv-kind.js';
import type { GnnKind } from '../models/conv-kind.js';
import { initParams, resolveConfig } from '../models/gnn-config.js';
import { randomGraph } from '../testing/tiny-graphs.js';
import type { LossSpec } from '../train/loss.js';
import { FusedGnn } from './fused-gnn.js';

/** Largest relative gap between the engine's gradients and central finite differences of its loss. */
function worstGradientError(e: FusedGnn, h = 1e-3): number {
  e.computeGradients(false);
  const grads = e.getGrads();
  const params = e.getParams();
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
  e.setParams(params);
  return worst;
}

// 'rsage' runs on a graph with 3 edge relations (random types and weights; some nodes lack a relation).
const RELATIONS: Record<GnnKind, number> = { gcn: 1, sage: 1, rsage: 3 };

function tinyEngine(kind: GnnKind, threads: 1 | 2, options: { training?: boolean } = {}): FusedGnn {
  const g = randomGraph(12, 30, 5, 3, 7, kind === 'rsage' ? RELATIONS.rsage : undefined);
  const config = resolveConfig({ kind, inFeatures: 5, hidden: 6, outFeatures: 3, dropout: 0, numRelations: RELATIONS[kind] });
  const prop = propagationFor(kind, g.adjacency, config.numRelations);
  const e = new FusedGnn(config, g.numNodes, prop, g.x, { threads, minParallelRows: 1, ...options });
  e.setParams(initParams(config, 3));
  if (options.training !== false) {
    e.setTargets(
      g.y ?? new Float32Array(0),
      Uint8Array.from({ length: 12 }, (_, i) => (i % 4 === 3 ? 0 : 1)),
    );
  }
  return e;
}

describe.each([
  ['gcn', 1],
  ['sage', 1],
  ['rsage', 1],
  ['gcn', 2],
  ['sage', 2],
  ['rsage', 2],
] as const)('FusedGnn (%s, threads=%d)', (kind, threads) => {
  it('should match central finite differences of the loss for every parameter', () => {
    const e = tinyEngine(kind, threads);
    expect(Object.keys(e.getGrads()).length).toBe(kind === 'gcn' ? 6 : 6 + 2 * RELATIONS[kind]);
    expect(worstGradientError(e)).toBeLessThan(2e-3);
    e.dispose();
  });

  it('should decrease the training loss over 50 Adam steps', () => {
    const e = tinyEngine(kind, threads);
    const first = e.trainStep();
    let last = first;
    for (let i = 0; i < 50; i++) last = e.trainStep();
    expect(last).toBeLessThan(first * 0.8);
    e.dispose();
  });

  it('should return predictions of shape [N, out] that are deterministic for fixed parameters', () => {
    const e = tinyEngine(kind, threads);
    const a = e.predict();
    expect(a.length).toBe(12 * 3);
    expect(e.predict()).toEqual(a);
    e.dispose();
  });

  it('should predict the same with a predict-only engine, which refuses to train', () => {
    const trainer = tinyEngine(kind, threads);
    const server = tinyEngine(kind, threads, { training: false });
    expect(server.training).toBe(false);
    expect(server.predict()).toEqual(trainer.predict());
    expect(() => server.computeGradients()).toThrowError(/inference only/);
    expect(() => server.setTargets(new Float32Array(36))).toThrowError(/inference only/);
    trainer.dispose();
    server.dispose();
  });
});

describe.each([1, 2] as const)('FusedGnn losses (threads=%d)', (threads) => {
  /**
   * Targets at signed distances from the current predictions: |e| in {0.2, 1.5}, so L1 is checked
   * away from its kink at 0 and Huber (δ = 0.6) in both its quadratic and its linear part.
   */
  function withResiduals(kind: GnnKind, loss: LossSpec): FusedGnn {
    const e = tinyEngine(kind, threads);
    const pred = e.predict();
    const y = pred.map((p, i) => p + (i % 2 === 0 ? 1 : -1) * (i % 3 === 0 ? 0.2 : 1.5));
    e.setTargets(y);
    e.setLoss(loss);
    return e;
  }

  it.each<[GnnKind, LossSpec]>([
    ['sage', 'l1'],
    ['rsage', 'l1'],
    ['sage', { kind: 'huber', delta: 0.6 }],
    ['rsage', { kind: 'huber', delta: 0.6 }],
    ['gcn', 'huber'],
    ['rsage', 'mse'],
  ])('should match finite differences for %s with loss %j', (kind, loss) => {
    const e = withResiduals(kind, loss);
    expect(worstGradientError(e, 1e-3)).toBeLessThan(2e-3);
    e.dispose();
  });

  it('should report the mean of the chosen loss over the observed targets', () => {
    const e = withResiduals('rsage', 'l1');
    // residuals: i % 3 === 0 → 0.2, else 1.5, over 36 targets
    const expectedL1 = (12 * 0.2 + 24 * 1.5) / 36;
    expect(e.evaluateLoss()).toBeCloseTo(expectedL1, 5);
    e.setLoss({ kind: 'huber', delta: 0.6 });
    expect(e.evaluateLoss()).toBeCloseTo((12 * 0.5 * 0.04 + 24 * 0.6 * (1.5 - 0.3)) / 36, 5);
    e.setLoss('mse');
    expect(e.evaluateLoss()).toBeCloseTo((12 * 0.04 + 24 * 2.25) / 36, 5);
    expect(() => e.setLoss({ kind: 'huber', delta: 0 })).toThrowError(/delta must be finite and > 0, got 0/);
    e.dispose();
  });
});

describe('FusedGnn rsage', () => {
  it('should equal SAGE with the same weights on one relation with unit edge weights', () => {
    const base = randomGraph(20, 60, 4, 2, 5);
    const g = { ...base, adjacency: { ...base.adjacency, edgeWeight: new Float32Array(60).fill(1) } };
    const sage = resolveConfig({ kind: 'sage', inFeatures: 4, hidden: 8, outFeatures: 2 });
    const rsage = resolveConfig({ kind: 'rsage', inFeatures: 4, hidden: 8, outFeatures: 2, numRelations: 1 });
    const params = initParams(sage, 11);
    const renamed = Object.fromEntries(Object.entries(params).map(([k, v]) => [k.replace(/kernel_neigh$/, 'kernel_neigh_r0'), v]));
    const a = new FusedGnn(sage, 20, propagationFor('sage', g.adjacency), g.x);
    const b = new FusedGnn(rsage, 20, propagationFor('rsage', g.adjacency, 1), g.x);
    a.setParams(params);
    b.setParams(renamed);
    const pa = a.predict();
    b.predict().forEach((v, i) => expect(v).toBeCloseTo(pa[i] ?? 0, 5));
  });

  it('should ignore the edges of a relation whose kernels are zero, and only those', () => {
    const g = randomGraph(20, 60, 4, 2, 5, 2);
    const config = resolveConfig({ kind: 'rsage', inFeatures: 4, hidden: 8, outFeatures: 2, numRelations: 2 });
    const params = initParams(config, 4);
    params['conv1/kernel_neigh_r1']?.fill(0);
    params['conv2/kernel_neigh_r1']?.fill(0);
    const types = g.adjacency.edgeType ?? new Uint8Array(0);
    // Rewire every relation-1 edge to a different source: predictions must not move.
    const colIdx = g.adjacency.colIdx.map((c, k) => (types[k] === 1 ? (c + 7) % 20 : c));
    const rewired = { ...g.adjacency, colIdx };
    const run = (adj: CsrAdjacency): Float32Array => {
      const e = new FusedGnn(config, 20, propagationFor('rsage', adj, 2), g.x);
      e.setParams(params);
      return e.predict();
    };
    expect(run(rewired)).toEqual(run(g.adjacency));
    const relation0 = { ...g.adjacency, colIdx: g.adjacency.colIdx.map((c, k) => (types[k] === 0 ? (c + 7) % 20 : c)) };
    expect(run(relation0)).not.toEqual(run(g.adjacency));
  });

  it('should reject a propagation built for another number of relations', () => {
    const g = randomGraph(10, 20, 3, 1, 2, 2);
    const config = resolveConfig({ kind: 'rsage', inFeatures: 3, outFeatures: 1, numRelations: 3 });
    expect(() => new FusedGnn(config, 10, propagationFor('rsage', g.adjacency, 2), g.x)).toThrowError(
      /propagation is \[20, 10\], expected \[3·10, 10\]/,
    );
  });
});
