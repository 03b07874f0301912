import { dayLabel } from '~/features/calendar/calendar-model';
import styles from './log.module.css';
import type { AdjustmentChange, LoggedWorkoutResult, PersonalRecord } from './workouts.api';

const kg = (n: number | null): string => (n === null ? '—' : `${Math.round(n * 10) / 10} kg`);

/** "e1RM 102.5 kg (was 100 kg) — 90 kg × 4" / "8 reps at 60 kg (was 6)". */
export function recordLine(r: PersonalRecord): string {
  const set = r.weightKg === null ? `${r.reps} reps` : `${kg(r.weightKg)} × ${r.reps}`;
  if (r.kind === 'reps')
    return `${r.exerciseName}: ${r.reps} reps at ${kg(r.weightKg)}${r.previousBest === null ? ' (first time)' : ` (best was ${r.previousBest})`}`;
  return `${r.exerciseName}: e1RM ${kg(r.e1rmKg)}${r.previousBest === null ? '' : ` (was ${kg(r.previousBest)})`} — ${set}`;
}

/** "Wed 9 Dec: Dumbbell Bench Press — −2 kg per hand: 2 reps short at RIR 0 on Mon 7 Dec". */
export function adjustmentLine(a: AdjustmentChange): string {
  return `${dayLabel(a.date)}: ${a.exerciseName} — ${a.reason}`;
}

export function RecordList({ records, label }: { records: readonly PersonalRecord[]; label: string }) {
  return (
    <ul className={styles.cards} aria-label={label}>
      {records.map((r) => (
        <li key={`${r.sessionId}-${r.exerciseId}-${r.kind}`} className={styles.card}>
          <span>
            <span className="badge badge-ok">{r.kind === 'reps' ? 'Rep PR' : 'e1RM PR'}</span> {recordLine(r)}
          </span>
          <span className="muted small">{dayLabel(r.date.slice(0, 10))}</span>
        </li>
      ))}
    </ul>
  );
}

/** What the server did with the logged session: the next prescriptions it changed (with reasons) and the records set. */
export function LogResult({ result, date, onNext }: { result: LoggedWorkoutResult; date: string; onNext: () => void }) {
  return (
    <div className={styles.form} role="status" aria-label="Session saved">
      <div className="state" style={{ background: 'var(--ok-soft)', color: 'var(--ok)' }}>
        <strong>Session saved for {dayLabel(date)}.</strong> {result.performances} exercises, {result.sets} sets.
      </div>
      {result.adjustments.length > 0 ? (
        <section aria-label="Changes to your next sessions">
          <h3 style={{ margin: '0 0 6px' }}>Your next sessions were adjusted</h3>
          <ul className={styles.cards}>
            {result.adjustments.map((a) => (
              <li key={`${a.week}-${a.day}-${a.order}`} className={styles.card} data-testid="adjustment">
                {adjustmentLine(a)}
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
