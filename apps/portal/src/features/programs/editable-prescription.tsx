'use client';

import { type FormEvent, useState } from 'react';
import type { ProgramQuery } from '~/graphql/gql/graphql';
import { userMessage } from '~/graphql/request-error';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { loadInputUnit, loadInputValue } from '~/lib/format-units';
import { dosePatch, type EditScope } from './program-edits';
import { PrescriptionSummary } from './prescription-summary';
import { ScopeChoice } from './scope-choice';
import { SwapPanel } from './swap-panel';
import { useProgramEdit } from './use-program-edit';

type Rx = NonNullable<ProgramQuery['program']>['weeks'][number]['days'][number]['prescriptions'][number];

export interface RxSlot {
  programId: string;
  week: number;
  day: number;
  /** "week 2 day 1", for labels. */
  label: string;
}

/**
 * One prescription in the coach's editor: its summary, and (when editable) change the numbers, swap the
 * exercise, move it up or down, lock it against automatic changes, or remove it; each edit with its scope.
 */
export function EditablePrescription({
  slot,
  rx,
  first,
  last,
  editable,
  scope,
  onScope,
}: {
  slot: RxSlot;
  rx: Rx;
  first: boolean;
  last: boolean;
  editable: boolean;
  scope: EditScope;
  onScope: (s: EditScope) => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'swap'>('view');
  const prefs = useViewerPreferences();
  const edit = useProgramEdit(slot.programId, () => setMode('view'));
  const name = rx.exerciseName;
  const at = { week: slot.week, day: slot.day, order: rx.order, scope };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const patch = dosePatch(
      rx,
      {
        sets: f.get('sets'),
        reps: f.get('reps'),
        loadKg: f.get('loadKg'),
        targetRpe: f.get('targetRpe'),
        restSec: f.get('restSec'),
      },
      prefs,
    );
    if (patch === null) setMode('view');
    else edit.mutate({ kind: 'update', ...at, patch });
  }

  return (
    <article
      className={`rx-card${mode !== 'view' ? ' editing' : ''}${rx.locked ? ' locked' : ''}`}
      aria-label={`${name}, ${slot.label}`}
      data-testid="prescription"
      data-exercise-id={rx.exerciseId}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 6, alignItems: 'baseline' }}>
        <strong className="rx-name">{name}</strong>
        {rx.locked ? (
          <span className="badge badge-info" title="Locked: automatic changes and edits carried from earlier weeks leave it alone">
            Locked
          </span>
        ) : null}
      </div>
      {mode === 'edit' ? (
        <form
          onSubmit={submit}
          className="grid"
          style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(72px, 1fr))', gap: 6 }}
          aria-label={`Edit ${name}`}
          noValidate
        >
          <label>
            Sets
            <input name="sets" type="number" inputMode="numeric" min={1} max={20} defaultValue={rx.sets} />
          </label>
          <label>
            Reps
            <input name="reps" type="number" inputMode="numeric" min={1} max={50} defaultValue={rx.reps} />
          </label>
          <label>
            {loadInputUnit(rx, prefs)}
            <input
              name="loadKg"
              type="number"
              inputMode="decimal"
              step="any"
              min={0}
              max={1100}
              defaultValue={loadInputValue(rx.loadKg, prefs)}
            />
          </label>
          <label>
            RPE
            <input name="targetRpe" type="number" inputMode="decimal" step={0.5} min={5} max={10} defaultValue={rx.targetRpe} />
          </label>
          <label>
            Rest s
            <input name="restSec" type="number" inputMode="numeric" step={15} min={0} max={600} defaultValue={rx.restSec} />
          </label>
          <div style={{ gridColumn: '1 / -1' }}>
            <ScopeChoice scope={scope} onChange={onScope} />
          </div>
          <div style={{ gridColumn: '1 / -1', display: 'flex', gap: 6, flexWrap: 'wrap' }}>
            <button className="btn btn-small" type="submit" disabled={edit.isPending}>
              {edit.isPending ? 'Saving…' : 'Save'}
            </button>
            <button className="btn btn-small btn-ghost" type="button" onClick={() => setMode('view')}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <PrescriptionSummary rx={rx} />
      )}
      {mode === 'swap' ? (
        <SwapPanel
          slot={slot}
          rx={rx}
          scope={scope}
          onScope={onScope}
          busy={edit.isPending}
          onPick={(exerciseId) => edit.mutate({ kind: 'swap', ...at, exerciseId })}
          onClose={() => setMode('view')}
        />
      ) : null}
      {edit.error ? (
        <div role="alert" className="small" style={{ color: 'var(--bad)' }}>
          {userMessage(edit.error)}
        </div>
      ) : null}
      {editable && mode === 'view' ? (
        <div className="rx-toolbar" role="group" aria-label={`Change ${name}`}>
          <button type="button" className="btn btn-small btn-ghost icon-btn" onClick={() => setMode('edit')} aria-label={`Edit ${name}`}>
            Edit
          </button>
          <button type="button" className="btn btn-small btn-ghost icon-btn" onClick={() => setMode('swap')} aria-label={`Swap ${name}`}>
            Swap
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost icon-btn"
            disabled={first || edit.isPending}
            onClick={() => edit.mutate({ kind: 'reorder', ...at, toOrder: rx.order - 1 })}
            aria-label={`Move ${name} up`}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost icon-btn"
            disabled={last || edit.isPending}
            onClick={() => edit.mutate({ kind: 'reorder', ...at, toOrder: rx.order + 1 })}
            aria-label={`Move ${name} down`}
          >
            ↓
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost icon-btn"
            disabled={edit.isPending}
            aria-pressed={rx.locked}
            onClick={() => edit.mutate({ kind: 'lock', ...at, locked: !rx.locked })}
            aria-label={`${rx.locked ? 'Unlock' : 'Lock'} ${name}`}
          >
            {rx.locked ? 'Unlock' : 'Lock'}
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost icon-btn"
            disabled={edit.isPending}
            onClick={() => edit.mutate({ kind: 'remove', ...at })}
            aria-label={`Remove ${name}`}
          >
            Remove
          </button>
        </div>
      ) : null}
    </article>
  );
}
