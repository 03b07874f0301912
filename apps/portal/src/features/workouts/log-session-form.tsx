'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { WeightUnit } from '@liftgraph/domain';
import type { DatedDay, DatedPrescription, DatedProgram } from '~/features/calendar/calendar.api';
import { calendarSessions, dayLabel, dayState, STATE_LABEL } from '~/features/calendar/calendar-model';
import { changeLine, doseLine } from '~/features/calendar/prescription-change';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { timeText } from '~/lib/format-date';
import { loadInputValue, unitText, type ViewerPreferences } from '~/lib/format-units';
import { exerciseSearchOptions } from '~/features/exercises/exercises.queries';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import styles from './log.module.css';
import {
  buildLogInput,
  clock,
  draftFromPrescription,
  emptySet,
  type ExerciseDraft,
  type SessionDraft,
  type SetDraft,
  DEFAULT_SESSION_MIN,
  withDefaultTimes,
} from './log-form-model';
import { hasEntries, readDraft, writeDraft } from './saved-draft';
import { WarmUps } from './warm-ups';
import { type LoggedWorkoutResult, LogWorkoutDocument, UpdateWorkoutDocument } from './workouts.api';

/** The program day the session fulfils ("w-d"), or '' for a session outside the program. */
export type SessionChoice = { week: number; day: number } | null;

const choiceKey = (c: SessionChoice): string => (c === null ? '' : `${c.week}-${c.day}`);

function findDay(program: DatedProgram | null, c: SessionChoice): DatedDay | null {
  if (program === null || c === null) return null;
  return program.weeks.find((w) => w.index === c.week)?.days.find((d) => d.index === c.day) ?? null;
}

/** The date a program session is logged on by default: its own date when it is past, else today. */
const defaultDate = (day: DatedDay | null, today: string): string => (day !== null && day.date < today ? day.date : today);

/**
 * Logs (or, with `editing`, corrects) one session: which program session it fulfils and on which date
 * (back-dating allowed, a future date refused by the server with its message), the prescription per
 * exercise with warm-ups for the main lifts, set rows empty until entered with a done tick, extra sets and
 * ad-hoc exercises, a rest timer whose measured rest is stored with the next set, start and end times
 * (left empty: today's session ends on save and lasts `typicalMin`), notes and an optional session RPE.
 */
