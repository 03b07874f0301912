'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ExerciseSearchDocument } from '~/features/exercises/exercises.queries';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import type { EditScope } from './program-edits';
import { ScopeChoice } from './scope-choice';
import { useProgramEdit } from './use-program-edit';

/** Search the catalog (the `exercises` query) and add an exercise at the end of a session; the API sizes the dose. */
export function AddExercise({
  programId,
  week,
  day,
  dayLabel,
  scope,
  onScope,
}: {
  programId: string;
  week: number;
  day: number;
  dayLabel: string;
  scope: EditScope;
  onScope: (s: EditScope) => void;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const edit = useProgramEdit(programId, () => {
    setOpen(false);
    setText('');
  });
  const term = text.trim();
  const results = useQuery({
    queryKey: ['exercise-search', term] as const,
    queryFn: () => gqlRequest(ExerciseSearchDocument, { text: term, limit: 8 }),
    enabled: open && term.length >= 2,
    staleTime: 60_000,
  });
  if (!open)
    return (
      <button
        type="button"
        className="btn btn-small btn-ghost icon-btn"
        onClick={() => setOpen(true)}
        aria-label={`Add an exercise to ${dayLabel}`}
      >
        + Add exercise
      </button>
    );
  return (
    <section className="rx-card editing" aria-label={`Add an exercise to ${dayLabel}`}>
      <label>
        Search exercises
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. row, split squat" autoFocus />
      </label>
      <ScopeChoice scope={scope} onChange={onScope} />
      {results.isFetching ? <span className="muted small">Searching…</span> : null}
      {results.data ? (
        results.data.exercises.length === 0 ? (
          <span className="muted small">No exercise matches “{term}”.</span>
        ) : (
          <ul className="swap-list" aria-label="Exercises found">
            {results.data.exercises.map((x) => (
              <li key={x.id}>
                <span>
                  <b>{x.name}</b>
                  <br />
                  <span className="muted small">{[x.equipment, x.pattern, x.primaryMuscles.join(', ')].filter(Boolean).join(' · ')}</span>
                </span>
                <button
                  type="button"
                  className="btn btn-small icon-btn"
                  disabled={edit.isPending}
                  onClick={() => edit.mutate({ kind: 'add', week, day, scope, exerciseId: x.id })}
                  aria-label={`Add ${x.name}`}
                >
                  Add
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {edit.error ? (
        <div role="alert" className="small" style={{ color: 'var(--bad)' }}>
          {userMessage(edit.error)}
        </div>
      ) : null}
      <button type="button" className="btn btn-small btn-ghost icon-btn" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </section>
  );
}
