import { dayLabel } from '~/features/calendar/calendar-model';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import styles from './log.module.css';
import { adjustmentLine, groupAdjustments, recordLine } from './log-result-text';
import type { LoggedWorkoutResult, PersonalRecord } from './workouts.api';

export function RecordList({ records, label }: { records: readonly PersonalRecord[]; label: string }) {
  const prefs = useViewerPreferences();
  return (
    <ul className={styles.cards} aria-label={label}>
      {records.map((r) => (
        <li key={`${r.sessionId}-${r.exerciseId}-${r.kind}`} className={styles.card}>
          <span>
            <span className="badge badge-ok">{r.kind === 'reps' ? 'Rep PR' : 'e1RM PR'}</span> {recordLine(r, prefs)}
          </span>
          <span className="muted small">{dayLabel(r.date.slice(0, 10), prefs)}</span>
        </li>
      ))}
    </ul>
  );
}

/** What the server did with the logged session: the next prescriptions it changed (with reasons) and the records set. */
export function LogResult({ result, date, onNext }: { result: LoggedWorkoutResult; date: string; onNext: () => void }) {
  const prefs = useViewerPreferences();
  return (
    <div className={styles.form} role="status" aria-label="Session saved">
      <div className="state" style={{ background: 'var(--ok-soft)', color: 'var(--ok)' }}>
        <strong>Session saved for {dayLabel(date, prefs)}.</strong> {result.performances} exercises, {result.sets} sets.
      </div>
      {result.adjustments.length > 0 ? (
        <section aria-label="Changes to your next sessions">
          <h3 style={{ margin: '0 0 6px' }}>Your next sessions were adjusted</h3>
          <ul className={styles.cards}>
            {groupAdjustments(result.adjustments).map(({ first, later }) => (
              <li key={`${first.week}-${first.day}-${first.order}`} className={styles.card} data-testid="adjustment">
                {adjustmentLine(first, prefs)}
                {later > 0 ? (
                  <span className="muted small">
                    {' '}
                    (carried into {later} later {later === 1 ? 'session' : 'sessions'})
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="muted" style={{ margin: 0 }}>
          No change to your next sessions: what you did matched the plan.
        </p>
      )}
      {result.records.length > 0 ? <RecordList records={result.records} label="New personal records" /> : null}
      <div>
        <button type="button" className={`btn ${styles.tap}`} onClick={onNext}>
          Log another session
        </button>
      </div>
    </div>
  );
}