export function LogSessionForm({
  athleteId,
  today,
  program,
  initial,
  resume = false,
  unit = 'kg',
  typicalMin = DEFAULT_SESSION_MIN,
  editing,
  onSaved,
  onCancel,
}: {
  athleteId: string;
  today: string;
  /** Take back the entries kept in the browser whatever session they were for (the page's first form); else only for `initial`. */
  resume?: boolean;
  /** The athlete's weight unit (their plates and dumbbells), the form's default. */
  unit?: WeightUnit;
  /** Minutes a session whose start is left empty is taken to have lasted (the athlete's typical session). */
  typicalMin?: number;
  program: DatedProgram | null;
  initial: SessionChoice;
  editing?: { sessionId: string; draft: SessionDraft; choice: SessionChoice };
  onSaved: (result: LoggedWorkoutResult, date: string) => void;
  onCancel?: () => void;
}) {
  // A session being logged survives a reload of the tab (phones drop background tabs): restored from the browser.
  const [restored, setRestored] = useState(() => {
    const stored = editing ? null : readDraft(athleteId);
    const same = stored !== null && choiceKey(stored.choice) === choiceKey(initial);
    return stored !== null && (resume || same) ? stored : null;
  });
  const [choice, setChoice] = useState<SessionChoice>(editing ? editing.choice : (restored?.choice ?? initial));
  const day = findDay(program, choice);
  const [draft, setDraft] = useState<SessionDraft>(
    () =>
      editing?.draft ??
      restored?.draft ?? {
        date: defaultDate(day, today),
        start: '',
        end: '',
        notes: '',
        sessionRpe: '',
        effort: 'rir',
        unit,
        exercises: draftFromPrescription(day?.prescriptions ?? []),
      },
  );
  const [errors, setErrors] = useState<string[]>([]);
  const prefs = useViewerPreferences();
  // Loads shown and typed in the form's unit (the athlete's by default), on the viewer's plates.
  const shown: ViewerPreferences = { ...prefs, unit: draft.unit };
  useEffect(() => {
    if (!editing) writeDraft(athleteId, hasEntries(draft) ? { choice, draft, savedAt: Date.now() } : null);
  }, [athleteId, choice, draft, editing]);
  const [restFrom, setRestFrom] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const save = useMutation({
    mutationFn: async (input: Parameters<typeof buildLogInput>[0]) => {
      const built = buildLogInput(input, {
        athleteId,
        programId: choice === null ? null : (program?.id ?? null),
        week: choice?.week ?? null,
        day: choice?.day ?? null,
        title: day?.label ?? null,
      });
      if (!built.ok) throw new Error(built.errors.join('\n'));
      return editing
        ? (await gqlRequest(UpdateWorkoutDocument, { sessionId: editing.sessionId, input: built.input })).updateWorkout
        : (await gqlRequest(LogWorkoutDocument, { input: built.input })).logWorkout;
    },
    onSuccess: (result, input) => {
      if (!editing) writeDraft(athleteId, null);
      onSaved(result, input.date);
    },
  });

  const sessions = program
    ? calendarSessions(program.weeks).filter(
        (s) =>
          (s.day.state !== 'done' && s.day.status !== 'skipped') || choiceKey({ week: s.week, day: s.day.index }) === choiceKey(choice),
      )
    : [];

  function pickSession(key: string) {
    const next: SessionChoice = key === '' ? null : { week: Number(key.split('-')[0]), day: Number(key.split('-')[1]) };
    const nextDay = findDay(program, next);
    setChoice(next);
    // A refusal was about the session left: it goes with it.
    save.reset();
    setErrors([]);
    if (!editing) {
      setDraft((d) => ({
        ...d,
        date: defaultDate(nextDay, today),
        exercises: [...draftFromPrescription(nextDay?.prescriptions ?? []), ...d.exercises.filter((e) => e.order === null)],
      }));
    }
  }

  const rx = (order: number | null) => (order === null ? null : (day?.prescriptions.find((p) => p.order === order) ?? null));
  const updateSet = (exKey: string, j: number, patch: Partial<SetDraft>) =>
    setDraft((d) => ({
      ...d,
      exercises: d.exercises.map((e) => (e.key === exKey ? { ...e, sets: e.sets.map((s, i) => (i === j ? { ...s, ...patch } : s)) } : e)),
    }));

  /** Ticking a set done records the rest since the last tick and, for a blank weight or reps, takes the greyed prescription (never the RIR: that is the athlete's call). */
  function tick(exKey: string, j: number, done: boolean) {
    const now = Date.now();
    if (done) {
      const ex = draft.exercises.find((e) => e.key === exKey);
      const set = ex?.sets[j];
      const target = targetOf(rx(ex?.order ?? null), draft, shown);
      updateSet(exKey, j, {
        done,
        restSec: restFrom === null ? null : Math.round((now - restFrom) / 1000),
        weight: set?.weight === '' ? target.weight : (set?.weight ?? ''),
        reps: set?.reps === '' ? target.reps : (set?.reps ?? ''),
      });
      setRestFrom(now);
    } else {
      updateSet(exKey, j, { done, restSec: null });
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const final = withDefaultTimes(draft, today, new Date(), typicalMin);
    const built = buildLogInput(final, { athleteId, programId: null, week: null, day: null, title: null });
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors([]);
    setDraft(final);
    save.mutate(final);
  }

  const blank = draft.exercises.reduce((n, e) => n + e.sets.filter((s) => !s.done && s.reps === '' && s.weight === '').length, 0);
  const effortName = draft.effort.toUpperCase();

  return (
    <form ref={formRef} onSubmit={submit} aria-label={editing ? 'Edit logged session' : 'Log a session'} className={styles.form} noValidate>
      <div className={styles.head}>
        <label>
          Session
          <select value={choiceKey(choice)} onChange={(e) => pickSession(e.target.value)} aria-label="Program session">
            {sessions.map((s) => (
              <option key={choiceKey({ week: s.week, day: s.day.index })} value={choiceKey({ week: s.week, day: s.day.index })}>
                {dayLabel(s.day.date, prefs)} · W{s.week + 1} {s.day.label} ({STATE_LABEL[dayState(s.day.state)].toLowerCase()})
              </option>
            ))}
            <option value="">Free session (not in the program)</option>
          </select>
        </label>
        <label>
          Date trained
          <input type="date" value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} aria-label="Date trained" />
        </label>
        <label>
          Started
          <input
            type="time"
            step={1}
            value={draft.start}
            onChange={(e) => setDraft({ ...draft, start: e.target.value })}
            aria-label="Start time"
          />
        </label>
        <label>
          Ended
          <input
            type="time"
            step={1}
            value={draft.end}
            onChange={(e) => setDraft({ ...draft, end: e.target.value })}
            aria-label="End time"
            placeholder="on save"
          />
        </label>
        <label>
          Weights in
          <select
            value={draft.unit}
            onChange={(e) => setDraft({ ...draft, unit: e.target.value === 'lbs' ? 'lbs' : 'kg' })}
            aria-label="Weight unit"
          >
            <option value="kg">kg</option>
            <option value="lbs">lb</option>
          </select>
        </label>
        <label>
          Effort as
          <select
            value={draft.effort}
            onChange={(e) => setDraft({ ...draft, effort: e.target.value === 'rpe' ? 'rpe' : 'rir' })}
            aria-label="Effort scale"
          >
            <option value="rir">RIR (reps in reserve)</option>
            <option value="rpe">RPE (1–10)</option>
          </select>
        </label>
      </div>
      {restored && hasEntries(restored.draft) ? (
        <p className="small" role="status" style={{ margin: 0 }}>
          Your unsaved entries from {timeText(restored.savedAt, prefs)} are back.{' '}
          <button
            type="button"
            className={`btn btn-ghost btn-small ${styles.tap}`}
            onClick={() => {
              writeDraft(athleteId, null);
              setRestored(null);
              pickSession(choiceKey(initial));
              setDraft((d) => ({
                ...d,
                start: '',
                end: '',
                notes: '',
                sessionRpe: '',
                exercises: draftFromPrescription(findDay(program, initial)?.prescriptions ?? []),
              }));
            }}
          >
            Start over
          </button>
        </p>
      ) : null}
      {draft.start === '' || draft.end === '' ? (
        <p className="muted small" style={{ margin: 0 }} data-testid="time-defaults">
          {draft.date === today
            ? `Times left empty: the session ends when you save and started ${typicalMin} min before — type them if they differ.`
            : draft.end === ''
              ? 'A past session: type when it started and ended, so its training load uses the real duration.'
              : `Start left empty: ${typicalMin} min before the end.`}
        </p>
      ) : null}

      {draft.exercises.map((ex) => {
        const p = rx(ex.order);
        const change = p ? changeLine(p, shown) : null;
        return (
          <section key={ex.key} className={styles.exercise} aria-label={ex.exerciseName} data-testid="log-exercise">
            <h3>{ex.exerciseName}</h3>
            {p ? <div className={styles.dose}>Prescribed: {doseLine(p, shown)}</div> : <div className="muted small">Added by you</div>}
            {change ? (
              <div className={styles.changed} data-testid="prescription-change">
                Changed: {change}
              </div>
            ) : null}
            {p ? <WarmUps rx={p} unit={draft.unit} /> : null}
            <SetHead weightLabel={weightLabel(ex, draft.unit)} effortName={effortName} />
            {ex.sets.map((s, j) => (
              <SetRow
                key={j}
                ex={ex}
                index={j}
                set={s}
                weightLabel={weightLabel(ex, draft.unit)}
                target={targetOf(p, draft, shown)}
                effortName={effortName}
                onChange={(patch) => updateSet(ex.key, j, patch)}
                onTick={(done) => tick(ex.key, j, done)}
              />
            ))}
            <div className={styles.cardActions}>
              <button
                type="button"
                className={`btn btn-ghost ${styles.tap}`}
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    exercises: d.exercises.map((e) => (e.key === ex.key ? { ...e, sets: [...e.sets, emptySet()] } : e)),
                  }))
                }
              >
                + Add set
              </button>
              {ex.sets.length > Math.max(1, p?.sets ?? 1) && !ex.sets.at(-1)?.done ? (
                <button
                  type="button"
                  className={`btn btn-ghost ${styles.tap}`}
                  onClick={() =>
                    setDraft((d) => ({
                      ...d,
                      exercises: d.exercises.map((e) => (e.key === ex.key ? { ...e, sets: e.sets.slice(0, -1) } : e)),
                    }))
                  }
                >
                  Remove extra set
                </button>
              ) : null}
              {ex.order === null ? (
                <button
                  type="button"
                  className={`btn btn-ghost ${styles.tap}`}
                  onClick={() => setDraft((d) => ({ ...d, exercises: d.exercises.filter((e) => e.key !== ex.key) }))}
                >
                  Remove exercise
                </button>
              ) : null}
            </div>
          </section>
        );
      })}

      <AddExercise
        onAdd={(e) =>
          setDraft((d) => ({
            ...d,
            exercises: [
              ...d.exercises,
              {
                key: `adhoc-${Date.now()}`,
                exerciseId: e.id,
                exerciseName: e.name,
                bodyweight: e.bodyweight,
                order: null,
                sets: [emptySet()],
              },
            ],
          }))
        }
      />

      <label>
        Notes
        <textarea rows={2} value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} aria-label="Notes" />
      </label>
      <div className={styles.head}>
        <label>
          Session RPE (1–10, optional): how hard was the whole session? Without it the session has no training load.
          <input
            type="number"
            inputMode="decimal"
            min={1}
            max={10}
            step={0.5}
            value={draft.sessionRpe}
            onChange={(e) => setDraft({ ...draft, sessionRpe: e.target.value })}
            aria-label="Session RPE"
          />
        </label>
        <div className={styles.cardActions}>
          <button className={`btn ${styles.tap}`} type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : editing ? 'Save changes' : 'Log session'}
          </button>
          {onCancel ? (
            <button type="button" className={`btn btn-ghost ${styles.tap}`} onClick={onCancel}>
              Cancel
            </button>
          ) : null}
        </div>
      </div>
      {blank > 0 ? (
        <p className="muted small" style={{ margin: 0 }}>
          {blank} blank {blank === 1 ? 'set is' : 'sets are'} saved as not done.
        </p>
      ) : null}
      {errors.length > 0 ? (
        <div className="state state-error" role="alert">
          <strong>Not saved yet:</strong>
          <ul className={styles.errors}>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {save.error ? (
        <div className="state state-error" role="alert">
          {userMessage(save.error)}
        </div>
      ) : null}
      {restFrom !== null ? <RestTimer from={restFrom} target={restTarget(draft.exercises, day)} onStop={() => setRestFrom(null)} /> : null}
    </form>
  );
}

