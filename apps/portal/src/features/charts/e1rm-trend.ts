import type { WeightUnit } from '@liftgraph/domain/program';
import { unitText, weightNumber } from '~/lib/format-units';
import { axisLabel, bucketFor, bucketStart, spanDays } from './date-range';

/** One e1RM point as the API gives it: the capacity estimate as of a session day. */
export interface E1rmPoint {
  date: string;
  e1rmKg: number;
  lowKg: number;
  highKg: number;
  sessionE1rmKg: number;
}

/** Chart rows and the caption's figures are in the viewer's unit (`unit`, kg by default). */
export interface E1rmChartRow {
  /** Axis label: "10 Mar", or "Mar 2019" when the trend spans more than a year. */
  date: string;
  e1rm: number;
  /** [low, high] of the uncertainty band, for a ranged area. */
  band: [number, number];
  /** That day's own best set (implied e1RM). */
  session: number;
}

export interface E1rmSummary {
  latest: number;
  low: number;
  high: number;
  /** Latest minus first, in the unit (signed: a negative change, never a negative e1RM). */
  change: number;
  firstDate: string;
  sessions: number;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const usable = (p: E1rmPoint): boolean => [p.e1rmKg, p.lowKg, p.highKg, p.sessionE1rmKg].every((v) => Number.isFinite(v) && v > 0);

/**
 * Chart rows from the API's trend (oldest first); a point that is not a positive number is left out, never
 * drawn. Long spans are grouped (weeks beyond half a year, months beyond two years): each row is the
 * estimate and band as of the period's last session and the period's best session, labelled with its
 * year, so six years read as a trend instead of a flat line of dots.
 */
export function e1rmChartRows(series: readonly E1rmPoint[], unit: WeightUnit = 'kg', locale = 'en-GB'): E1rmChartRow[] {
  const points = series.filter(usable);
  const w = (kg: number): number => round1(weightNumber(kg, { unit }));
  const span = spanDays(points.map((p) => p.date));
  const bucket = bucketFor(span);
  const rows: Array<E1rmChartRow & { key: string }> = [];
  for (const p of points) {
    const key = bucketStart(p.date, bucket);
    const row = {
      key,
      date: axisLabel(key, span, locale),
      e1rm: w(p.e1rmKg),
      band: [w(p.lowKg), w(p.highKg)] as [number, number],
      session: w(p.sessionE1rmKg),
    };
    const last = rows.at(-1);
    if (last?.key === key) rows[rows.length - 1] = { ...row, session: Math.max(last.session, row.session) };
    else rows.push(row);
  }
  return rows.map(({ key: _key, ...row }) => row);
}

/** The caption's figures: latest estimate with its band and the change since the first session. */
export function e1rmSummary(series: readonly E1rmPoint[], unit: WeightUnit = 'kg'): E1rmSummary | null {
  const points = series.filter(usable);
  const w = (kg: number): number => round1(weightNumber(kg, { unit }));
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  return {
    latest: w(last.e1rmKg),
    low: w(last.lowKg),
    high: w(last.highKg),
    change: w(last.e1rmKg - first.e1rmKg),
    firstDate: first.date.slice(0, 10),
    sessions: points.length,
  };
}

/** "+2.5 kg" / "−38.0 kg" (a true minus sign) / "±0.0 kg"; "+5.0 lb" for `unit` lbs. */
export function signedKg(change: number, unit: WeightUnit = 'kg'): string {
  const u = unitText({ unit });
  if (change === 0) return `±0.0 ${u}`;
  return `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(1)} ${u}`;
}
