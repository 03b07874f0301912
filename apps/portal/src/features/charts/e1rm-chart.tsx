'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty, Panel, QueryState } from '~/components/states';
import { e1rmSeriesOptions } from '~/features/athletes/athletes.queries';
import { CHART_COLORS, MAIN_LIFTS, shortDate } from './main-lifts';

export function E1rmChart({ athleteId, title = 'Estimated 1RM trend' }: { athleteId: string; title?: string }) {
  const [exerciseId, setExerciseId] = useState<string>(MAIN_LIFTS[0].id);
  const series = useQuery(e1rmSeriesOptions(athleteId, exerciseId));
  const picker = (
    <label style={{ flexDirection: 'row', alignItems: 'center', gap: 6 }}>
      <span className="muted">Exercise</span>
      <select value={exerciseId} onChange={(e) => setExerciseId(e.target.value)} aria-label="Exercise for the e1RM trend">
        {MAIN_LIFTS.map((l) => (
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
        isEmpty={(d) => (d.athlete?.e1rmSeries.length ?? 0) === 0}
        empty={<Empty title="No sessions with this lift">Pick another exercise or log a session.</Empty>}
      >
        {(d) => {
          const points = (d.athlete?.e1rmSeries ?? []).map((p) => ({ date: shortDate(p.date), e1rm: Math.round(p.e1rmKg * 10) / 10 }));
          const last = points.at(-1)?.e1rm;
          const first = points[0]?.e1rm;
          return (
            <figure style={{ margin: 0 }} aria-label={`e1RM trend, latest ${last ?? '—'} kg`}>
              <div style={{ height: 240 }}>
                <ResponsiveContainer>
                  <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -8 }}>
                    <CartesianGrid stroke="#eef0f3" vertical={false} />
                    <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={24} />
                    <YAxis tick={{ fontSize: 11 }} domain={['auto', 'auto']} unit=" kg" width={64} />
                    <Tooltip formatter={(v) => [`${String(v)} kg`, 'e1RM']} />
                    <Line type="monotone" dataKey="e1rm" stroke={CHART_COLORS.brand} strokeWidth={2} dot={false} name="e1RM" />
                  </LineChart>
                </ResponsiveContainer>
              </div>
              {last !== undefined && first !== undefined ? (
                <figcaption className="muted small">
                  Latest {last} kg · {last - first >= 0 ? '+' : ''}
                  {(last - first).toFixed(1)} kg over {points.length} sessions (Epley e1RM, best set per session)
                </figcaption>
              ) : null}
            </figure>
          );
        }}
      </QueryState>
    </Panel>
  );
}
