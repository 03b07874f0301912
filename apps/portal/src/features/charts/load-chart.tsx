'use client';

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Empty } from '~/components/states';
import { axisLabel, bucketFor, bucketStart, type DateRange, inRange, spanDays } from './date-range';
import { CHART_COLORS, shortDate } from './main-lifts';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';

export interface WeeklyLoadPoint {
  weekStart: string;
  load: number;
  monotony?: number | null;
  strain?: number | null;
  acwrEwma?: number | null;
}

/**
 * Weekly load rows for a period: each week, or beyond two years each month (its mean weekly load and the
 * ACWR of its last week), labelled with the year whenever the period spans one.
 */
export function loadRows(
  weeks: readonly WeeklyLoadPoint[],
  range: DateRange,
  locale = 'en-GB',
): Array<{ week: string; load: number; acwr: number | null }> {
  const shown = weeks.filter((w) => inRange(w.weekStart, range));
  const span = spanDays(shown.map((w) => w.weekStart));
  const bucket = bucketFor(span) === 'month' ? 'month' : 'week';
  const groups: Array<{ key: string; loads: number[]; acwr: number | null }> = [];
  for (const w of shown) {
    const key = bucketStart(w.weekStart, bucket);
    const last = groups.at(-1);
    if (last?.key === key) {
      last.loads.push(w.load);
      last.acwr = w.acwrEwma ?? last.acwr;
    } else groups.push({ key, loads: [w.load], acwr: w.acwrEwma ?? null });
  }
  return groups.map((g) => ({
    week: axisLabel(g.key, span, locale),
    load: Math.round(g.loads.reduce((a, b) => a + b, 0) / g.loads.length),
    acwr: g.acwr === null ? null : Math.round(g.acwr * 100) / 100,
  }));
}

/** Weekly session-RPE load (bars) with ACWR on a second axis; the 0.8–1.3 sweet spot is shaded. */
export function LoadChart({ weeks, range = { from: null, to: null } }: { weeks: readonly WeeklyLoadPoint[]; range?: DateRange }) {
  const { locale } = useViewerPreferences();
  const data = loadRows(weeks, range, locale);
  if (data.length === 0) return <Empty title="No training load in this period">Load appears after the first logged session.</Empty>;
  const maxAcwr = Math.max(2, ...data.map((d) => d.acwr ?? 0));
  return (
    <figure style={{ margin: 0 }} aria-label="Weekly load and ACWR chart">
      <div style={{ height: 260 }}>
        <ResponsiveContainer>
          <ComposedChart data={data} margin={{ top: 8, right: 4, bottom: 0, left: -8 }}>
            <CartesianGrid stroke="#eef0f3" vertical={false} />
            <XAxis dataKey="week" tick={{ fontSize: 11 }} minTickGap={16} />
            <YAxis yAxisId="load" tick={{ fontSize: 11 }} width={56} />
            <YAxis yAxisId="acwr" orientation="right" domain={[0, Math.ceil(maxAcwr * 10) / 10]} tick={{ fontSize: 11 }} width={36} />
            <ReferenceLine yAxisId="acwr" y={1.5} stroke={CHART_COLORS.acwr} strokeDasharray="4 4" />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar yAxisId="load" dataKey="load" name="Load (AU)" fill={CHART_COLORS.load} fillOpacity={0.75} radius={[3, 3, 0, 0]} />
            <ReferenceArea
              yAxisId="acwr"
              y1={0.8}
              y2={1.3}
              fill={CHART_COLORS.band}
              fillOpacity={0.16}
              stroke="none"
              ifOverflow="extendDomain"
            />
            <Line
              yAxisId="acwr"
              type="monotone"
              dataKey="acwr"
              name="ACWR (EWMA)"
              stroke={CHART_COLORS.acwr}
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted small">
        Shaded: ACWR 0.8–1.3 (sweet spot). Dashed: 1.5 (flag threshold). Over more than two years each bar is a month (its mean weekly load,
        the ACWR of its last week).
      </figcaption>
    </figure>
  );
}

/** Foster's monotony (mean ÷ SD of daily load) and strain (weekly load × monotony). */
export function MonotonyChart({ weeks }: { weeks: readonly WeeklyLoadPoint[] }) {
  const { locale } = useViewerPreferences();
  if (weeks.length === 0) return <Empty title="No weeks yet" />;
  const data = weeks.map((w) => ({
    week: shortDate(w.weekStart, locale),
    monotony: w.monotony ?? null,
    strain: w.strain === null || w.strain === undefined ? null : Math.round(w.strain),
  }));
  return (
    <figure style={{ margin: 0 }} aria-label="Weekly monotony and strain chart">
      <div style={{ height: 220 }}>
        <ResponsiveContainer>
          <ComposedChart data={data} margin={{ top: 8, right: 4, bottom: 0, left: -8 }}>
            <CartesianGrid stroke="#eef0f3" vertical={false} />
            <XAxis dataKey="week" tick={{ fontSize: 11 }} minTickGap={16} />
            <YAxis yAxisId="strain" tick={{ fontSize: 11 }} width={56} />
            <YAxis
              yAxisId="monotony"
              orientation="right"
              domain={[0, (max: number) => Math.max(2.5, Math.ceil(max * 2) / 2)]}
              tick={{ fontSize: 11 }}
              width={36}
            />
            <ReferenceLine yAxisId="monotony" y={2} stroke={CHART_COLORS.monotony} strokeDasharray="4 4" />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar yAxisId="strain" dataKey="strain" name="Strain" fill="#b9a8ff" radius={[3, 3, 0, 0]} />
            <Line
              yAxisId="monotony"
              type="monotone"
              dataKey="monotony"
              name="Monotony"
              stroke={CHART_COLORS.monotony}
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted small">Dashed: monotony 2.0 (Foster&apos;s overreaching warning).</figcaption>
    </figure>
  );
}