/** "kg", "lb", "+kg" (added to body weight). */
const weightLabel = (ex: ExerciseDraft, unit: WeightUnit): string => `${ex.bodyweight ? '+' : ''}${unitText({ unit })}`;

/** The prescription as greyed hints in the form's unit (on the viewer's plate step) and effort scale. */
function targetOf(
  rx: DatedPrescription | null,
  draft: SessionDraft,
  shown: ViewerPreferences,
): { weight: string; reps: string; effort: string } {
  if (rx === null) return { weight: '', reps: '', effort: '' };
  const weight = loadInputValue(rx.loadKg, shown);
  return { weight, reps: String(rx.reps), effort: String(draft.effort === 'rpe' ? rx.targetRpe : Math.max(0, 10 - rx.targetRpe)) };
}

/** The prescribed rest of the exercise with the last ticked set, for the timer's target. */
function restTarget(exercises: readonly ExerciseDraft[], day: DatedDay | null): number | null {
  const last = exercises.filter((e) => e.sets.some((s) => s.done)).at(-1);
  if (!last || last.order === null) return null;
  return day?.prescriptions.find((p) => p.order === last.order)?.restSec ?? null;
}

/** The column heads above an exercise's set rows (each input keeps its own full label for screen readers). */
function SetHead({ weightLabel, effortName }: { weightLabel: string; effortName: string }) {
  return (
    <div className={`${styles.setRow} ${styles.setHead}`} aria-hidden="true">
      <span>Set</span>
      <span>{weightLabel}</span>
      <span>Reps</span>
      <span>{effortName}</span>
      <span className={styles.center}>Done</span>
    </div>
  );
}

