'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import styles from './calendar.module.css';
import { calendarKeys, type DatedDay, type DatedProgram, type DayState, MoveSessionDocument, SkipSessionDocument } from './calendar.api';
import {
  type CalendarSession,
  calendarSessions,
  dayState,
  dayLabel,
  monthLabel,
  monthWeeks,
  STATE_LABEL,
  sessionsByDate,
  shiftAnchor,
  WEEKDAY_SHORT,
  weekDates,
} from './calendar-model';
import { changeLine, doseLine } from './prescription-change';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';

/** The month view's mark of a state (its legend spells them out). */
const STATE_ICON: Record<DayState, string> = { done: '✓', missed: '!', skipped: '–', today: '●', upcoming: '○' };

const STATE_BADGE: Record<DayState, string> = {
  done: 'badge badge-ok',
  missed: 'badge badge-bad',
  skipped: 'badge',
  today: 'badge badge-info',
  upcoming: 'badge',
};

export function StateBadge({ state }: { state: string }) {
  const s = dayState(state);
  return <span className={STATE_BADGE[s]}>{STATE_LABEL[s]}</span>;
}

type Session = CalendarSession<DatedDay>;

const sessionKey = (s: { week: number; day: { index: number } }) => `${s.week}-${s.day.index}`;

/**
 * A program on dates: week view (default) or month view, each session with its date, label and state as of
 * the athlete's `today` (the server's). Selecting a session shows its prescriptions (with what changed and
 * why) and, when `editable`, moves it to another date or skips it. `onLog` adds a "Log this session" action.
 * Used by the athlete's page and reusable on the coach's.
 */
export function ProgramCalendar({
  program,
  today,
  editable = true,
  onLog,
  invalidate = [],
}: {
  program: DatedProgram;
  today: string;
  editable?: boolean;
  onLog?: (session: { week: number; day: number }) => void;
  /** Query keys to refresh after a move or skip (e.g. the athlete's compliance). */
  invalidate?: ReadonlyArray<readonly unknown[]>;
}) {
  const [view, setView] = useState<'week' | 'month'>('week');
  const prefs = useViewerPreferences();
  const [anchor, setAnchor] = useState(today);
  const [selected, setSelected] = useState<string | null>(null);
  const sessions = calendarSessions(program.weeks);
  const byDate = sessionsByDate(sessions);
  const chosen = sessions.find((s) => sessionKey(s) === selected) ?? null;

  const chip = (s: Session, compact: boolean) => {
    const label = `${dayLabel(s.day.date, prefs)}: ${s.day.label}, ${STATE_LABEL[dayState(s.day.state)].toLowerCase()}`;
    return (
      <button
        key={sessionKey(s)}
        type="button"
        className={`${styles.session} ${styles[s.day.state] ?? ''}`}
        aria-pressed={selected === sessionKey(s)}
        aria-label={label}
        data-testid="calendar-session"
        data-date={s.day.date}
        data-state={s.day.state}
        onClick={() => setSelected(selected === sessionKey(s) ? null : sessionKey(s))}
      >
        {compact ? (
          <span className={styles.compact}>
            <span aria-hidden="true">{STATE_ICON[dayState(s.day.state)]}</span>
            <span className={styles.compactLabel}>{s.day.label}</span>
          </span>
        ) : (
          <>
            <strong>{s.day.label}</strong>
            <StateBadge state={s.day.state} />
          </>
        )}
      </button>
    );
  };

  return (
    <div aria-label={`Calendar of ${program.name}`} role="group">
      <div className={styles.toolbar}>
        <h3 aria-live="polite">
          {view === 'week' ? `Week of ${dayLabel(weekDates(anchor)[0] ?? anchor, prefs)}` : monthLabel(anchor, prefs)}
        </h3>
        <div className="segmented" role="tablist" aria-label="Calendar view">
          {(['week', 'month'] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={view === v}
              className={`btn ${view === v ? '' : 'btn-ghost'} ${styles.tap}`}
              onClick={() => setView(v)}
            >
              {v === 'week' ? 'Week' : 'Month'}
            </button>
          ))}
        </div>
        <button
          type="button"
          className={`btn btn-ghost ${styles.tap}`}
          aria-label={`Previous ${view}`}
          onClick={() => setAnchor(shiftAnchor(anchor, view, -1))}
        >
          ‹
        </button>
        <button type="button" className={`btn btn-ghost ${styles.tap}`} onClick={() => setAnchor(today)}>
          Today
        </button>
        <button
          type="button"
          className={`btn btn-ghost ${styles.tap}`}
          aria-label={`Next ${view}`}
          onClick={() => setAnchor(shiftAnchor(anchor, view, 1))}
        >
          ›
        </button>
      </div>

      {view === 'week' ? (
        <div className={styles.week} aria-label="Week view">
          {weekDates(anchor).map((date) => (
            <section key={date} className={`${styles.dayCell} ${date === today ? styles.isToday : ''}`} aria-label={dayLabel(date, prefs)}>
              <div className={styles.dayHead}>
                {dayLabel(date, prefs)}
                {date === today ? ' · today' : ''}
              </div>
              <div style={{ display: 'grid', gap: 6, flex: 1, minWidth: 0 }}>
                {(byDate.get(date) ?? []).map((s) => chip(s, false))}
                {(byDate.get(date) ?? []).length === 0 ? <span className="muted small">Rest</span> : null}
              </div>
            </section>
          ))}
        </div>
      ) : (
        <div className={styles.month} aria-label="Month view">
          {WEEKDAY_SHORT.map((w) => (
            <div key={w} className={styles.monthHead}>
              {w}
            </div>
          ))}
          {monthWeeks(anchor)
            .flat()
            .map((date) => (
              <div
                key={date}
                className={`${styles.monthCell} ${date.slice(0, 7) === anchor.slice(0, 7) ? '' : styles.outside} ${date === today ? styles.isToday : ''}`}
                aria-label={dayLabel(date, prefs)}
              >
                <span className="small">{Number(date.slice(8))}</span>
                {(byDate.get(date) ?? []).map((s) => chip(s, true))}
              </div>
            ))}
        </div>
      )}
      {view === 'month' ? (
        <p className={`small muted ${styles.legendRow}`}>
          Marks:
          {(['done', 'missed', 'today', 'upcoming', 'skipped'] as const).map((state) => (
            <span key={state} className={`${styles.legendChip} ${styles[state] ?? ''}`}>
              {STATE_ICON[state]} {STATE_LABEL[state]}
            </span>
          ))}
        </p>
      ) : null}

      {chosen ? (
        <SessionDetail
          key={sessionKey(chosen)}
          program={program}
          session={chosen}
          editable={editable}
          onLog={onLog}
          invalidate={invalidate}
          onMoved={(date) => setAnchor(date)}
        />
      ) : (
        <p className="muted small" style={{ marginTop: 8 }}>
          Tap a session to see it, move it to another day or skip it.
        </p>
      )}
    </div>
  );
}

