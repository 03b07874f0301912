'use client';

import { useQuery } from '@tanstack/react-query';
import { Empty, QueryState } from '~/components/states';
import type { ProgramQuery } from '~/graphql/gql/graphql';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { loadText } from '~/lib/format-units';
import type { EditScope } from './program-edits';
import { swapOptionsOptions } from './programs.queries';
import { ScopeChoice } from './scope-choice';
import type { RxSlot } from './editable-prescription';

type Rx = NonNullable<ProgramQuery['program']>['weeks'][number]['days'][number]['prescriptions'][number];

/** The graph-ranked substitutes of one prescription, each with its plain reason and the load carried over. */
export function SwapPanel({
  slot,
  rx,
  scope,
  onScope,
  busy,
  onPick,
  onClose,
}: {
  slot: RxSlot;
  rx: Rx;
  scope: EditScope;
  onScope: (s: EditScope) => void;
  busy: boolean;
  onPick: (exerciseId: string) => void;
  onClose: () => void;
}) {
  const prefs = useViewerPreferences();
  const options = useQuery(swapOptionsOptions({ programId: slot.programId, week: slot.week, day: slot.day, order: rx.order }));
  return (
    <section className="swap-panel" aria-label={`Swap ${rx.exerciseName}`}>
      <ScopeChoice scope={scope} onChange={onScope} />
      <QueryState
        query={options}
        label="Ranking substitutes"
        isEmpty={(d) => d.swapOptions.length === 0}
        empty={<Empty title="No substitute">Nothing in the graph fits this slot with the athlete's equipment.</Empty>}
      >
        {(d) => (
          <ul className="swap-list" aria-label={`Substitutes for ${rx.exerciseName}`}>
            {d.swapOptions.map((o) => {
              const load = loadText(o, prefs);
              const name = o.exercise?.name ?? o.exerciseId;
              return (
                <li key={o.exerciseId}>
                  <span>
                    <b>{name}</b>
                    <br />
                    <span className="muted small swap-reason">{o.reason}</span>
                    <br />
                    <span className="small">
                      Load: {load ?? 'set by feel'}
                      {o.loadBasis && o.loadBasis !== load ? <span className="muted"> ({o.loadBasis})</span> : null}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="btn btn-small icon-btn"
                    disabled={busy}
                    onClick={() => onPick(o.exerciseId)}
                    aria-label={`Swap to ${name}`}
                  >
                    Use
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
      <button type="button" className="btn btn-small btn-ghost icon-btn" onClick={onClose}>
        Cancel
      </button>
    </section>
  );
}
