import { type AthleteLog, simulateStudyScenario } from '@liftgraph/domain';
import { type EvalResult, evaluateLogs, formatEvalTable, rollingOriginWindows, summarizeRuns } from '@liftgraph/learning';
import { choiceFlag, parseArgs, stringFlag } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { selectBackend } from '@liftgraph/gnn';
import { gnnEnv } from '../env.js';
import { catalogResolver } from './catalog-resolver.js';
import { trainingProgress } from './gnn-run-support.js';
import { readLogFile } from './read-log-file.js';

export const STUDY_SOURCE = 'study';

/** Loads the athlete logs of a `gnn` command: a workout-log CSV, or `study` for the simulated 6-week push/pull scenario. */
export async function loadEvalLogs(args: ReturnType<typeof parseArgs>): Promise<{ logs: AthleteLog[]; label: string }> {
  const [source, ...extra] = args.positionals;
  if (!source || extra.length > 0)
    throw new UsageError(`expected one workout-log file, or "${STUDY_SOURCE}" for the simulated study scenario`);
  if (source === STUDY_SOURCE) {
    const seed = Number(stringFlag(args, 'data-seed') ?? 7);
    const sim = simulateStudyScenario({ seed });
    return { logs: [{ athleteId: 'study', sessions: sim.log.sessions }], label: `simulated study scenario (seed ${seed})` };
  }
  const format = choiceFlag(args, 'format', ['auto', 'strong', 'hevy', 'fitnotes'] as const, 'auto');
  const unit = args.flags.has('unit') ? choiceFlag(args, 'unit', ['kg', 'lbs'] as const, 'kg') : undefined;
  const log = await readLogFile(source, { format, ...(unit ? { unit } : {}) });
  return { logs: [{ athleteId: 'athlete', sessions: log.sessions }], label: source };
}

export function intFlag(args: ReturnType<typeof parseArgs>, name: string, fallback: number, min = 1): number {
  const raw = stringFlag(args, name);
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
  return v;
}

export const gnnEvalCommand: Command = {
  path: ['gnn', 'eval'],
  summary: 'Train GraphSAGE, GCN, MLP and LSTM on a log and score them with persistence and rules on the last sixth of its timeline.',
  usage:
    'gnn eval <file|study> [--format auto|strong|hevy|fitnotes] [--unit kg|lbs] [--json] [--epochs 400] [--seeds 1] [--target-mode observed|rule] [--origins 1..4] [--no-ablation] [--quiet]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json', 'no-ablation', 'quiet']);
    const { logs, label } = await loadEvalLogs(args);
    const epochs = intFlag(args, 'epochs', 400);
    const seeds = intFlag(args, 'seeds', 1);
    const targetMode = choiceFlag(args, 'target-mode', ['observed', 'rule'] as const, 'observed');
    const json = args.flags.has('json');
    const onProgress = trainingProgress(io, args.flags.has('quiet'));
    const resolve = catalogResolver();
    await selectBackend({ prefer: gnnEnv(io.env).backend, log: (m) => io.stderr(m) });
    const runs: EvalResult[] = [];
    for (let s = 1; s <= seeds; s++) runs.push(evaluateLogs(logs, resolve, { epochs, seed: s, targetMode, onProgress }).result);
    const main = runs[0] as EvalResult;
    if (json) {
      io.stdout(JSON.stringify(main));
      return 0;
    }
    io.stdout(
      `Evaluation of ${label}: ${main.testPairs} test pairs (last sixth of the timeline), target mode ${targetMode}, ${epochs} epochs, seeds 1..${seeds}\n`,
    );
    io.stdout(formatEvalTable(main, seeds > 1 ? summarizeRuns(runs) : undefined));
    const origins = intFlag(args, 'origins', 1);
    if (origins > 1) {
      // Rolling origin for long logs: each earlier origin trains on everything before it and tests on the next sixth.
      const windows = rollingOriginWindows(origins);
      const perOrigin = windows.map((w) => evaluateLogs(logs, resolve, { epochs, seed: 1, targetMode, onProgress, ...w }));
      perOrigin.forEach((run, k) => {
        io.stdout(
          `\nRolling origin ${k + 1}/${origins}: train before ${run.cutoffDate}, ${run.result.testPairs} test pairs in the next sixth (seed 1)\n`,
        );
        io.stdout(formatEvalTable(run.result));
      });
      io.stdout(`\nMean over the ${origins} origins (± SD across origins)\n`);
      io.stdout(formatEvalTable(perOrigin[0]?.result ?? main, summarizeRuns(perOrigin.map((r) => r.result))));
    }
    if (!args.flags.has('no-ablation')) {
      const ablation = evaluateLogs(logs, resolve, { epochs, seed: 1, targetMode, withoutLoadMetrics: true, onProgress }).result;
      io.stdout('\nAblation: without training_load / monotony / strain features (seed 1)\n');
      io.stdout(formatEvalTable(ablation));
    }
    return 0;
  },
};
