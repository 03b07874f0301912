import { KG_PER_LB, type WeightUnit } from '@liftgraph/domain/program';
import { unitText, weightNumber } from '~/lib/format-units';

/** A SHAP target as the API returns it (TargetShap). */
export interface ShapTarget {
  target: string;
  unit: string;
  lastValue?: number | null;
  baseValue: number;
  prediction: number;
  otherContribution: number;
  reasons: { feature: string; label: string; value?: number | null; valueUnit: string; contribution: number; direction: string }[];
}

export interface ShapBar {
  key: string;
  label: string;
  /** The feature's value for this performance, readable ("4 days", "1.12"). */
  valueText: string;
  /** Signed contribution with its unit ("+1.3 kg", "−0.4 reps"). */
  contributionText: string;
  /** Bar length as % of the longest bar of the list. */
  widthPct: number;
  direction: 'up' | 'down' | 'none';
  /** What a screen reader says for the row. */
  ariaLabel: string;
}

const DIGITS: Record<string, number> = { kg: 1, lb: 1, reps: 1, s: 0 };
const MINUS = '\u2212';

/** Signed, in the target unit; one more decimal for small values so they do not all read ±0.0. */
export function signed(x: number, unit: string): string {
  const base = DIGITS[unit] ?? 2;
  const d = Math.abs(x) < 0.1 && base < 2 ? base + 1 : base;
  const v = Number(x.toFixed(d));
  const sign = v > 0 ? '+' : v < 0 ? MINUS : '±';
  return `${sign}${Math.abs(v).toFixed(d)} ${unit}`;
}

function valueText(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'flag') return value >= 0.5 ? 'yes' : 'no';
  if (unit === 'share' || unit === 'fraction') return `${Math.round(value * 100)} %`;
  const text = Math.abs(value) >= 10 ? value.toFixed(0) : Number(value.toFixed(2)).toString();
  return ['kg', 'lb', 'days', 's', 'reps', 'AU'].includes(unit) ? `${text} ${unit}` : text;
}

/**
 * The signed bar list of one target: its top reasons plus "other features" when they matter, bars
 * scaled to the largest |contribution|, every row with a sentence for screen readers.
 */
export function shapBars(t: ShapTarget): ShapBar[] {
  const rows = t.reasons.map((r) => ({
    key: r.feature,
    label: r.label,
    valueText: valueText(r.value, r.valueUnit),
    contribution: r.contribution,
  }));
  const threshold = 0.05 * Math.max(...rows.map((r) => Math.abs(r.contribution)), 0);
  if (Math.abs(t.otherContribution) > threshold)
    rows.push({ key: '__other', label: 'all other features', valueText: '', contribution: t.otherContribution });
  const scale = Math.max(...rows.map((r) => Math.abs(r.contribution)), 1e-9);
  return rows.map((r) => {
    const direction = r.contribution > 1e-6 ? 'up' : r.contribution < -1e-6 ? 'down' : 'none';
    const contributionText = signed(r.contribution, t.unit);
    const verb = direction === 'up' ? 'raises' : direction === 'down' ? 'lowers' : 'does not change';
    return {
      key: r.key,
      label: r.label,
      valueText: r.valueText,
      contributionText,
      direction,
      widthPct: Math.round((Math.abs(r.contribution) / scale) * 100),
      ariaLabel: `${r.label}${r.valueText ? ` (${r.valueText})` : ''} ${verb} the predicted ${t.target} by ${contributionText.replace(/^[+±]/, '').replace(MINUS, '')}`,
    };
  });
}

/**
 * A target in kg (and its kg-valued features) in the viewer's unit: every number converted exactly
 * (SHAP values are additive, so the converted ones still sum to the converted prediction). Other
 * targets and kg for a kg viewer come back as they are.
 */
export function shapTargetIn(t: ShapTarget, unit: WeightUnit): ShapTarget {
  if (unit === 'kg') return t;
  const w = (kg: number): number => weightNumber(kg, { unit });
  // Unrounded: the bars are scaled and summed from these.
  const exact = (kg: number): number => kg / KG_PER_LB;
  const u = unitText({ unit });
  return {
    ...t,
    ...(t.unit === 'kg' && {
      unit: u,
      baseValue: exact(t.baseValue),
      prediction: exact(t.prediction),
      otherContribution: exact(t.otherContribution),
      ...(t.lastValue != null && { lastValue: w(t.lastValue) }),
    }),
    reasons: t.reasons.map((r) => ({
      ...r,
      ...(t.unit === 'kg' && { contribution: exact(r.contribution) }),
      ...(r.valueUnit === 'kg' && { valueUnit: u, ...(r.value != null && { value: w(r.value) }) }),
    })),
  };
}

/** "model baseline 101.2 kg → predicts 102.4 kg" for the head of a bar list. */
export function shapSummary(t: ShapTarget): string {
  const d = DIGITS[t.unit] ?? 2;
  const last = t.lastValue === null || t.lastValue === undefined ? '' : `last ${t.lastValue.toFixed(d)} ${t.unit} · `;
  return `${last}model baseline ${t.baseValue.toFixed(d)} ${t.unit} → predicts ${t.prediction.toFixed(d)} ${t.unit}`;
}