function SessionDetail({
  program,
  session,
  editable,
  onLog,
  invalidate,
  onMoved,
}: {
  program: DatedProgram;
  session: Session;
  editable: boolean;
  onLog?: (session: { week: number; day: number }) => void;
  invalidate: ReadonlyArray<readonly unknown[]>;
  onMoved: (date: string) => void;
}) {
  const queryClient = useQueryClient();
  const prefs = useViewerPreferences();
  const [date, setDate] = useState(session.day.date);
  const ref = { programId: program.id, week: session.week, day: session.day.index };
  const settle = (next: DatedProgram) => {
    queryClient.setQueryData(calendarKeys.program(program.id), { program: next });
    // Compliance and the athlete's lists refresh in the background; the calendar already shows the answer.
    void Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };
  const move = useMutation({
    mutationFn: (to: string) => gqlRequest(MoveSessionDocument, { ...ref, date: to }),
    onSuccess: (r, to) => {
      settle(r.moveSession);
      onMoved(to);
    },
  });
  const skip = useMutation({
    mutationFn: (skipped: boolean) => gqlRequest(SkipSessionDocument, { ...ref, skipped }),
    onSuccess: (r) => settle(r.skipSession),
  });
  const day = session.day;
  const skipped = day.status === 'skipped';
  const error = move.error ?? skip.error;
  return (
    <section className={styles.detail} aria-label={`Session ${day.label} on ${dayLabel(day.date, prefs)}`}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <strong>
          {dayLabel(day.date, prefs)} · Week {session.week + 1}, {day.label}
        </strong>
        <StateBadge state={day.state} />
      </div>
      <ul className={styles.rxList} aria-label="Prescriptions">
        {day.prescriptions.map((rx) => {
          const change = changeLine(rx, prefs);
          return (
            <li key={rx.order} aria-label={rx.exerciseName}>
              <div>
                <strong>{rx.exerciseName}</strong> — {doseLine(rx, prefs)}
              </div>
              {change ? (
                <div className={styles.changed} data-testid="prescription-change">
                  Changed: {change}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className={styles.actions}>
        {onLog && day.state !== 'done' && !skipped ? (
          <button type="button" className={`btn ${styles.tap}`} onClick={() => onLog({ week: session.week, day: day.index })}>
            Log this session
          </button>
        ) : null}
        {editable && day.state !== 'done' ? (
          <>
            <form
              className={styles.actions}
              aria-label="Move session"
              onSubmit={(e) => {
                e.preventDefault();
                move.mutate(date);
              }}
            >
              <label>
                Move to
                <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required aria-label="New date" />
              </label>
              <button type="submit" className={`btn btn-ghost ${styles.tap}`} disabled={move.isPending || date === day.date || date === ''}>
                {move.isPending ? 'Moving…' : 'Move'}
              </button>
            </form>
            <button type="button" className={`btn btn-ghost ${styles.tap}`} disabled={skip.isPending} onClick={() => skip.mutate(!skipped)}>
              {skipped ? 'Unskip' : 'Skip this session'}
            </button>
          </>
        ) : null}
      </div>
      {error ? (
        <div className="state state-error" role="alert">
          {userMessage(error)}
        </div>
      ) : null}
      {move.isSuccess && !move.isPending ? (
        <p role="status" className="small" style={{ margin: 0 }}>
          Moved to {dayLabel(move.variables, prefs)}.
        </p>
      ) : null}
    </section>
  );
}
