import { join } from 'node:path';
import type { LearningGraph } from '@liftgraph/domain';
import { selectBackend } from '@liftgraph/gnn';
import { evaluateGraph, type EvalResult, learningGraphFromLogs, loadPredictor, type ModelName, saveArtifact, type TrainOptions } from '@liftgraph/planner';
import { choiceFlag, parseArgs } from '../args.js';
import type { Command, CommandIo } from '../command.js';
import { gnnEnv } from '../env.js';
import { trainReport } from '../report/train-report.js';
import { catalogResolver } from './catalog-resolver.js';
import { formatEvalTable } from './format-eval-table.js';
import { intFlag, loadEvalLogs } from './gnn-eval.command.js';
import { compactStamp, reportDir, sourceSlug, trainingProgress } from './gnn-run-support.js';
import { learningGraphFromNeo4j, recordModelVersions } from './train-from-neo4j.js';

const MODEL_CHOICES = ['graphsage', 'gcn', 'all'] as const;

export interface TrainGraphOptions {
  /** Human-readable source (file path, `study`, a Neo4j export) for the report and the artifact. */
  source: string;
  cutoffDate: string;
  targetMode: 'observed' | 'rule';
  models: readonly ModelName[];
  epochs: number;
  seed: number;
  modelsDir: string;
  /** Report folder; null = no report. */
  reportDir: string | null;
  runId: string;
  createdAt: Date;
  onProgress?: TrainOptions['onProgress'];
}

export interface TrainGraphOutcome {
  result: EvalResult;
  artifacts: { model: string; id: string; dir: string; reloadMaxAbsDiff: number }[];
  report: string | null;
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  let worst = a.length === b.length ? 0 : Number.POSITIVE_INFINITY;
  a.forEach((v, i) => {
    const d = Math.abs(v - (b[i] ?? Number.NaN));
    if (!(Number.isNaN(v) && Number.isNaN(b[i] ?? Number.NaN))) worst = Math.max(worst, Number.isNaN(d) ? Number.POSITIVE_INFINITY : d);
  });
  return worst;
}

/**
 * Trains on a learning graph from any source (logs here; a Neo4j export elsewhere), scores every model
 * on the test pairs, saves each GNN as an artifact under `<modelsDir>/<runId>-<model>/`, reloads it to
 * check it predicts the same, and writes the report.
 */
export async function trainGraph(lg: LearningGraph, o: TrainGraphOptions): Promise<TrainGraphOutcome> {
  const run = evaluateGraph(lg, { epochs: o.epochs, seed: o.seed, models: o.models, ...(o.onProgress && { onProgress: o.onProgress }) });
  const trainNodes = lg.trainMask.reduce((a, b) => a + b, 0);
  const artifacts: TrainGraphOutcome['artifacts'] = [];
  for (const t of run.trained) {
    if (t.gnn === undefined) continue;
    const id = `${o.runId}-${t.name}`;
    const dir = join(o.modelsDir, id);
    await saveArtifact(dir, {
      model: t.gnn,
      modelName: t.name,
      dataset: run.dataset,
      metrics: run.result.models[t.name],
      targetMode: o.targetMode,
      training: { epochs: o.epochs, seed: o.seed, source: o.source, cutoffDate: o.cutoffDate, numNodes: lg.numNodes, trainNodes, testPairs: run.result.testPairs },
      createdAt: o.createdAt,
    });
    const reloaded = await loadPredictor(dir);
    artifacts.push({ model: t.name, id, dir, reloadMaxAbsDiff: maxAbsDiff(reloaded.predict(lg), t.predictions) });
  }
  let report: string | null = null;
  if (o.reportDir !== null) {
    const writer = trainReport({
      source: o.source,
      cutoffDate: o.cutoffDate,
      graph: lg,
      result: run.result,
      trained: run.trained,
      persistence: run.dataset.base,
      epochs: o.epochs,
      seed: o.seed,
      targetMode: o.targetMode,
      artifacts,
    });
    report = (await writer.write(o.reportDir)).markdown;
  }
  return { result: run.result, artifacts, report };
}

