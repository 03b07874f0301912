import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../main.js';
import { pngSize } from '../report/rasterize.js';

const dir = mkdtempSync(join(tmpdir(), 'liftgraph-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (t) => (out += `${t}\n`),
    stderr: (t) => (err += `${t}\n`),
    env: { LIFTGRAPH_MODELS_DIR: dir },
  });
  return { code, out, err };
}

const FAST = ['--epochs', '5', '--nodes', '3', '--background', '8', '--samples', '200', '--exercises', '2'];

describe('liftgraph gnn explain', () => {
  it('should print the global ranking, the reasons and an efficiency gap below 1e-3 as JSON', async () => {
    const { code, out, err } = await cli(['gnn', 'explain', 'study', ...FAST, '--json', '--out', join(dir, 'json')]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      explainedNodes: number;
      maxEfficiencyGap: number;
      global: { target: string }[];
      predictions: { reasons: unknown[][] }[];
    };
    expect(json.explainedNodes).toBe(3);
    expect(json.maxEfficiencyGap).toBeLessThan(1e-3);
    expect(json.global.map((g) => g.target)).toEqual(['weight', 'reps', 'rest']);
    expect(json.predictions).toHaveLength(2);
    expect(err).toMatch(/SHAP node 5\/5/);
    expect(pngSize(readFileSync(join(dir, 'json', 'shap-global-ranking.png')))).not.toBeNull();
  });

  it('should explain the next load in words', async () => {
    const { code, out } = await cli(['gnn', 'explain', 'study', ...FAST, '--model', 'gcn', '--quiet', '--out', join(dir, 'text')]);
    expect(code).toBe(0);
    expect(out).toMatch(/next load \d+(\.\d+)? kg \(last \d+(\.\d+)? kg\): [+−]\d+(\.\d+)? kg from \w+=/);
    expect(out).toMatch(/Efficiency check: max \|Σ SHAP − \(prediction − baseline\)\| = /);
    expect(readFileSync(join(dir, 'text', 'report.md'), 'utf8')).toContain('![Mean |SHAP| per feature and target');
  });
});
