'use client';

import { useQuery } from '@tanstack/react-query';
import { Empty, Panel, QueryState } from '~/components/states';
import { formatNumber } from './athlete-flags';
import { predictionsOptions } from './athletes.queries';

/** Feature ids from the learning graph → words a coach reads. */
const FEATURE_LABELS: Record<string, string> = {
  weight: 'last weight', reps: 'last reps', sets: 'sets', rest_time: 'rest', rpe: 'RPE', rir: 'RIR', e1rm: 'e1RM',
  days_since_last: 'days since last', training_load: 'session load', training_monotony: 'monotony', strain: 'strain', acwr: 'ACWR', weekly_load: 'weekly load',
};
const featureLabel = (f: string): string => FEATURE_LABELS[f] ?? f.replace(/_/g, ' ');

export function PredictionsPanel({ athleteId }: { athleteId: string }) {
  const predictions = useQuery(predictionsOptions(athleteId));
  return (
    <Panel title="Next-session predictions">
      <QueryState
        query={predictions}
        label="Asking the model"
        isEmpty={(d) => d.predictions.length === 0}
        empty={<Empty title="No predictions yet">The model needs a trained version and some history for this athlete.</Empty>}
      >
        {(d) => (
          <div className="table-wrap">
            <table aria-label="Next-session predictions">
              <thead>
                <tr>
                  <th scope="col">Exercise</th>
                  <th scope="col">Next</th>
                  <th scope="col">Why (SHAP, target units)</th>
                </tr>
              </thead>
              <tbody>
                {d.predictions.slice(0, 8).map((p) => {
                  const reasons = [...p.reasons].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)).slice(0, 3);
                  const scale = Math.max(...reasons.map((r) => Math.abs(r.contribution)), 1e-9);
                  return (
                    <tr key={p.exerciseId}>
                      <td>{p.exercise?.name ?? p.exerciseId}</td>
                      <td style={{ whiteSpace: 'nowrap' }}>
                        <b>{formatNumber(p.nextWeightKg, 1)} kg</b> × {formatNumber(p.nextReps)}
                        <div className="muted small">rest {formatNumber(p.nextRestSec)} s</div>
                      </td>
                      <td>
                        {reasons.length === 0 ? <span className="muted">—</span> : null}
                        {reasons.map((r) => (
                          <div key={r.feature} className="small" style={{ display: 'grid', gridTemplateColumns: '110px 1fr 56px', gap: 6, alignItems: 'center' }}>
                            <span>{featureLabel(r.feature)}</span>
                            <span className="reason-bar" style={{ width: `${(Math.abs(r.contribution) / scale) * 100}%`, background: r.contribution >= 0 ? '#1f9d55' : '#d1383d' }} aria-hidden="true" />
                            <span style={{ textAlign: 'right' }}>
                              {r.contribution >= 0 ? '+' : ''}
                              {r.contribution.toFixed(1)}
                            </span>
                          </div>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </Panel>
  );
}
