'use client';

import { useQuery } from '@tanstack/react-query';
import { Empty, Panel, QueryState } from '~/components/states';
import type { PredictionsQuery } from '~/graphql/gql/graphql';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { weightText } from '~/lib/format-units';
import { formatNumber } from './athlete-flags';
import { predictionsOptions } from './athletes.queries';
import { ShapReasonList } from './shap-reason-list';

type Prediction = PredictionsQuery['predictions'][number];

const VERDICT: Record<string, string> = {
  'beat-baselines': 'beat the baselines',
  'did-not-beat-baselines': 'did not beat "repeat last time"',
  unverified: 'not checked against baselines',
  pinned: 'pinned',
};

function Why({ p, name }: { p: Prediction; name: string }) {
  const e = p.explanation;
  const ruleNotes = p.source === 'rules' ? p.reasons.flatMap((r) => (r.note ? [r.note] : [])) : [];
  const [first, ...more] = e.targets;
  return (
    <div className="grid" style={{ gap: 4 }}>
      {ruleNotes.length > 0 ? (
        <div className="small">
          <b>Rule:</b> {ruleNotes.join('; ')}
        </div>
      ) : null}
      {e.status === 'shap' && first ? (
        <>
          <div className="muted small shap-note">
            <span className={`badge ${e.role === 'served' ? 'badge-ok' : 'badge-info'}`}>
              {e.role === 'served' ? 'SHAP · model' : "SHAP · model's view"}
            </span>{' '}
            {e.model ? `${e.model.name} (${VERDICT[e.model.verdict] ?? e.model.verdict})` : null}
            {e.performanceDate ? ` · from ${e.performanceDate}` : null}
          </div>
          <ShapReasonList exerciseName={name} target={first} />
          {more.length > 0 ? (
            <details>
              <summary className="small">{more.map((t) => t.target).join(' and ')}</summary>
              {more.map((t) => (
                <ShapReasonList key={t.target} exerciseName={name} target={t} />
              ))}
            </details>
          ) : null}
        </>
      ) : (
        <div className="muted small" role="note">
          {e.status === 'no-model' ? 'No trained model yet: these are the overload rules (no SHAP).' : e.note}
        </div>
      )}
    </div>
  );
}

export function PredictionsPanel({ athleteId }: { athleteId: string }) {
  const predictions = useQuery(predictionsOptions(athleteId));
  const prefs = useViewerPreferences();
  return (
    <Panel title="Next-session predictions">
      <QueryState
        query={predictions}
        label="Asking the model"
        isEmpty={(d) => d.predictions.length === 0}
        empty={<Empty title="No predictions yet">Predictions need some logged sessions for this athlete.</Empty>}
      >
        {(d) => (
          <ul aria-label="Next-session predictions with SHAP reasons" className="prediction-list">
            {d.predictions.slice(0, 8).map((p) => {
              const name = p.exercise?.name ?? p.exerciseId;
              return (
                <li key={p.exerciseId}>
                  <article aria-label={`Prediction for ${name}`} className="prediction-item">
                    <header className="prediction-head">
                      <span>{name}</span>
                      <span style={{ whiteSpace: 'nowrap' }}>
                        <b>{p.nextWeightKg === null ? '—' : weightText(p.nextWeightKg, prefs)}</b> × {formatNumber(p.nextReps)}
                        <span className="muted small"> · rest {formatNumber(p.nextRestSec)} s</span>{' '}
                        <span className={`badge ${p.source === 'gnn' ? 'badge-ok' : 'badge-warn'}`} title={p.rationale}>
                          {p.source === 'gnn' ? 'model' : 'rules'}
                        </span>
                      </span>
                    </header>
                    <Why p={p} name={name} />
                  </article>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
    </Panel>
  );
}
