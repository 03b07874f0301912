import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAthlete, createProgressionPrescriber, LIFTGRAPH_CATALOG, runSimulation, SPLIT_TEMPLATES } from '@liftgraph/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPredictor, type Predictor } from '@liftgraph/learning';
import { nextPredictions } from '../service/next-predictions.js';
import { explainNodes } from './explain-next.js';
import { nextPerformanceGraph } from './next-performance-graph.js';
import { logFingerprint, ShapCache } from './shap-cache.js';
import { saveTinyArtifact } from './testing/tiny-artifact.js';

const sessions = runSimulation({
  athlete: createAthlete({ sex: 'male', trainingAgeYears: 2, bodyMassKg: 82 }, 11),
  weeks: 8,
  schedule: SPLIT_TEMPLATES['full-body-3'],
  prescriber: createProgressionPrescriber('double'),
}).log.sessions;
const dir = mkdtempSync(join(tmpdir(), 'liftgraph-explain-next-'));
const budget = { numSamples: 128, backgroundRows: 8, topK: 4, seed: 1 };
let predictor: Predictor;

beforeAll(async () => {
  await saveTinyArtifact(dir, 'a', sessions, LIFTGRAPH_CATALOG);
  predictor = await loadPredictor(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('explainNodes', () => {
  it("should add up: base + Σ contributions = the model's own prediction, per target, in real units", () => {
    const graph = nextPerformanceGraph('a', sessions, LIFTGRAPH_CATALOG);
    if (graph === null) throw new Error('empty log');
    const nodes = [...graph.latestByExercise.values()].slice(0, 3);
    const out = explainNodes(predictor, graph.lg, nodes, budget);
    expect(out).toMatchObject({ background: 'training-sample', backgroundRows: 8, numSamples: 128 });
    const y = predictor.predict(graph.lg);
    for (const node of nodes) {
      const targets = out.byNode.get(node) ?? [];
      expect(targets.map((t) => t.target)).toEqual(expect.arrayContaining(['weight', 'reps']));
      for (const t of targets) {
        const sum = t.baseValue + t.reasons.reduce((s, r) => s + r.contribution, 0) + t.otherContribution;
        expect(Math.abs(sum - t.prediction)).toBeLessThan(1e-3);
        expect(t.efficiencyGap).toBeLessThan(1e-3);
        expect(t.reasons).toHaveLength(4);
        const o = ['weight', 'reps', 'rest'].indexOf(t.target);
        expect(Math.abs(t.prediction - (y[node * 3 + o] ?? Number.NaN))).toBeLessThan(1e-2 * Math.max(1, Math.abs(t.prediction)));
      }
    }
  });

  it('should fall back to the training mean as background for artifacts saved without one', () => {
    const graph = nextPerformanceGraph('a', sessions, LIFTGRAPH_CATALOG);
    if (graph === null) throw new Error('empty log');
    const { background: _dropped, ...metadata } = predictor.metadata;
    const old: Predictor = { ...predictor, metadata, encode: predictor.encode, predict: predictor.predict };
    const node = graph.latestByExercise.values().next().value ?? 0;
    const out = explainNodes(old, graph.lg, [node], budget);
    expect(out).toMatchObject({ background: 'training-mean', backgroundRows: 1 });
    expect(out.byNode.get(node)?.[0]?.efficiencyGap).toBeLessThan(1e-3);
  });
});

describe('nextPredictions with an explainer', () => {
  it("should label the served model's SHAP as served", () => {
    const r = nextPredictions({
      athleteId: 'a',
      sessions,
      catalog: LIFTGRAPH_CATALOG,
      predictor,
      explainer: { predictor, version: 'v1', verdict: 'beat-baselines' },
      shapBudget: budget,
    });
    expect(r.explanation.status).toBe('shap');
    const gnn = r.predictions.filter((p) => p.source === 'gnn');
    expect(gnn.length).toBeGreaterThan(0);
    for (const p of gnn) {
      expect(p.explanation).toMatchObject({
        status: 'shap',
        role: 'served',
        model: { version: 'v1', name: 'graphsage', verdict: 'beat-baselines' },
      });
      const weight = p.explanation.targets.find((t) => t.target === 'weight');
      // The served number is the model's prediction rounded to the plate step.
      expect(Math.abs((weight?.prediction ?? Number.NaN) - (p.nextWeightKg ?? Number.NaN))).toBeLessThanOrEqual(2.5);
    }
  });

  it("should keep the rules' number and reasons and add the model's view when the model does not serve", () => {
    const r = nextPredictions({
      athleteId: 'a',
      sessions,
      catalog: LIFTGRAPH_CATALOG,
      predictor: null,
      explainer: { predictor, version: 'v0', verdict: 'did-not-beat-baselines' },
      shapBudget: budget,
    });
    expect(r.predictor).toBe('rules');
    expect(r.predictions.length).toBeGreaterThan(0);
    for (const p of r.predictions) {
      expect(p.source).toBe('rules');
      expect(p.reasons[0]?.feature).toMatch(/^rule:/);
      expect(p.explanation).toMatchObject({ status: 'shap', role: 'model-view', model: { verdict: 'did-not-beat-baselines' } });
      expect(p.explanation.note).toMatch(/the rules set this number; the model's view/);
      expect(p.explanation.targets[0]?.reasons.length).toBeGreaterThan(0);
    }
  });

  it('should answer a repeated request from the memo, and recompute when the log changes', () => {
    const shapCache = new ShapCache(4);
    const input = {
      athleteId: 'a',
      sessions,
      catalog: LIFTGRAPH_CATALOG,
      predictor,
      explainer: { predictor, version: 'v1', verdict: 'pinned' as const },
      shapBudget: budget,
      shapCache,
    };
    const first = nextPredictions(input);
    const again = nextPredictions(input);
    expect([first.explanation.cached, again.explanation.cached]).toEqual([false, true]);
    expect(again.predictions).toEqual(first.predictions);
    const edited = sessions.map((s, i) => (i === 0 ? { ...s, date: '2000-01-01' } : s));
    expect(logFingerprint(edited)).not.toBe(logFingerprint(sessions));
    expect(nextPredictions({ ...input, sessions: edited }).explanation.cached).toBe(false);
  });

  it('should say there is no model, with no SHAP at all, when there is none', () => {
    const r = nextPredictions({ athleteId: 'a', sessions, catalog: LIFTGRAPH_CATALOG, predictor: null });
    expect(r.explanation).toMatchObject({ status: 'no-model', numSamples: 0 });
    for (const p of r.predictions) expect(p.explanation).toMatchObject({ status: 'no-model', role: null, model: null, targets: [] });
  });
});
