import { LEARNING_TARGETS, type LearningGraph } from '@liftgraph/domain';
import type { OversmoothingRow } from '@liftgraph/gnn';
import type { TargetImportance } from '@liftgraph/learning';
import { renderBars } from './bar-chart.js';
import { dataRange, type PanelSpec, type Point, renderFigure, type Svg } from './svg-plot.js';

const TARGET_TITLES = ['Next top-set weight', 'Next top-set reps', 'Rest between sets'];
const unitLabel = (t: number): string => {
  const target = LEARNING_TARGETS[t];
  return target ? `${target.name} (${target.unit})` : `target ${t}`;
};

/** Training loss per epoch, one line per model (MSE of standardized residual targets, so comparable). */
export function lossCurvesFigure(models: readonly { name: string; lossHistory: readonly number[] }[]): Svg {
  return renderFigure({
    title: 'Training loss',
    panelWidth: 760,
    panelHeight: 380,
    panels: [
      {
        title: 'Masked MSE on the training nodes (dropout on)',
        xLabel: 'epoch',
        yLabel: 'MSE (standardized residual targets, log scale)',
        logY: true,
        series: models.map((m) => ({ label: m.name, points: m.lossHistory.map((l, i): Point => [i + 1, l]) })),
      },
    ],
  });
}

/** Test pairs with a known value of target `t`: [actual, predicted] per model. */
function testPairs(lg: LearningGraph, predictions: Float32Array, t: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < lg.numNodes; i++) {
    const actual = lg.y[i * 3 + t] ?? Number.NaN;
    if (lg.testMask[i] === 1 && !Number.isNaN(actual)) out.push([actual, predictions[i * 3 + t] ?? Number.NaN]);
  }
  return out;
}

/** Predicted vs actual on the test pairs for target `t`, one panel per model; null when no test pair has the target. */
export function predictedVsActualFigure(
  lg: LearningGraph,
  models: readonly { name: string; predictions: Float32Array }[],
  t: number,
): Svg | null {
  const unit = LEARNING_TARGETS[t]?.unit ?? '';
  const panels: PanelSpec[] = [];
  // One range for every panel, so the models can be compared at a glance.
  const all = dataRange(models.flatMap((m) => testPairs(lg, m.predictions, t)));
  const lo = Math.min(all.x[0], all.y[0]);
  const hi = Math.max(all.x[1], all.y[1]);
  for (const m of models) {
    const pts = testPairs(lg, m.predictions, t).filter(([, p]) => Number.isFinite(p));
    if (pts.length === 0) continue;
    const mae = pts.reduce((s, [a, p]) => s + Math.abs(a - p), 0) / pts.length;
    panels.push({
      title: m.name,
      note: `n = ${pts.length}, MAE ${mae.toFixed(2)} ${unit}`,
      xLabel: `actual ${unitLabel(t)}`,
      yLabel: `predicted ${unitLabel(t)}`,
      identityLine: true,
      domain: { x: [lo, hi], y: [lo, hi] },
      series: [{ label: 'test pair', style: 'points', points: pts }],
    });
  }
  if (panels.length === 0) return null;
  return renderFigure({
    title: `${TARGET_TITLES[t] ?? unitLabel(t)}: predicted vs actual (test pairs; dashed line y = x)`,
    panels,
    columns: 3,
    panelWidth: 360,
    panelHeight: 320,
  });
}

/** Global SHAP ranking bars (top `k` features) per target, in the target's unit. */
export function shapRankingFigure(global: readonly TargetImportance[], modelName: string, k = 12): Svg {
  return renderBars(
    `Global SHAP ranking of ${modelName} (mean |SHAP| over test nodes)`,
    global.map((g) => ({
      title: `${TARGET_TITLES[LEARNING_TARGETS.findIndex((t) => t.name === g.target)] ?? g.target}`,
      valueLabel: `mean |SHAP| (${g.unit})`,
      bars: g.ranking.slice(0, k).map((r) => ({ label: r.feature, value: r.meanAbs })),
    })),
  );
}

/** MAD of the final embeddings and test MAE per target versus depth, one line per kind × activation. */
export function oversmoothingFigure(rows: readonly OversmoothingRow[]): Svg {
  const groups = new Map<string, OversmoothingRow[]>();
  for (const r of rows) {
    const key = r.kind === 'sgc' ? 'sgc' : `${r.kind} ${r.activation}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const depths = [...new Set(rows.map((r) => r.depth))].sort((a, b) => a - b);
  const series = (value: (r: OversmoothingRow) => number | null | undefined) =>
    [...groups.entries()].map(([label, rs]) => ({
      label,
      style: 'line+points' as const,
      points: rs.map((r): Point => [r.depth, value(r) ?? Number.NaN]),
    }));
  const panels: PanelSpec[] = [
    {
      title: 'MAD of the final embeddings (trained)',
      xLabel: 'depth (layers = hops)',
      yLabel: 'MAD (cosine distance)',
      xTicks: depths,
      series: series((r) => r.mad),
    },
    ...LEARNING_TARGETS.flatMap((t, i) => (rows.some((r) => Number.isFinite(r.testMaePerTarget[i]?.mae)) ? [{ t, i }] : [])).map(
      ({ t, i }) => ({
        title: `Test MAE: ${t.name}`,
        xLabel: 'depth (layers = hops)',
        yLabel: `MAE (${t.unit})`,
        xTicks: depths,
        series: series((r) => r.testMaePerTarget[i]?.mae),
      }),
    ),
  ];
  return renderFigure({
    title: 'Oversmoothing: embedding distance and test error vs depth',
    panels,
    columns: 2,
    panelWidth: 440,
    panelHeight: 320,
  });
}
