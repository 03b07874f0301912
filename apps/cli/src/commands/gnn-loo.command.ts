import { basename } from 'node:path';
import { type AthleteLog, median } from '@liftgraph/domain';
import { type DebutEvaluation, type EvalResult, evaluateDebuts, evaluateLogs } from '@liftgraph/learning';
import { selectBackend } from '@liftgraph/gnn';
import { choiceFlag, parseArgs } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { gnnEnv } from '../env.js';
import { catalogResolver } from './catalog-resolver.js';
import { debutNameResolver, plannerDebutDefault, plannerPriorRatio } from './gnn-debut-support.js';
import { intFlag, modelChoices } from './gnn-eval.command.js';
import { loadPool } from './gnn-pool.js';

const NEXT_MODELS = ['graphsage', 'gcn', 'mlp', 'lstm', 'rules'] as const;
const DEBUT_METHODS = ['graphsage', 'gcn', 'mlp', 'similarRatio', 'nameNearest', 'catalogDefault'] as const;

const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '–');

function nextTable(rows: { log: string; r: EvalResult }[]): string {
  const ratio = (r: EvalResult, m: string, t: 'weight' | 'reps'): number =>
    (r.models[m as keyof EvalResult['models']]?.[t]?.mae ?? Number.NaN) / (r.models.persistence[t]?.mae ?? Number.NaN);
  const head = `| log | test pairs | persistence load MAE (kg) | ${NEXT_MODELS.map((m) => `${m} load / reps ×`).join(' | ')} |`;
  const lines = rows.map(
    ({ log, r }) =>
      `| ${log} | ${r.testPairs} | ${f2(r.models.persistence.weight?.mae ?? Number.NaN)} | ${NEXT_MODELS.map((m) => `${f2(ratio(r, m, 'weight'))} / ${f2(ratio(r, m, 'reps'))}`).join(' | ')} |`,
  );
  const med = NEXT_MODELS.map(
    (m) => `${f2(median(rows.map(({ r }) => ratio(r, m, 'weight'))))} / ${f2(median(rows.map(({ r }) => ratio(r, m, 'reps'))))}`,
  );
  const notWorse = rows.filter(({ r }) => ratio(r, 'graphsage', 'weight') <= 1).length;
  return [
    head,
    `|${' --- |'.repeat(3 + NEXT_MODELS.length)}`,
    ...lines,
    `| **median over logs** | | | ${med.join(' | ')} |`,
    '',
    `GraphSAGE load MAE ≤ persistence on ${notWorse} of ${rows.length} logs (× = model MAE ÷ persistence MAE; below 1 beats "repeat last time").`,
  ].join('\n');
}

function debutTable(rows: { log: string; r: DebutEvaluation }[]): string {
  const head = `| log | debuts scored | ${DEBUT_METHODS.map((m) => `${m} MdAPE`).join(' | ')} | graphsage ÷ nameNearest |`;
  const lines = rows.map(({ log, r }) => {
    const m = r.models;
    return `| ${log} | ${r.scoredDebuts} | ${DEBUT_METHODS.map((k) => f2(m[k]?.mdape ?? Number.NaN)).join(' | ')} | ${f2((m.graphsage?.mdape ?? Number.NaN) / (m.nameNearest?.mdape ?? Number.NaN))} |`;
  });
  // Pooled: every scored debut of every log together.
  const all = rows.flatMap(({ r }) => r.debuts.filter((d) => DEBUT_METHODS.every((k) => typeof d.predictionsKg[k] === 'number')));
  const pooled = DEBUT_METHODS.map((k) => median(all.map((d) => Math.abs((d.predictionsKg[k] as number) - d.actualKg) / d.actualKg)));
  const perLog = DEBUT_METHODS.map((k) => median(rows.map(({ r }) => r.models[k]?.mdape ?? Number.NaN).filter(Number.isFinite)));
  const ratios = rows
    .map(({ r }) => (r.models.graphsage?.mdape ?? Number.NaN) / (r.models.nameNearest?.mdape ?? Number.NaN))
    .filter(Number.isFinite);
  return [
    head,
    `|${' --- |'.repeat(3 + DEBUT_METHODS.length)}`,
    ...lines,
    `| **pooled (${all.length} debuts)** | ${all.length} | ${pooled.map(f2).join(' | ')} | ${f2((pooled[0] as number) / (pooled[4] as number))} |`,
    `| **median over logs** | | ${perLog.map(f2).join(' | ')} | ${f2(median(ratios))} |`,
  ].join('\n');
}

export const gnnLooCommand: Command = {
  path: ['gnn', 'loo'],
  summary:
    'Leave-one-log-out over a folder of logs: for each, the population model is trained on the others (+ simulated athletes) and scored on it (--task next|debut); prints a markdown table.',
  usage:
    'gnn loo <dir> [--task next|debut] [--loss mse|l1|huber] [--conv sage|rsage] [--epochs 400] [--own-history joint|none] [--no-pool] [--only a.csv,b.csv] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json', 'no-pool']);
    const noPool = args.flags.has('no-pool');
    const [dir, ...extra] = args.positionals;
    if (!dir || extra.length > 0) throw new UsageError('expected one folder of workout logs');
    const task = choiceFlag(args, 'task', ['next', 'debut'] as const, 'next');
    const epochs = intFlag(args, 'epochs', 400);
    const choices = modelChoices(args);
    const ownHistory = choiceFlag(args, 'own-history', ['joint', 'none'] as const, 'joint');
    const only = new Set(((args.flags.get('only') as string | undefined) ?? '').split(',').filter((x) => x !== ''));
    const all = await loadPool(dir, null, true);
    const sims = all.logs.slice(all.files.length); // loadPool puts the simulated athletes after the files' logs
    for (const r of all.refused) io.stderr(`refused ${r.file}: ${r.reason}`);
    await selectBackend({ prefer: gnnEnv(io.env).backend, log: (m) => io.stderr(m) });
    const nextRows: { log: string; r: EvalResult }[] = [];
    const debutRows: { log: string; r: DebutEvaluation }[] = [];
    for (const [i, file] of all.files.entries()) {
      const log = basename(file);
      if (only.size > 0 && !only.has(log)) continue;
      const t0 = performance.now();
      const target: AthleteLog = { athleteId: 'athlete', sessions: (all.logs[i] as AthleteLog).sessions };
      // --no-pool: the ablation without the population (each log trained on its own history alone).
      const pool = noPool ? [] : [...all.logs.filter((_, j) => j !== i), ...sims];
      if (task === 'debut') {
        const r = evaluateDebuts({
          target,
          pool,
          resolve: debutNameResolver(),
          prior: plannerPriorRatio,
          catalogDefault: plannerDebutDefault,
          train: { epochs, ...choices },
          ownHistory,
        });
        debutRows.push({ log, r });
      } else {
        const r = evaluateLogs([target], catalogResolver(), {
          epochs,
          seed: 1,
          pool,
          selection: 'early-stop',
          ownHistory,
          ...choices,
        }).result;
        nextRows.push({ log, r });
      }
      io.stderr(`${log}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    const command = `pnpm liftgraph gnn loo ${argv.join(' ')}`;
    if (args.flags.has('json')) {
      io.stdout(JSON.stringify({ task, command, rows: task === 'debut' ? debutRows : nextRows }));
      return 0;
    }
    io.stdout(
      `${task === 'debut' ? debutTable(debutRows) : nextTable(nextRows)}\n\n(${command}; loss ${choices.loss}, conv ${choices.sageKind}, ${noPool ? 'no pool (per-log training)' : `own history ${ownHistory}`}, ${epochs} epochs)`,
    );
    return 0;
  },
};