async function learningGraphFromFile(args: ReturnType<typeof parseArgs>, targetMode: 'observed' | 'rule'): Promise<{ graph: LearningGraph; cutoffDate: string; label: string }> {
  const { logs, label } = await loadEvalLogs(args);
  return { ...learningGraphFromLogs(logs, catalogResolver(), { targetMode }), label };
}

function printOutcome(io: CommandIo, source: string, o: TrainGraphOutcome, epochs: number): void {
  io.stdout(`Training on ${source}: ${o.result.testPairs} test pairs (last sixth of the timeline), ${epochs} epochs\n`);
  io.stdout(formatEvalTable(o.result));
  io.stdout('');
  for (const a of o.artifacts) {
    const check = a.reloadMaxAbsDiff === 0 ? 'reloaded: identical predictions' : `reloaded: max |Δ| ${a.reloadMaxAbsDiff}`;
    io.stdout(`saved ${a.model.padEnd(9)} → ${a.dir}  (${check})`);
  }
  if (o.report !== null) io.stdout(`report → ${o.report}`);
}

export const gnnTrainCommand: Command = {
  path: ['gnn', 'train'],
  summary:
    'Train GraphSAGE and/or GCN on a log or on the Neo4j graph (--from-neo4j; records a ModelVersion per model), with MLP/LSTM for comparison when --model all; save each model under the models directory and write a report.',
  usage:
    'gnn train <file|study> | --from-neo4j [--athletes id1,id2] [--format auto|strong|hevy|fitnotes] [--unit kg|lbs] [--model graphsage|gcn|all] [--epochs 400] [--seed 1] [--target-mode observed|rule] [--out DIR] [--no-report] [--json] [--quiet]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json', 'quiet', 'no-report', 'from-neo4j']);
    const fromNeo4j = args.flags.has('from-neo4j');
    const choice = choiceFlag(args, 'model', MODEL_CHOICES, 'all');
    const epochs = intFlag(args, 'epochs', 400);
    const seed = intFlag(args, 'seed', 1);
    const targetMode = choiceFlag(args, 'target-mode', ['observed', 'rule'] as const, 'observed');
    const env = gnnEnv(io.env);
    await selectBackend({ prefer: env.backend, log: (m) => io.stderr(m) });
    const neo = fromNeo4j ? await learningGraphFromNeo4j(args, io, targetMode) : null;
    const { graph, cutoffDate, label } = neo ?? (await learningGraphFromFile(args, targetMode));
    const createdAt = new Date();
    const runId = `${sourceSlug(neo ? 'neo4j' : (args.positionals[0] ?? 'log'))}-${compactStamp(createdAt)}`;
    const outcome = await trainGraph(graph, {
      source: label,
      cutoffDate,
      targetMode,
      models: choice === 'all' ? ['graphsage', 'gcn', 'mlp', 'lstm'] : [choice],
      epochs,
      seed,
      modelsDir: env.modelsDir,
      reportDir: args.flags.has('no-report') ? null : reportDir(args, env.modelsDir, `${runId}-train`),
      runId,
      createdAt,
      ...(args.flags.has('quiet') ? {} : { onProgress: trainingProgress(io, false) }),
    });
    const modelVersions = neo
      ? await recordModelVersions(io, {
          result: outcome.result, artifacts: outcome.artifacts, featureNames: graph.featureNames, createdAt,
          context: { source: label, cutoffDate, athleteIds: neo.athleteIds, epochs, seed, targetMode },
        })
      : undefined;
    if (args.flags.has('json')) io.stdout(JSON.stringify({ source: label, ...outcome.result, artifacts: outcome.artifacts, report: outcome.report, ...(modelVersions && { modelVersions }) }));
    else {
      printOutcome(io, label, outcome, epochs);
      for (const v of modelVersions ?? []) io.stdout(`recorded ModelVersion ${v.id} (${v.kind}, beats baselines: ${v.beatsBaselines ? 'yes' : 'no'})`);
    }
    return outcome.artifacts.every((a) => a.reloadMaxAbsDiff === 0) ? 0 : 1;
  },
};
