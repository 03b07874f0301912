import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../main.js';
import { pngSize } from '../report/rasterize.js';

const dir = mkdtempSync(join(tmpdir(), 'liftgraph-oversmooth-'));
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

describe('liftgraph gnn oversmooth', () => {
  it('should report MAD and per-target test MAE per setting, with the curve PNG', async () => {
    const out = join(dir, 'report');
    const {
      code,
      out: stdout,
      err,
    } = await cli([
      'gnn',
      'oversmooth',
      'study',
      '--depths',
      '1,3',
      '--activations',
      'relu,tanh',
      '--kinds',
      'gcn',
      '--epochs',
      '3',
      '--json',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      rows: { kind: string; depth: number; activation: string; mad: number; testMaePerTarget: ({ mae: number } | null)[] }[];
    };
    expect(json.rows.map((r) => [r.kind, r.activation, r.depth])).toEqual([
      ['gcn', 'relu', 1],
      ['gcn', 'tanh', 1],
      ['gcn', 'relu', 3],
      ['gcn', 'tanh', 3],
    ]);
    for (const r of json.rows) {
      expect(r.mad).toBeGreaterThanOrEqual(0);
      expect(r.testMaePerTarget[0]?.mae).toBeGreaterThanOrEqual(0);
    }
    expect(err).toMatch(/setting 4\/4 +gcn tanh depth 3: MAD/);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('(oversmoothing-curve.png)');
    expect(pngSize(readFileSync(join(out, 'oversmoothing-curve.png')))?.height).toBeGreaterThan(300);
  });

  it('should reject an unknown activation', async () => {
    const { code, err } = await cli(['gnn', 'oversmooth', 'study', '--activations', 'relu,swish']);
    expect(code).toBe(2);
    expect(err).toMatch(/--activations takes a comma-separated list of relu, tanh, elu, identity; got "relu,swish"/);
  });
});
