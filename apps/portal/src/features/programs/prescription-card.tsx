'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { gqlRequest } from '~/graphql/client';
import type { ProgramQuery } from '~/graphql/gql/graphql';
import { userMessage } from '~/graphql/request-error';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { kgFromInput, loadInputUnit, loadInputValue } from '~/lib/format-units';
import { PrescriptionSummary } from './prescription-summary';
import { programKeys, UpdatePrescriptionDocument } from './programs.queries';

type Rx = NonNullable<ProgramQuery['program']>['weeks'][number]['days'][number]['prescriptions'][number];

const numberOrNull = (v: FormDataEntryValue | null): number | null => (v === null || String(v).trim() === '' ? null : Number(v));

export function PrescriptionCard({
  programId,
  week,
  day,
  label,
  rx,
  editable,
}: {
  programId: string;
  week: number;
  day: number;
  label: string;
  rx: Rx;
  editable: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const prefs = useViewerPreferences();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (patch: {
      sets: number | null;
      reps: number | null;
      loadKg: number | null;
      targetRpe: number | null;
      restSec: number | null;
    }) => gqlRequest(UpdatePrescriptionDocument, { programId, week, day, order: rx.order, patch }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: programKeys.detail(programId) });
      setEditing(false);
    },
  });
  const name = rx.exerciseName;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    // The load is typed in the viewer's unit; left as shown, the stored kg stays exactly as it was.
    const typedLoadKg = (typed: number | null): number | null =>
      typed === null || !Number.isFinite(typed)
        ? typed
        : String(typed) === loadInputValue(rx.loadKg, prefs)
          ? rx.loadKg
          : kgFromInput(typed, prefs);
    update.mutate({
      sets: numberOrNull(f.get('sets')),
      reps: numberOrNull(f.get('reps')),
      loadKg: typedLoadKg(numberOrNull(f.get('loadKg'))),
      targetRpe: numberOrNull(f.get('targetRpe')),
      restSec: numberOrNull(f.get('restSec')),
    });
  }

  return (
    <article className={`rx-card${editing ? ' editing' : ''}`} aria-label={`${name}, ${label}`} data-testid="prescription">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 6 }}>
        <strong>{name}</strong>
        {editable && !editing ? (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setEditing(true)} aria-label={`Edit ${name}`}>
            Edit
          </button>
        ) : null}
      </div>
      {editing ? (
        <form
          onSubmit={submit}
          className="grid"
          style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(64px, 1fr))', gap: 6 }}
          aria-label={`Edit ${name}`}
        >
          <label>
            Sets
            <input name="sets" type="number" min={1} max={20} defaultValue={rx.sets} />
          </label>
          <label>
            Reps
            <input name="reps" type="number" min={1} max={50} defaultValue={rx.reps} />
          </label>
          <label>
            {/* The same number as shown (each implement, or the added load); the flags stay as they are. */}
            {loadInputUnit(rx, prefs)}
            <input name="loadKg" type="number" step="any" min={0} max={1100} defaultValue={loadInputValue(rx.loadKg, prefs)} />
          </label>
          <label>
            RPE
            <input name="targetRpe" type="number" step={0.5} min={5} max={10} defaultValue={rx.targetRpe} />
          </label>
          <label>
            Rest s
            <input name="restSec" type="number" step={15} min={0} max={600} defaultValue={rx.restSec} />
          </label>
          <div style={{ gridColumn: '1 / -1', display: 'flex', gap: 6 }}>
            <button className="btn btn-small" type="submit" disabled={update.isPending}>
              {update.isPending ? 'Saving…' : 'Save'}
            </button>
            <button className="btn btn-small btn-ghost" type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
          {update.error ? (
            <div role="alert" className="small" style={{ gridColumn: '1 / -1', color: 'var(--bad)' }}>
              {userMessage(update.error)}
            </div>
          ) : null}
        </form>
      ) : (
        <PrescriptionSummary rx={rx} />
      )}
    </article>
  );
}
