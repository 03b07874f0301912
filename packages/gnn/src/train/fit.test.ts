import { describe, expect, it } from 'vitest';
import { GnnModel } from '../models/gnn-model.js';
import { randomGraph } from '../testing/tiny-graphs.js';
import type { FitProgress } from './fit.js';
import { fit } from './fit.js';
import type { LossSpec } from './loss.js';

describe('fit', () => {
  const base = randomGraph(40, 120, 4, 2, 3, 2);
  const graph = {
    ...base,
    trainMask: Uint8Array.from({ length: 40 }, (_, i) => (i < 30 ? 1 : 0)),
    valMask: Uint8Array.from({ length: 40 }, (_, i) => (i >= 30 ? 1 : 0)),
  };

  it.each(['gcn', 'sage', 'rsage'] as const)('should lower the training loss and report progress with ETA (%s)', (kind) => {
    const model = GnnModel.create({ kind, inFeatures: 4, outFeatures: 2, ...(kind === 'rsage' && { numRelations: 2 }) }, 1);
    const before = model.predict(graph);
    const seen: FitProgress[] = [];
    const history = fit(model, graph, { epochs: 60, progressEvery: 20, onProgress: (p) => seen.push(p) });
    expect(history.loss).toHaveLength(60);
    expect(history.loss[59] ?? Infinity).toBeLessThan((history.loss[0] ?? 0) * 0.8);
    expect(seen.map((p) => p.epoch)).toEqual([20, 40, 60]);
    expect(seen.every((p) => p.valLoss !== undefined && p.etaMs >= 0)).toBe(true);
    expect(seen[2]?.etaMs).toBe(0);
    expect(model.predict(graph)).not.toEqual(before);
  });

  it.each(['gcn', 'rsage'] as const)('should give the same loss curve on two threads as on one when dropout is off (%s)', (kind) => {
    const run = (threads: 1 | 2): number[] => {
      const model = GnnModel.create({ kind, inFeatures: 4, outFeatures: 2, dropout: 0, ...(kind === 'rsage' && { numRelations: 3 }) }, 9);
      const loss = fit(model, graph, { epochs: 5, threads, minParallelRows: 1 }).loss;
      model.release(graph);
      return loss;
    };
    const [one, two] = [run(1), run(2)];
    one.forEach((v, i) => expect(two[i]).toBeCloseTo(v, 5));
  });

  it('should be reproducible for the same seeds', () => {
    const run = (): Float32Array => {
      const model = GnnModel.create({ kind: 'sage', inFeatures: 4, outFeatures: 2 }, 9);
      fit(model, graph, { epochs: 5, seed: 4 });
      return model.predict(graph);
    };
    expect(run()).toEqual(run());
  });

  it('should reject a graph without targets and bad epoch counts', () => {
    const model = GnnModel.create({ kind: 'gcn', inFeatures: 4, outFeatures: 2 });
    const { y: _y, ...noTargets } = graph;
    expect(() => fit(model, noTargets)).toThrowError(/graph.y is missing/);
    expect(() => fit(model, graph, { epochs: -1 })).toThrowError(/epochs must be an integer >= 0, got -1/);
  });

  it('should train on a graph without edges', () => {
    const model = GnnModel.create({ kind: 'sage', inFeatures: 2, outFeatures: 1 });
    const empty = {
      ...base,
      numFeatures: 2,
      numTargets: 1,
      x: new Float32Array(8).fill(1),
      y: new Float32Array(4).fill(2),
      numNodes: 4,
      adjacency: { numNodes: 4, rowPtr: new Int32Array(5), colIdx: new Int32Array(0) },
    };
    const history = fit(model, empty, { epochs: 30 });
    expect(history.loss[29] ?? Infinity).toBeLessThan(history.loss[0] ?? 0);
  });
});

describe('fit with unknown targets', () => {
  it('should leave NaN targets out of the loss instead of poisoning it', async () => {
    const { GnnModel } = await import('../models/gnn-model.js');
    const { fit: fitModel } = await import('./fit.js');
    const rowPtr = Int32Array.from([0, 1, 2, 3, 4]);
    const colIdx = Int32Array.from([1, 0, 3, 2]);
    const x = Float32Array.from({ length: 4 * 3 }, (_, i) => Math.sin(i));
    const known = Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const partial = known.slice();
    partial[2] = Number.NaN; // node 0's third target unknown
    partial[11] = Number.NaN;
    const graph = (y: Float32Array) => ({ numNodes: 4, numFeatures: 3, x, adjacency: { numNodes: 4, rowPtr, colIdx }, numTargets: 3, y });
    const model = GnnModel.create({ kind: 'sage', inFeatures: 3, hidden: 4, outFeatures: 3, dropout: 0 }, 3);
    const history = fitModel(model, graph(partial), { epochs: 5 });
    expect(history.loss.every((l) => Number.isFinite(l))).toBe(true);
    expect(Array.from(model.predict(graph(partial))).every((v) => Number.isFinite(v))).toBe(true);
  });
});

