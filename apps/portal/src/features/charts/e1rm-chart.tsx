'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty, Panel, QueryState } from '~/components/states';
import { e1rmSeriesOptions } from '~/features/athletes/athletes.queries';
import { type DateRange, inRange } from './date-range';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { e1rmChartRows, e1rmSummary, signedKg } from './e1rm-trend';
import { CHART_COLORS, MAIN_LIFTS } from './main-lifts';

/** The e1RM trend of a main lift; `range` (inclusive dates, open ends) limits it to a period. */
export function E1rmChart({
  athleteId,
  title = 'Estimated 1RM trend',
  range = { from: null, to: null },
  lifts = MAIN_LIFTS,
}: {
  athleteId: string;
  title?: string;
  range?: DateRange;
  /** The exercises to pick from (default the main barbell lifts); the first is shown first. */
  lifts?: ReadonlyArray<{ id: string; label: string }>;
}) {
  const [picked, setExerciseId] = useState<string | null>(null);
  const { unit, locale } = useViewerPreferences();
  const u = unit === 'lbs' ? 'lb' : 'kg';
  const exerciseId = picked ?? lifts[0]?.id ?? MAIN_LIFTS[0].id;
  const series = useQuery(e1rmSeriesOptions(athleteId, exerciseId));
  const picker = (
    <label style={{ flexDirection: 'row', alignItems: 'center', gap: 6 }}>
      <span className="muted">Exercise</span>
      <select
        value={exerciseId}
        onChange={(e) => setExerciseId(e.target.value)}
        aria-label="Exercise for the e1RM trend"
        style={{ maxWidth: 'min(240px, 42vw)', minHeight: 44 }}
      >
        {lifts.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Panel title={title} actions={picker}>
      <QueryState
        query={series}
        label="Loading e1RM"
        isEmpty={(d) => (d.athlete?.e1rmSeries ?? []).filter((p) => inRange(p.date, range)).length === 0}
        empty={<Empty title="No sessions with this lift in this period">Pick another exercise or a longer period, or log a session.</Empty>}
      >
        {(d) => {
          const trend = (d.athlete?.e1rmSeries ?? []).filter((p) => inRange(p.date, range));
          const rows = e1rmChartRows(trend, unit, locale);
          const summary = e1rmSummary(trend, unit);
          const tooltip = (value: unknown, name: unknown): [string, string] =>
            Array.isArray(value) ? [`${String(value[0])}–${String(value[1])} ${u}`, String(name)] : [`${String(value)} ${u}`, String(name)];
          return (
            <figure style={{ margin: 0 }} aria-label={`e1RM trend, latest ${summary?.latest ?? '—'} ${u}`}>
              <div style={{ height: 240 }}>
                <ResponsiveContainer>
                  <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: -8 }}>
                    <CartesianGrid stroke="#eef0f3" vertical={false} />
                    <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={24} />
                    <YAxis
                      tick={{ fontSize: 11 }}
                      domain={[(min: number) => Math.max(0, Math.floor(min * 0.95)), 'auto']}
                      unit={` ${u}`}
                      width={64}
                    />
                    <Tooltip formatter={tooltip} />
                    <Area
                      type="monotone"
                      dataKey="band"
                      name="Uncertainty band"
                      stroke="none"
                      fill={CHART_COLORS.brand}
                      fillOpacity={0.12}
                      isAnimationActive={false}
                    />
                    <Line type="monotone" dataKey="e1rm" name="e1RM" stroke={CHART_COLORS.brand} strokeWidth={2} dot={false} />
                    <Line
                      dataKey="session"
                      name="Best set that day"
                      stroke="none"
                      dot={{ r: 1.5, fill: CHART_COLORS.load, stroke: 'none' }}
                      activeDot={{ r: 3 }}
                      isAnimationActive={false}
                    />
                  </ComposedChart>
                </ResponsiveContainer>
              </div>
              {summary ? (
                <figcaption className="muted small">
                  Latest {summary.latest} {u} (band {summary.low}–{summary.high} {u}) · change since {summary.firstDate}:{' '}
                  {signedKg(summary.change, unit)} over {summary.sessions} sessions. Capacity estimate as of each session: best set of the
                  12 weeks before it (unlogged effort read as 1 RIR), outliers dropped, decayed after 4 weeks off; dots are each
                  session&apos;s own best set.
                </figcaption>
              ) : null}
            </figure>
          );
        }}
      </QueryState>
    </Panel>
  );
}
