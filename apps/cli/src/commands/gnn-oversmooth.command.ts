import { type Activation, type DeepKind, oversmoothingStudy, selectBackend } from '@liftgraph/gnn';
import { learningGraphFromLogs, prepareDataset } from '@liftgraph/learning';
import { parseArgs } from '../args.js';
import type { Command } from '../command.js';
import { gnnEnv } from '../env.js';
import { OVERSMOOTHING_HEADER, oversmoothingReport, oversmoothingRows } from '../report/oversmoothing-report.js';
import { catalogResolver } from './catalog-resolver.js';
import { intFlag, loadEvalLogs } from './gnn-eval.command.js';
import { compactStamp, intListFlag, listFlag, reportDir, sourceSlug, stepProgress } from './gnn-run-support.js';

const cell = (v: string | number | null): string => (v === null ? '—' : String(v));

export const gnnOversmoothCommand: Command = {
  path: ['gnn', 'oversmooth'],
  summary:
    "Oversmoothing study on a log: train GNNs of increasing depth and report the embeddings' mean average distance (MAD) and the test MAE per target.",
  usage:
    'gnn oversmooth <file|study> [--format auto|strong|hevy|fitnotes] [--unit kg|lbs] [--depths 1,2,4,8] [--activations relu,tanh] [--kinds gcn,sage] [--epochs 200] [--seed 1] [--out DIR] [--json] [--quiet]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json', 'quiet']);
    const { logs, label } = await loadEvalLogs(args);
    const depths = intListFlag(args, 'depths', [1, 2, 4, 8]);
    const activations = listFlag<Activation>(args, 'activations', ['relu', 'tanh', 'elu', 'identity'], ['relu', 'tanh']);
    const kinds = listFlag<DeepKind>(args, 'kinds', ['gcn', 'sage', 'sgc'], ['gcn', 'sage']);
    const epochs = intFlag(args, 'epochs', 200);
    const seed = intFlag(args, 'seed', 1);
    const env = gnnEnv(io.env);
    await selectBackend({ prefer: env.backend, log: (m) => io.stderr(m) });
    const { graph } = learningGraphFromLogs(logs, catalogResolver());
    const ds = prepareDataset(graph);
    const progress = stepProgress(io, args.flags.has('quiet'), 'setting');
    const t0 = performance.now();
    const rows = oversmoothingStudy(ds.graph, {
      depths,
      activations,
      kinds,
      epochs,
      seed,
      targetScaler: ds.targetScaler,
      onRow: (row, index, total) => {
        const elapsed = performance.now() - t0;
        progress?.(
          index + 1,
          total,
          (elapsed / (index + 1)) * (total - index - 1),
          `${row.kind} ${row.activation} depth ${row.depth}: MAD ${row.mad.toFixed(3)}, final loss ${row.finalTrainLoss.toFixed(4)}`,
        );
      },
    });
    const runId = `${sourceSlug(args.positionals[0] ?? 'log')}-${compactStamp(new Date())}-oversmooth`;
    const written = await oversmoothingReport({ source: label, epochs, seed, rows }).write(reportDir(args, env.modelsDir, runId));
    if (args.flags.has('json')) {
      io.stdout(JSON.stringify({ source: label, epochs, rows, report: written.markdown }));
      return 0;
    }
    io.stdout(`Oversmoothing study on ${label}: ${epochs} epochs per setting, test MAE on the last sixth of the timeline\n`);
    const table = [OVERSMOOTHING_HEADER, ...oversmoothingRows(rows).map((r) => r.map(cell))];
    const widths = OVERSMOOTHING_HEADER.map((_, c) => Math.max(...table.map((r) => String(r[c] ?? '').length)));
    for (const r of table)
      io.stdout(r.map((v, c) => (c < 2 ? String(v).padEnd(widths[c] ?? 0) : String(v).padStart(widths[c] ?? 0))).join('  '));
    io.stdout(`\nreport → ${written.markdown}`);
    return 0;
  },
};