describe('fit with early stopping', () => {
  it('should keep the parameters of the best validation check', () => {
    const g = randomGraph(60, 180, 4, 3, 5);
    const valMask = Uint8Array.from({ length: 60 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const trainMask = valMask.map((v) => 1 - v);
    const graph = { ...g, trainMask, valMask };
    const model = GnnModel.create({ kind: 'gcn', inFeatures: 4, hidden: 8 }, 2);
    const history = fit(model, graph, { epochs: 300, learningRate: 0.05, earlyStopping: { patience: 40, every: 10 } });
    expect(history.bestEpoch).toBeGreaterThan(0);
    expect((history.bestEpoch ?? 0) % 10).toBe(0);
    expect(history.loss.length).toBeLessThanOrEqual(300);
  });
});

describe('fit with a chosen loss', () => {
  const g = randomGraph(30, 90, 4, 2, 8, 2);
  const trainMask = Uint8Array.from({ length: 30 }, (_, i) => (i < 20 ? 1 : 0));
  const valMask = trainMask.map((v) => 1 - v);
  const graph = { ...g, trainMask, valMask };
  const fresh = (): GnnModel => GnnModel.create({ kind: 'rsage', inFeatures: 4, outFeatures: 2, dropout: 0 }, 6, graph);

  it.each<[LossSpec, (e: number) => number]>([
    ['mse', (e) => e * e],
    ['l1', (e) => Math.abs(e)],
    [{ kind: 'huber', delta: 0.5 }, (e) => (Math.abs(e) <= 0.5 ? 0.5 * e * e : 0.5 * (Math.abs(e) - 0.25))],
  ])('should train on and report loss %j (train and validation)', (loss, ell) => {
    const model = fresh();
    const pred = model.predict(graph);
    const mean = (mask: Uint8Array): number => {
      let sum = 0;
      let count = 0;
      for (let i = 0; i < 30; i++) {
        if (mask[i] !== 1) continue;
        for (let j = 0; j < 2; j++) {
          sum += ell((pred[i * 2 + j] ?? 0) - (graph.y?.[i * 2 + j] ?? 0));
          count++;
        }
      }
      return sum / count;
    };
    const history = fit(model, graph, { epochs: 40, loss, learningRate: 0.02, progressEvery: 40, onProgress: () => undefined });
    expect(history.loss[0]).toBeCloseTo(mean(trainMask), 5);
    expect(history.loss[39] ?? Infinity).toBeLessThan((history.loss[0] ?? 0) * 0.9);
    // The validation loss reported at the last epoch is the same loss, of the final parameters.
    const final = model.predict(graph);
    let sum = 0;
    for (let i = 20; i < 30; i++) for (let j = 0; j < 2; j++) sum += ell((final[i * 2 + j] ?? 0) - (graph.y?.[i * 2 + j] ?? 0));
    expect(history.valLoss.at(-1)).toBeCloseTo(sum / 20, 4);
  });

  it('should go back to MSE when a later fit asks for nothing, and reject a bad loss', () => {
    const a = fresh();
    fit(a, graph, { epochs: 3, loss: 'l1' });
    const mseAfterL1 = fit(a, graph, { epochs: 1 }).loss[0];
    const b = fresh();
    fit(b, graph, { epochs: 3, loss: 'l1' });
    b.release(graph);
    expect(fit(b, graph, { epochs: 1, loss: 'mse' }).loss[0]).toBeCloseTo(mseAfterL1 ?? Number.NaN, 6);
    expect(() => fit(fresh(), graph, { epochs: 1, loss: { kind: 'huber', delta: -1 } })).toThrowError(
      /delta must be finite and > 0, got -1/,
    );
    expect(() => fit(fresh(), graph, { epochs: 1, loss: 'l2' as LossSpec })).toThrowError(/loss must be 'mse', 'l1' or 'huber', got 'l2'/);
  });
});

describe('fit after predict', () => {
  it('should replace the predict-only engine GnnModel.predict built and train as if predict never ran', () => {
    const g = randomGraph(30, 90, 4, 2, 12, 3);
    const served = GnnModel.create({ kind: 'rsage', inFeatures: 4, outFeatures: 2, dropout: 0 }, 5, g);
    served.predict(g);
    expect(served.engineFor(g, { training: false }).training).toBe(false);
    const plain = GnnModel.create({ kind: 'rsage', inFeatures: 4, outFeatures: 2, dropout: 0 }, 5, g);
    expect(fit(served, g, { epochs: 5 }).loss).toEqual(fit(plain, g, { epochs: 5 }).loss);
    expect(served.engineFor(g, { training: false }).training).toBe(true);
    expect(served.predict(g)).toEqual(plain.predict(g));
  });
});
