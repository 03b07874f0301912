import { LEARNING_TARGETS, type LearningGraph } from '@liftgraph/domain';
import type { EvalResult, TrainedModel } from '@liftgraph/learning';
import { lossCurvesFigure, predictedVsActualFigure } from './gnn-figures.js';
import { ReportWriter } from './report-writer.js';

const fmt = (v: number | undefined, digits = 2): number | null => (v === undefined ? null : Number(v.toFixed(digits)));

/** Rows of the metrics table: per model, MAE and RMSE of weight (kg), reps and rest (s). */
export function metricsRows(result: EvalResult): (string | number | null)[][] {
  return Object.entries(result.models).map(([name, m]) => [
    name,
    fmt(m.weight?.mae),
    fmt(m.weight?.rmse),
    fmt(m.reps?.mae),
    fmt(m.reps?.rmse),
    fmt(m.rest?.mae, 1),
    fmt(m.rest?.rmse, 1),
  ]);
}

export const METRICS_HEADER = ['model', 'weight MAE (kg)', 'weight RMSE (kg)', 'reps MAE', 'reps RMSE', 'rest MAE (s)', 'rest RMSE (s)'];

export interface TrainReportInput {
  source: string;
  cutoffDate: string;
  graph: LearningGraph;
  result: EvalResult;
  trained: readonly TrainedModel[];
  /** [N, 3] persistence predictions in real units (the baseline every model is compared with). */
  persistence: Float32Array;
  epochs: number;
  seed: number;
  targetMode: string;
  artifacts: readonly { model: string; id: string; dir: string }[];
}

/** The `gnn train` report: setup, test metrics, artifacts, loss curves and predicted-vs-actual plots. */
export function trainReport(input: TrainReportInput): ReportWriter {
  const { graph, result } = input;
  const trainNodes = graph.trainMask.reduce((a, b) => a + b, 0);
  const r = new ReportWriter(`Training report: ${input.source}`);
  r.paragraph(
    [
      `- learning graph: ${graph.numNodes} performances, ${graph.adjacency.colIdx.length} edges, ${graph.numFeatures} features`,
      `- split: targets before ${input.cutoffDate} train (${trainNodes} nodes), the last sixth of the timeline test (${result.testPairs} test pairs)`,
      `- target mode: ${input.targetMode}; ${input.epochs} epochs; seed ${input.seed}; hidden 32, dropout 0.3, Adam lr 0.01, MSE (identical for every model)`,
      `- models learn the change from "repeat last time" (persistence); the table is in real units`,
    ].join('\n'),
  );
  r.heading('Test metrics');
  r.table(METRICS_HEADER, metricsRows(result));
  if (input.artifacts.length > 0) {
    r.heading('Saved models');
    r.table(
      ['model', 'artifact id', 'directory'],
      input.artifacts.map((a) => [a.model, a.id, a.dir]),
    );
  }
  r.heading('Loss curves');
  r.figure(
    'loss-curves',
    lossCurvesFigure(input.trained),
    'Training loss per epoch for each model (standardized residual targets, so the models share one scale).',
  );
  r.heading('Predicted vs actual (test pairs)');
  const models = [
    ...input.trained.map((t) => ({ name: t.name, predictions: t.predictions })),
    { name: 'persistence', predictions: input.persistence },
  ];
  LEARNING_TARGETS.forEach((t, i) => {
    const fig = predictedVsActualFigure(graph, models, i);
    if (fig === null) r.paragraph(`No test pair has a logged ${t.name}: no plot.`);
    else
      r.figure(
        `predicted-vs-actual-${t.name}`,
        fig,
        `Predicted vs actual next ${t.name} (${t.unit}) on the test pairs; points on the dashed line are exact.`,
      );
  });
  return r;
}
