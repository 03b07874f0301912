import type { DatedProgram } from '~/features/calendar/calendar.api';
import { calendarSessions, dayLabel } from '~/features/calendar/calendar-model';
import { changeLine, doseLine } from '~/features/calendar/prescription-change';
import { StateBadge } from '~/features/calendar/program-calendar';
import styles from './log.module.css';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';

/** The next sessions (today's first), each prescription with what changed in it and why. */
export function ComingUp({ program, count = 3 }: { program: DatedProgram; count?: number }) {
  const prefs = useViewerPreferences();
  const next = calendarSessions(program.weeks)
    .filter((s) => s.day.state === 'today' || s.day.state === 'upcoming')
    .slice(0, count);
  if (next.length === 0) return <p className="muted">No sessions left in this block.</p>;
  return (
    <ul className={styles.cards} aria-label="Next sessions">
      {next.map((s) => (
        <li key={`${s.week}-${s.day.index}`} className={styles.card} aria-label={`${s.day.label} on ${dayLabel(s.day.date, prefs)}`}>
          <div>
            <strong>{dayLabel(s.day.date, prefs)}</strong> · {s.day.label} <StateBadge state={s.day.state} />
          </div>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {s.day.prescriptions.map((rx) => {
              const change = changeLine(rx, prefs);
              return (
                <li key={rx.order} aria-label={rx.exerciseName}>
                  {rx.exerciseName}: {doseLine(rx, prefs)}
                  {change ? (
                    <div className={styles.changed} data-testid="prescription-change">
                      Changed: {change}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
