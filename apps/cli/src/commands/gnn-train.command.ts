import type { LearningGraph } from '@liftgraph/domain';
import {
  type EvalRun,
  learningGraphFromLogs,
  populationLearningGraph,
  type ModelName,
  NothingToTrainError,
  recordedVersionLine,
  type SavedArtifact,
  selectBackend,
  trainAndSave,
  trainFromNeo4j,
  trainingRunId,
  trainingSummary,
  trainDebutModel,
} from '@liftgraph/learning';
import { debutNameResolver, plannerDebutDefault, plannerPriorRatio } from './gnn-debut-support.js';
import type { ModelVersion } from '@liftgraph/neo4j';
import { choiceFlag, type ParsedArgs, parseArgs, stringFlag } from '../args.js';
import { type Command, type CommandIo, UsageError } from '../command.js';
import { gnnEnv } from '../env.js';
import { trainReport } from '../report/train-report.js';
import { catalogResolver } from './catalog-resolver.js';
import { GNN_EVAL_DEFAULTS, intFlag, loadEvalLogs, modelChoices, poolSummary } from './gnn-eval.command.js';
import { loadPool } from './gnn-pool.js';
import { reportDir, trainingProgress } from './gnn-run-support.js';
import { withGraphDb } from './with-graph-db.js';

const MODEL_CHOICES = ['graphsage', 'gcn', 'all'] as const;

/** What one `gnn train` run produced, whichever the source (a log file or the Neo4j graph). */
interface TrainedRun {
  label: string;
  graph: LearningGraph;
  cutoffDate: string;
  run: Omit<EvalRun, 'cutoffDate'>;
  artifacts: SavedArtifact[];
  modelVersions?: ModelVersion[];
  runId: string;
}

/** `--athletes a,b` (default: every athlete with logged sessions). */
function athletesFlag(args: ParsedArgs): string[] | undefined {
  if (args.positionals.length > 0) throw new UsageError('--from-neo4j reads the graph; do not also give a file');
  const listed = stringFlag(args, 'athletes')
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (listed !== undefined && listed.length === 0) throw new UsageError('--athletes takes a comma-separated list of athlete ids');
  return listed;
}

export const gnnTrainCommand: Command = {
  path: ['gnn', 'train'],
  summary:
    'Train GraphSAGE and/or GCN on a log, on a pool of logs (one population model, each athlete tested on their last sixth) or on the Neo4j graph (--from-neo4j; records a ModelVersion per model), with MLP/LSTM for comparison when --model all; save each model under the models directory and write a report.',
  usage:
    'gnn train <file|study> | --pool DIR|FILES [--task next|debut] | --from-neo4j [--athletes id1,id2] [--loss mse|l1|huber] [--conv sage|rsage (debut: also gcn)] [--format auto|strong|hevy|fitnotes] [--unit kg|lbs] [--model graphsage|gcn|all] [--epochs 400] [--seed 1] [--target-mode observed|rule] [--out DIR] [--no-report] [--json] [--quiet]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json', 'quiet', 'no-report', 'from-neo4j']);
    if (choiceFlag(args, 'task', ['next', 'debut'] as const, 'next') === 'debut') return trainDebut(args, io);
    const fromNeo4j = args.flags.has('from-neo4j');
    const choice = choiceFlag(args, 'model', MODEL_CHOICES, 'all');
    const epochs = intFlag(args, 'epochs', 400);
    const seed = intFlag(args, 'seed', 1);
    const targetMode = choiceFlag(args, 'target-mode', ['observed', 'rule'] as const, 'observed');
    const models: ModelName[] = choice === 'all' ? ['graphsage', 'gcn', 'mlp', 'lstm'] : [choice];
    const env = gnnEnv(io.env);
    const athleteIds = fromNeo4j ? athletesFlag(args) : undefined;
    await selectBackend({ prefer: env.backend, log: (m) => io.stderr(m) });
    const createdAt = new Date();
    const onProgress = trainingProgress(io, args.flags.has('quiet'));
    let trained: TrainedRun;
    if (fromNeo4j) {
      const outcome = await withGraphDb(io, (db) =>
        trainFromNeo4j(db, {
          objective: { loss: modelChoices(args).loss, conv: modelChoices(args).sageKind },
          models,
          epochs,
          seed,
          targetMode,
          modelsDir: env.modelsDir,
          createdAt,
          log: (line) => io.stderr(line),
          ...(athleteIds && { athleteIds }),
          ...(onProgress && { onProgress }),
        }),
      ).catch((error: unknown) => {
        throw error instanceof NothingToTrainError ? new UsageError(error.message) : error;
      });
      const { source } = outcome;
      trained = {
        label: source.label,
        graph: source.graph,
        cutoffDate: source.cutoffDate,
        run: outcome.run,
        artifacts: outcome.artifacts,
        modelVersions: outcome.modelVersions,
        runId: outcome.runId,
      };
    } else {
      const poolSpec = stringFlag(args, 'pool');
      const pool = poolSpec === undefined ? null : await loadPool(poolSpec, null);
      if (pool) io.stderr(poolSummary(pool));
      if (pool && args.positionals.length > 0) throw new UsageError('--pool trains on the pool; do not also give a file');
      const { logs, label } = pool
        ? { logs: pool.logs, label: `pool of ${pool.files.length} logs + ${pool.simulated} simulated athletes` }
        : await loadEvalLogs(args);
      const { graph, cutoffDate } = pool
        ? populationLearningGraph(logs, catalogResolver(), { targetMode })
        : learningGraphFromLogs(logs, catalogResolver(), { targetMode });
      const choices = modelChoices(args);
      const runId = trainingRunId(pool ? 'pool' : (args.positionals[0] ?? 'log'), createdAt);
      const outcome = await trainAndSave(graph, {
        objective: { loss: choices.loss, conv: choices.sageKind },
        ...(pool && { pool: { logs: pool.files, simulated: pool.simulated } }),
        source: label,
        cutoffDate,
        targetMode,
        models,
        epochs,
        seed,
        modelsDir: env.modelsDir,
        runId,
        createdAt,
        ...(onProgress && { onProgress }),
      });
      trained = { label, graph, cutoffDate, run: outcome.run, artifacts: outcome.artifacts, runId };
    }
    const { label, graph, run, artifacts, modelVersions } = trained;
    let report: string | null = null;
    if (!args.flags.has('no-report')) {
      const writer = trainReport({
        source: label,
        cutoffDate: trained.cutoffDate,
        graph,
        result: run.result,
        trained: run.trained,
        persistence: run.dataset.base,
        epochs,
        seed,
        targetMode,
        artifacts,
      });
      report = (await writer.write(reportDir(args, env.modelsDir, `${trained.runId}-train`))).markdown;
    }
    if (args.flags.has('json'))
      io.stdout(JSON.stringify({ source: label, ...run.result, artifacts, report, ...(modelVersions && { modelVersions }) }));
    else printOutcome(io, trained, epochs, report);
    return artifacts.every((a) => a.reloadMaxAbsDiff === 0) ? 0 : 1;
  },
};

