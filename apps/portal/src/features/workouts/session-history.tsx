'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { dayLabel } from '~/features/calendar/calendar-model';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import styles from './log.module.css';
import { type ViewerPreferences, weightText } from '~/lib/format-units';
import { clock } from './log-form-model';
import { DeleteWorkoutDocument, type LoggedSession } from './workouts.api';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';

const setText = (s: LoggedSession['exercises'][number]['sets'][number], prefs: ViewerPreferences): string => {
  if (!s.done) return 'not done';
  const load = s.weightKg === null ? '' : `${weightText(s.weightKg, prefs)} × `;
  const effort = s.rir !== null ? ` @ RIR ${s.rir}` : s.rpe !== null ? ` @ RPE ${s.rpe}` : '';
  return `${load}${s.reps ?? '?'}${effort}`;
};

/** Sessions listed before "Show all". */
const SHOWN = 6;

/** Logged sessions, newest first, as cards: what was done, with edit (the logging form, prefilled) and delete (confirmed). */
export function SessionHistory({
  sessions,
  invalidate,
  onEdit,
}: {
  sessions: readonly LoggedSession[];
  invalidate: () => Promise<unknown>;
  onEdit: (session: LoggedSession) => void;
}) {
  const queryClient = useQueryClient();
  const prefs = useViewerPreferences();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const remove = useMutation({
    mutationFn: (sessionId: string) => gqlRequest(DeleteWorkoutDocument, { sessionId }),
    onSuccess: async () => {
      setConfirming(null);
      await invalidate();
      await queryClient.invalidateQueries({ queryKey: ['athletes'] });
      await queryClient.invalidateQueries({ queryKey: ['programs'] });
    },
  });
  if (sessions.length === 0) return <p className="muted">Nothing logged yet.</p>;
  const shown = all ? sessions : sessions.slice(0, SHOWN);
  return (
    <>
      <ul className={styles.cards} aria-label="Logged sessions">
        {shown.map((s) => (
          <li key={s.id} className={styles.card} aria-label={`${s.title ?? 'Session'} on ${dayLabel(s.date.slice(0, 10), prefs)}`}>
            <div>
              <strong>{dayLabel(s.date.slice(0, 10), prefs)}</strong> · {s.title ?? 'Free session'} · {s.sets} sets
              {s.durationMin !== null ? ` · ${Math.round(s.durationMin)} min` : ''}
            </div>
            <details>
              <summary className="small">What you did</summary>
              <ul className="small" style={{ margin: '4px 0', paddingLeft: 18 }}>
                {s.exercises.map((e, i) => (
                  <li key={`${e.exerciseId}-${i}`}>
                    <strong>{e.exerciseName}</strong>:{' '}
                    {e.sets
                      .filter((x) => !x.warmup)
                      .map((x) => setText(x, prefs) + (x.restSec !== null && x.done ? ` (rest ${clock(x.restSec)})` : ''))
                      .join(', ')}
                  </li>
                ))}
              </ul>
              {s.notes ? <p className="small muted">Notes: {s.notes}</p> : null}
            </details>
            <div className={styles.cardActions}>
              <button type="button" className={`btn btn-ghost ${styles.tap}`} onClick={() => onEdit(s)}>
                Edit
              </button>
              {confirming === s.id ? (
                <>
                  <button
                    type="button"
                    className={`btn btn-danger ${styles.tap}`}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(s.id)}
                  >
                    {remove.isPending ? 'Deleting…' : 'Yes, delete it'}
                  </button>
                  <button type="button" className={`btn btn-ghost ${styles.tap}`} onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </>
              ) : (
                <button type="button" className={`btn btn-ghost ${styles.tap}`} onClick={() => setConfirming(s.id)}>
                  Delete
                </button>
              )}
            </div>
            {confirming === s.id ? <span className="small">Delete this session? Its sets leave your load, e1RM and records.</span> : null}
            {remove.error && remove.variables === s.id ? (
              <div className="state state-error" role="alert">
                {userMessage(remove.error)}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {sessions.length > SHOWN ? (
        <button type="button" className={`btn btn-ghost ${styles.tap}`} style={{ marginTop: 8 }} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${sessions.length} sessions`}
        </button>
      ) : null}
    </>
  );
}