function SetRow({
  ex,
  index,
  set,
  weightLabel,
  target,
  effortName,
  onChange,
  onTick,
}: {
  ex: ExerciseDraft;
  index: number;
  set: SetDraft;
  weightLabel: string;
  /** The prescribed numbers, shown greyed as placeholders (never as values). */
  target: { weight: string; reps: string; effort: string };
  effortName: string;
  onChange: (patch: Partial<SetDraft>) => void;
  onTick: (done: boolean) => void;
}) {
  const n = index + 1;
  const name = ex.exerciseName;
  return (
    <div className={`${styles.setRow} ${set.done ? styles.setDone : ''}`} role="group" aria-label={`${name} set ${n}`}>
      <span className={styles.setNo}>{n}</span>
      <input
        type="number"
        inputMode="decimal"
        min={0}
        step={0.25}
        value={set.weight}
        placeholder={target.weight}
        onChange={(e) => onChange({ weight: e.target.value })}
        aria-label={`${name} set ${n} weight (${weightLabel})`}
      />
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        value={set.reps}
        placeholder={target.reps}
        onChange={(e) => onChange({ reps: e.target.value })}
        aria-label={`${name} set ${n} reps`}
      />
      <input
        type="number"
        inputMode="decimal"
        min={0}
        max={10}
        step={0.5}
        value={set.effort}
        placeholder={target.effort}
        onChange={(e) => onChange({ effort: e.target.value })}
        aria-label={`${name} set ${n} ${effortName}`}
      />
      <span className={styles.done}>
        <input type="checkbox" checked={set.done} onChange={(e) => onTick(e.target.checked)} aria-label={`${name} set ${n} done`} />
      </span>
      {set.done && set.restSec !== null ? <span className={styles.rest}>rested {clock(set.restSec)} before this set</span> : null}
    </div>
  );
}

