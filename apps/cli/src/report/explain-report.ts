import { LEARNING_TARGETS } from '@liftgraph/domain';
import type { ModelExplanation, PredictionExplanation } from '@liftgraph/learning';
import { shapRankingFigure } from './gnn-figures.js';
import { ReportWriter } from './report-writer.js';

const TARGET_WORDS = ['load', 'reps', 'rest'];

function num(v: number, digits: number): string {
  if (!Number.isFinite(v)) return '—';
  return Number(v.toFixed(digits)).toString();
}

function signed(v: number, unit: string, digits: number): string {
  const s = v >= 0 ? '+' : '−';
  return `${s}${num(Math.abs(v), digits)}${unit ? ` ${unit}` : ''}`;
}

const digitsFor = (t: number): number => (t === 2 ? 1 : 2);
const unitFor = (t: number): string => (t === 1 ? '' : (LEARNING_TARGETS[t]?.unit ?? ''));

/**
 * One target of one prediction as a sentence:
 * "next load 102.5 kg (last 100 kg): +1.8 kg from bestE1rmKg=110, −0.9 kg from acwr=1.12".
 */
export function reasonSentence(p: PredictionExplanation, t: number, k = 3): string {
  const unit = unitFor(t);
  const d = digitsFor(t);
  const value = `${num(p.prediction[t] ?? Number.NaN, d)}${unit ? ` ${unit}` : ''}`;
  const last = p.last[t] ?? Number.NaN;
  const lastText = Number.isFinite(last) ? ` (last ${num(last, d)}${unit ? ` ${unit}` : ''})` : '';
  const reasons = (p.reasons[t] ?? [])
    .slice(0, k)
    .map((r) => `${signed(r.contribution, unit, d)} from ${r.feature}=${num(r.value, 2)}`)
    .join(', ');
  return `next ${TARGET_WORDS[t] ?? `target ${t}`} ${value}${lastText}: ${reasons}`;
}

export interface ExplainReportInput {
  source: string;
  modelName: string;
  epochs: number;
  seed: number;
  explanation: ModelExplanation;
  topFeatures: number;
}

/** The `gnn explain` report: global ranking (bars + table) and per-prediction reasons, with the efficiency check. */
export function explainReport(input: ExplainReportInput): ReportWriter {
  const e = input.explanation;
  const r = new ReportWriter(`Explanations: ${input.modelName} on ${input.source}`);
  r.paragraph(
    [
      `- KernelSHAP (interventional, background = ${e.backgroundRows} training nodes), values in target units (kg, reps, s)`,
      `- global ranking: mean |SHAP| over ${e.explainedNodes} sampled test nodes; model trained ${input.epochs} epochs, seed ${input.seed}`,
      `- efficiency check: max |Σ SHAP − (prediction − baseline)| = ${e.maxEfficiencyGap.toExponential(2)} (target units)`,
    ].join('\n'),
  );
  const observed = LEARNING_TARGETS.map((_, t) => e.targetsObserved[t] === true);
  const missing = LEARNING_TARGETS.filter((_, t) => !observed[t]).map((t) => t.name);
  if (missing.length > 0)
    r.paragraph(`Not explained: ${missing.join(', ')} (no training pair has a logged value, so the model's output for it is meaningless).`);
  const global = e.global.filter((_, t) => observed[t]);
  if (e.explainedNodes > 0 && global.length > 0) {
    r.heading('Global ranking');
    r.figure(
      'shap-global-ranking',
      shapRankingFigure(global, input.modelName, input.topFeatures),
      `Mean |SHAP| per feature and target (top ${input.topFeatures}).`,
    );
    const top = input.topFeatures;
    r.table(
      ['rank', ...global.map((g) => `${g.target} (${g.unit})`)],
      Array.from({ length: top }, (_, i) => [
        i + 1,
        ...global.map((g) => (g.ranking[i] ? `${g.ranking[i].feature} ${num(g.ranking[i].meanAbs, 3)}` : null)),
      ]),
    );
  }
  r.heading('Why the model predicts what it predicts (latest performance of each main exercise)');
  r.paragraph("Baseline = persistence + the model's average change over the background; contributions add up to prediction − baseline.");
  for (const p of e.predictions) {
    r.heading(`${p.exerciseName} (${p.date})`, 3);
    const lines = LEARNING_TARGETS.flatMap((_, t) =>
      observed[t] ? [`- ${reasonSentence(p, t, 5)} — baseline ${num(p.baseline[t] ?? Number.NaN, digitsFor(t))}`] : [],
    );
    r.paragraph(lines.join('\n'));
  }
  return r;
}
