import type { OversmoothingRow } from '@liftgraph/gnn';
import { oversmoothingFigure } from './gnn-figures.js';
import { ReportWriter } from './report-writer.js';

export const OVERSMOOTHING_HEADER = [
  'kind',
  'activation',
  'depth',
  'MAD',
  'MAD at init',
  'MADGap',
  'weight MAE (kg)',
  'reps MAE',
  'rest MAE (s)',
  'train s',
];

const r3 = (v: number | null | undefined, digits = 3): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Number(v.toFixed(digits));

/** One table row per setting: MAD, MADGap and per-target test MAE in real units. */
export function oversmoothingRows(rows: readonly OversmoothingRow[]): (string | number | null)[][] {
  return rows.map((r) => [
    r.kind,
    r.activation,
    r.depth,
    r3(r.mad),
    r3(r.madAtInit),
    r3(r.madGap),
    r3(r.testMaePerTarget[0]?.mae, 2),
    r3(r.testMaePerTarget[1]?.mae, 2),
    r3(r.testMaePerTarget[2]?.mae, 1),
    r3(r.trainMs / 1000, 1),
  ]);
}

export interface OversmoothingReportInput {
  source: string;
  epochs: number;
  seed: number;
  rows: readonly OversmoothingRow[];
}

/** The `gnn oversmooth` report: the curve (MAD and test MAE vs depth) and the full table. */
export function oversmoothingReport(input: OversmoothingReportInput): ReportWriter {
  const r = new ReportWriter(`Oversmoothing study: ${input.source}`);
  r.paragraph(
    [
      `- each setting: a DeepGnn of that depth (hidden 32, dropout 0.3, Adam, ${input.epochs} epochs, seed ${input.seed}) trained on the standardized learning graph`,
      '- MAD: mean cosine distance between node embeddings of the last hidden layer (Chen et al., AAAI 2020); lower = smoother; MADGap = remote − neighbour MAD',
      '- test MAE in real units on the last sixth of the timeline',
    ].join('\n'),
  );
  r.figure(
    'oversmoothing-curve',
    oversmoothingFigure(input.rows),
    'MAD of the final embeddings and test MAE per target versus depth, per kind and activation.',
  );
  r.heading('Settings');
  r.table(OVERSMOOTHING_HEADER, oversmoothingRows(input.rows));
  return r;
}