/** Counts up from the last ticked set; the next ticked set stores what it shows as its rest. */
function RestTimer({ from, target, onStop }: { from: number; target: number | null; onStop: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const elapsed = (now - from) / 1000;
  return (
    <div className={styles.timer} role="timer" aria-label="Rest timer" aria-live="off">
      <span>
        Rest {clock(elapsed)}
        {target !== null ? ` / ${clock(target)}` : ''}
        {target !== null && elapsed >= target ? ' · go!' : ''}
      </span>
      <button type="button" className={`btn btn-small ${styles.tap}`} onClick={onStop}>
        Stop timer
      </button>
    </div>
  );
}

function AddExercise({ onAdd }: { onAdd: (e: { id: string; name: string; bodyweight: boolean }) => void }) {
  const [text, setText] = useState('');
  const results = useQuery(exerciseSearchOptions(text, 6));
  return (
    <div className={styles.search}>
      <label>
        Add an exercise
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Search the catalog, e.g. face pull"
          aria-label="Search exercises to add"
        />
      </label>
      {text.trim().length >= 2 && results.data ? (
        results.data.exercises.length === 0 ? (
          <span className="muted small">No exercise matches “{text}”.</span>
        ) : (
          <ul className={styles.results} aria-label="Exercises found">
            {results.data.exercises.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className={`btn btn-ghost ${styles.tap}`}
                  onClick={() => {
                    onAdd({ id: e.id, name: e.name, bodyweight: e.equipment === 'body only' });
                    setText('');
                  }}
                >
                  + {e.name} <span className="muted small">{e.equipment ?? ''}</span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
