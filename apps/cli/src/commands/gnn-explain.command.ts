import { LEARNING_TARGETS } from '@liftgraph/domain';
import { selectBackend } from '@liftgraph/gnn';
import { evaluateGraph, explainModel, learningGraphFromLogs, type ModelExplanation } from '@liftgraph/learning';
import { choiceFlag, parseArgs } from '../args.js';
import { type Command, type CommandIo, UsageError } from '../command.js';
import { gnnEnv } from '../env.js';
import { explainReport, reasonSentence } from '../report/explain-report.js';
import { catalogResolver } from './catalog-resolver.js';
import { intFlag, loadEvalLogs } from './gnn-eval.command.js';
import { compactStamp, reportDir, sourceSlug, stepProgress, trainingProgress } from './gnn-run-support.js';

const TOP_FEATURES = 10;

function printExplanation(io: CommandIo, header: string, e: ModelExplanation): void {
  io.stdout(`${header}\n`);
  if (e.explainedNodes > 0) {
    io.stdout(`Global SHAP ranking (mean |SHAP| over ${e.explainedNodes} test nodes, top ${TOP_FEATURES}):`);
    for (const [t, g] of e.global.entries()) {
      if (e.targetsObserved[t] !== true) {
        io.stdout(`  ${`${g.target} (${g.unit})`.padEnd(14)} not explained: no training pair has a logged ${g.target}`);
        continue;
      }
      const unit = g.unit === 'reps' ? '' : ` ${g.unit}`;
      io.stdout(
        `  ${`${g.target} (${g.unit})`.padEnd(14)} ${g.ranking
          .slice(0, TOP_FEATURES)
          .map((r) => `${r.feature} ${r.meanAbs.toFixed(3)}${unit}`)
          .join(', ')}`,
      );
    }
  } else {
    io.stdout('No test node: no global ranking.');
  }
  io.stdout('\nTop reasons for the next session (latest performance of each main exercise):');
  for (const p of e.predictions) {
    io.stdout(`  ${p.exerciseName} (${p.date})`);
    LEARNING_TARGETS.forEach((_, t) => {
      if (e.targetsObserved[t] === true) io.stdout(`    ${reasonSentence(p, t)}`);
    });
  }
  io.stdout(`\nEfficiency check: max |Σ SHAP − (prediction − baseline)| = ${e.maxEfficiencyGap.toExponential(2)} (target units)`);
}

export const gnnExplainCommand: Command = {
  path: ['gnn', 'explain'],
  summary:
    'Train a GNN on a log and explain it with KernelSHAP: global feature ranking per target and the top reasons behind the next prediction of each main exercise.',
  usage:
    'gnn explain <file|study> [--format auto|strong|hevy|fitnotes] [--unit kg|lbs] [--model graphsage|gcn] [--epochs 400] [--seed 1] [--nodes 20] [--background 32] [--samples N] [--exercises 5] [--out DIR] [--json] [--quiet]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json', 'quiet']);
    const { logs, label } = await loadEvalLogs(args);
    const model = choiceFlag(args, 'model', ['graphsage', 'gcn'] as const, 'graphsage');
    const epochs = intFlag(args, 'epochs', 400);
    const seed = intFlag(args, 'seed', 1);
    const nodes = intFlag(args, 'nodes', 20, 0);
    const background = intFlag(args, 'background', 32);
    const samples = args.flags.has('samples') ? intFlag(args, 'samples', 0, 2) : undefined;
    const exercises = intFlag(args, 'exercises', 5, 0);
    const quiet = args.flags.has('quiet');
    const env = gnnEnv(io.env);
    await selectBackend({ prefer: env.backend, log: (m) => io.stderr(m) });
    const { graph } = learningGraphFromLogs(logs, catalogResolver());
    const onProgress = trainingProgress(io, quiet);
    const run = evaluateGraph(graph, { epochs, seed, models: [model], ...(onProgress && { onProgress }) });
    const gnn = run.trained[0]?.gnn;
    if (gnn === undefined) throw new UsageError(`--model ${model} did not produce a graph model`);
    const shapProgress = stepProgress(io, quiet, 'SHAP node');
    const explanation = explainModel(run.dataset, gnn, {
      nodes,
      background,
      mainExercises: exercises,
      seed,
      ...(samples !== undefined && { numSamples: samples }),
      ...(shapProgress && { onProgress: shapProgress }),
    });
    const runId = `${sourceSlug(args.positionals[0] ?? 'log')}-${compactStamp(new Date())}-explain`;
    const written = await explainReport({ source: label, modelName: model, epochs, seed, explanation, topFeatures: TOP_FEATURES }).write(
      reportDir(args, env.modelsDir, runId),
    );
    if (args.flags.has('json')) {
      io.stdout(JSON.stringify({ source: label, model, metrics: run.result.models[model], ...explanation, report: written.markdown }));
      return 0;
    }
    printExplanation(
      io,
      `Explanations of ${model} on ${label} (${epochs} epochs, seed ${seed}; background ${explanation.backgroundRows} training nodes)`,
      explanation,
    );
    io.stdout(`report → ${written.markdown}`);
    return 0;
  },
};
