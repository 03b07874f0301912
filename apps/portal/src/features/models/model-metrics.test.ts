import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorRows, metricValue, type Metric, progressFromLog } from './model-metrics';

/**
 * What the API's `modelVersions { kind metrics { name value } }` answered for a version a real training run
 * recorded (the trainModel mutation, GCN, 3 epochs, on apps/graphql's test fixture athletes). Written by
 * apps/graphql/test/api-operations.int.test.ts with LIFTGRAPH_UPDATE_FIXTURES=1, which also checks on every
 * run that a fresh training run still records exactly these metric names.
 */
const fixture = JSON.parse(readFileSync(new URL('./testing/model-version.fixture.json', import.meta.url), 'utf8')) as { command: string; kind: string; metrics: Metric[] };
const trained = fixture.metrics;

describe('the metrics a real training run recorded', () => {
  it('should come from a real run (the fixture names the command that wrote it)', () => {
    expect(fixture.command).toMatch(/LIFTGRAPH_UPDATE_FIXTURES=1 .*api-operations\.int\.test\.ts/);
    expect(fixture.kind).toBe('gcn');
    expect(trained.every((m) => Number.isFinite(m.value))).toBe(true);
  });

  it('should give one error row per series × target: the model against both baselines', () => {
    const rows = errorRows(trained);
    expect([...new Set(rows.map((r) => r.series))].sort()).toEqual(['model', 'persistence', 'rules']);
    expect([...new Set(rows.map((r) => r.target))]).toEqual(expect.arrayContaining(['reps', 'weight']));
    for (const r of rows) {
      expect(r.mae, `${r.series} ${r.target} MAE`).toBe(metricValue(trained, `${r.series}.${r.target}.mae`));
      expect(r.rmse, `${r.series} ${r.target} RMSE`).toBe(metricValue(trained, `${r.series}.${r.target}.rmse`));
      expect(r.mae).toBeGreaterThanOrEqual(0);
      expect(r.rmse ?? 0).toBeGreaterThanOrEqual(r.mae ?? 0);
    }
    // Context numbers (epochs, seed, testPairs) are not error rows.
    expect(rows.some((r) => r.target === 'epochs' || r.series === 'testPairs')).toBe(false);
  });

  it('should read the run context the panel header shows', () => {
    expect(metricValue(trained, 'epochs')).toBe(3);
    expect(metricValue(trained, 'testPairs')).toBeGreaterThan(0);
    expect(metricValue(trained, 'no.such.metric')).toBeNull();
  });
});

describe('progressFromLog', () => {
  it('should read the last epoch and every logged loss', () => {
    // The trainer's progress lines (@liftgraph/learning trainingProgressLine), as trainingRun.logTail carries them.
    const lines = ['training gcn for 60 epochs on a, b', '  gcn       epoch    1/60  loss 0.9100  ETA 2.0 s', '  gcn       epoch    2/60  loss 0.8000  ETA 1.9 s'];
    expect(progressFromLog(lines)).toEqual({ epoch: 2, epochs: 60, losses: [0.91, 0.8] });
    expect(progressFromLog(['nothing yet'])).toBeNull();
  });
});