/** `gnn train --task debut --pool DIR`: the debut model (loads for never-done exercises) with its held-out evaluation. */
async function trainDebut(args: ParsedArgs, io: CommandIo): Promise<number> {
  const poolSpec = stringFlag(args, 'pool');
  if (poolSpec === undefined || args.positionals.length > 0)
    throw new UsageError('--task debut trains on a pool of logs: give --pool DIR|FILES and no file');
  const pool = await loadPool(poolSpec, null);
  io.stderr(poolSummary(pool));
  const env = gnnEnv(io.env);
  const createdAt = new Date();
  const loss = choiceFlag(args, 'loss', ['mse', 'l1', 'huber'] as const, GNN_EVAL_DEFAULTS.loss);
  const { dir, model } = await trainDebutModel({
    logs: pool.logs.map((l, i) => ({ ...l, ...(pool.files[i] !== undefined ? { file: pool.files[i] } : {}) })),
    resolve: debutNameResolver(),
    prior: plannerPriorRatio,
    catalogDefault: plannerDebutDefault,
    epochs: intFlag(args, 'epochs', 400),
    seed: intFlag(args, 'seed', 1),
    loss,
    kind: choiceFlag(args, 'conv', ['sage', 'rsage', 'gcn'] as const, 'sage'),
    modelsDir: env.modelsDir,
    runId: trainingRunId('debut', createdAt),
    createdAt,
  });
  const e = model.evaluation;
  if (args.flags.has('json')) {
    io.stdout(JSON.stringify({ dir, id: model.id, pool: model.pool, evaluation: e, loss: model.loss, kind: model.kind }));
    return 0;
  }
  io.stdout(`debut model → ${dir} (${model.kind}, loss ${model.loss}, ${model.trainQueries} training debuts)`);
  io.stdout(`held out ${e.heldOutAthletes.length} athletes, ${e.debuts} debuts:`);
  for (const [name, s] of Object.entries(e.scores))
    io.stdout(`  ${name.padEnd(15)} MdAPE ${(s.mdape * 100).toFixed(1)} %   MAE ${s.mae.toFixed(2)} kg`);
  io.stdout(
    e.beatsBaselines
      ? 'beats every debut baseline: the planner will serve it'
      : 'does not beat every debut baseline: the planner keeps its first-exposure rules',
  );
  return 0;
}

function printOutcome(io: CommandIo, t: TrainedRun, epochs: number, report: string | null): void {
  for (const line of trainingSummary(t.label, t.run.result, t.artifacts, epochs)) io.stdout(line);
  if (report !== null) io.stdout(`report → ${report}`);
  for (const v of t.modelVersions ?? []) io.stdout(recordedVersionLine(v));
}
