'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { formatLoad, loadInputUnit } from '~/features/programs/format-load';
import { gqlRequest } from '~/graphql/client';
import type { ProgramQuery, WorkoutPerformanceInput } from '~/graphql/gql/graphql';
import { userMessage } from '~/graphql/request-error';
import { rirFromRpe } from './today';
import { LogWorkoutDocument } from './workouts.queries';

type Day = NonNullable<ProgramQuery['program']>['weeks'][number]['days'][number];

const num = (f: FormData, key: string): number | null => {
  const v = f.get(key);
  return v === null || String(v).trim() === '' ? null : Number(v);
};

/** Today's prescriptions as editable set rows, prefilled with the prescription; submit logs the session. */
export function LogSessionForm({ athleteId, programId, day }: { athleteId: string; programId: string; day: Day }) {
  const queryClient = useQueryClient();
  const log = useMutation({
    mutationFn: (v: { performances: WorkoutPerformanceInput[]; sessionRpe: number | null }) =>
      gqlRequest(LogWorkoutDocument, {
        input: { athleteId, programId, title: day.label, performances: v.performances, sessionRpe: v.sessionRpe },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['athletes', 'detail', athleteId] }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const sessionRpe = num(f, 'sessionRpe');
    const performances = day.prescriptions
      .map((rx, i): WorkoutPerformanceInput => ({
        exerciseId: rx.exerciseId,
        sets: Array.from({ length: rx.sets }, (_, j) => ({
          weightKg: num(f, `p${i}-s${j}-kg`),
          reps: num(f, `p${i}-s${j}-reps`) ?? 0,
          rir: num(f, `p${i}-s${j}-rir`),
          rpe: null,
          warmup: false,
        })).filter((s) => s.reps > 0),
      }))
      .filter((p) => p.sets.length > 0);
    log.mutate({ performances, sessionRpe });
  }

  if (log.isSuccess) {
    return (
      <div className="state" role="status" style={{ background: 'var(--ok-soft)', color: 'var(--ok)' }}>
        <strong>Session logged.</strong> {log.data.logWorkout.performances} exercises, {log.data.logWorkout.sets} sets. Nice work.
        <button type="button" className="btn btn-small btn-ghost" onClick={() => log.reset()}>
          Log the next session
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} aria-label="Log today's session" className="grid">
      {day.prescriptions.map((rx, i) => {
        const name = rx.exerciseName;
        const load = formatLoad(rx);
        const unit = loadInputUnit(rx);
        return (
          <fieldset key={rx.order}>
            <legend>
              {name} — {rx.sets} × {rx.reps}
              {load !== null ? ` @ ${load}` : ''}
              {rx.targetRpe !== null ? `, RPE ${rx.targetRpe}` : ''}
            </legend>
            <div className="grid" style={{ gap: 6 }}>
              {Array.from({ length: rx.sets }, (_, j) => (
                <div className="form-row" key={j} style={{ gap: 8 }}>
                  <span className="muted small" style={{ width: 40 }}>
                    Set {j + 1}
                  </span>
                  <label>
                    {unit}
                    <input
                      name={`p${i}-s${j}-kg`}
                      type="number"
                      step={0.5}
                      min={0}
                      defaultValue={rx.loadKg ?? ''}
                      style={{ width: 84 }}
                      aria-label={`${name} set ${j + 1} weight (${unit})`}
                    />
                  </label>
                  <label>
                    Reps
                    <input
                      name={`p${i}-s${j}-reps`}
                      type="number"
                      min={0}
                      max={100}
                      defaultValue={rx.reps}
                      style={{ width: 70 }}
                      aria-label={`${name} set ${j + 1} reps`}
                    />
                  </label>
                  <label>
                    RIR
                    <input
                      name={`p${i}-s${j}-rir`}
                      type="number"
                      min={0}
                      max={10}
                      step={0.5}
                      defaultValue={rirFromRpe(rx.targetRpe) ?? ''}
                      style={{ width: 64 }}
                      aria-label={`${name} set ${j + 1} reps in reserve`}
                    />
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div className="form-row">
        <label>
          Session RPE (0–10)
          <input name="sessionRpe" type="number" min={0} max={10} step={0.5} defaultValue={7} style={{ width: 90 }} />
        </label>
        <button className="btn" type="submit" disabled={log.isPending}>
          {log.isPending ? 'Saving…' : 'Log session'}
        </button>
      </div>
      {log.error ? (
        <div className="state state-error" role="alert">
          {userMessage(log.error)}
        </div>
      ) : null}
    </form>
  );
}
