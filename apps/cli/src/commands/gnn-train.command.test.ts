import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPredictor } from '@liftgraph/learning';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../main.js';
import { pngSize } from '../report/rasterize.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const LOGS = join(ROOT, '../shared/data/real-logs');
const HAVE_SHARED = existsSync(LOGS);
if (!HAVE_SHARED) {
  if (!['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase()))
    throw new Error(`CI: the real-log gnn train test needs ${LOGS} (../shared beside the repository root)`);
  console.warn(`\n!!! ../shared/data/real-logs not found at ${LOGS}: the real-log gnn train test is SKIPPED !!!\n`);
}

const modelsDir = mkdtempSync(join(tmpdir(), 'liftgraph-models-'));
afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const env = { LIFTGRAPH_MODELS_DIR: modelsDir, LIFTGRAPH_TF_BACKEND: 'wasm' };
  const code = await runCli(argv, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), env });
  return { code, out, err };
}

interface TrainJson {
  testPairs: number;
  models: Record<string, { weight: { mae: number } | null }>;
  artifacts: { model: string; id: string; dir: string; reloadMaxAbsDiff: number }[];
  report: string;
}

describe('liftgraph gnn train', () => {
  it('should train on the study scenario, save reloadable artifacts and write the report', async () => {
    const out = join(modelsDir, 'study-report');
    const { code, out: stdout, err } = await cli(['gnn', 'train', 'study', '--epochs', '4', '--json', '--out', out]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as TrainJson;
    expect(Object.keys(json.models)).toEqual(['graphsage', 'gcn', 'mlp', 'lstm', 'persistence', 'rules']);
    expect(json.artifacts.map((a) => [a.model, a.reloadMaxAbsDiff])).toEqual([
      ['graphsage', 0],
      ['gcn', 0],
    ]);
    for (const a of json.artifacts) {
      expect(a.dir).toBe(join(modelsDir, a.id));
      expect((await loadPredictor(a.dir)).metadata).toMatchObject({
        modelName: a.model,
        training: { epochs: 4, source: expect.stringMatching(/study/) },
      });
    }
    expect(err).toMatch(/graphsage\s+epoch\s+4\/4\s+loss \d+\.\d+\s+ETA/);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    for (const png of ['loss-curves.png', 'predicted-vs-actual-weight.png', 'predicted-vs-actual-reps.png']) {
      expect(md).toContain(`(${png})`);
      expect(pngSize(readFileSync(join(out, png)))?.width).toBeGreaterThan(400);
    }
  });

  it('should train only the requested GNN and print the table when not --json', async () => {
    const { code, out } = await cli(['gnn', 'train', 'study', '--epochs', '2', '--model', 'gcn', '--no-report', '--quiet']);
    expect(code).toBe(0);
    expect(out).toMatch(/^gcn\s/m);
    expect(out).not.toMatch(/^graphsage\s/m);
    expect(out).toMatch(/saved gcn\s+→ .*-gcn {2}\(reloaded: identical predictions\)/);
  });

  it('should reject an unknown model', async () => {
    const { code, err } = await cli(['gnn', 'train', 'study', '--model', 'gat']);
    expect(code).toBe(2);
    expect(err).toMatch(/--model must be one of graphsage, gcn, all; got "gat"/);
  });
});

describe.skipIf(!HAVE_SHARED)('liftgraph gnn train on a real log', () => {
  it('should save a GraphSAGE artifact for fitnotes-moferg that reloads to identical predictions', async () => {
    const { code, out } = await cli([
      'gnn',
      'train',
      join(LOGS, 'fitnotes-moferg.csv'),
      '--model',
      'graphsage',
      '--epochs',
      '3',
      '--json',
      '--quiet',
      '--no-report',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as TrainJson;
    expect(json.testPairs).toBeGreaterThan(0);
    expect(json.artifacts).toHaveLength(1);
    expect(json.artifacts[0]?.id).toMatch(/^fitnotes-moferg-\d{8}T\d{6}Z-graphsage$/);
    expect(json.artifacts[0]?.reloadMaxAbsDiff).toBe(0);
  });

  it('should train one relation-typed population model on a pool with L1 and record the pool and objective with it', async () => {
    const pool = [join(LOGS, 'fitnotes-moferg.csv'), join(LOGS, 'strong-sebastienrdgs.csv')];
    const { code, out } = await cli([
      'gnn',
      'train',
      '--pool',
      pool.join(','),
      '--model',
      'graphsage',
      '--loss',
      'l1',
      '--conv',
      'rsage',
      '--epochs',
      '3',
      '--json',
      '--quiet',
      '--no-report',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as TrainJson & { source: string };
    expect(json.source).toBe('pool of 2 logs + 8 simulated athletes');
    expect(json.testPairs).toBeGreaterThan(0);
    expect(json.artifacts[0]?.reloadMaxAbsDiff).toBe(0);
    const predictor = await loadPredictor(json.artifacts[0]?.dir ?? '');
    expect(predictor.metadata.training.objective).toEqual({ loss: 'l1', conv: 'rsage' });
    expect(predictor.metadata.training.pool).toEqual({ logs: pool, simulated: 8 });
  });
});
