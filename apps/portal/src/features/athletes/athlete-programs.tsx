'use client';

import { ProgramListActions } from '~/features/programs/program-list-actions';
import { STATUS_TONE } from '~/features/programs/program-actions';
import { shortDate } from '~/features/programs/program-dates';
import type { AthleteDetailQuery } from '~/graphql/gql/graphql';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';

type Programs = NonNullable<AthleteDetailQuery['athlete']>['programs'];

/** The athlete's programs, newest first, each with its status and what the coach can do with it. */
export function AthletePrograms({ programs }: { programs: Programs }) {
  const prefs = useViewerPreferences();
  if (programs.length === 0) return <p className="muted">No programs yet. Press New program to build one.</p>;
  return (
    <ul aria-label="Programs" className="program-list">
      {programs.map((p) => (
        <li key={p.id} className="program-item" data-testid="program-item">
          <span>
            <b>{p.name}</b>{' '}
            <span className={`badge badge-${STATUS_TONE[p.status] ?? 'info'}`} data-testid="program-status">
              {p.status}
            </span>
            <br />
            <span className="muted small">
              {p.goal} · {p.daysPerWeek} days · {p.weeks.length} wk · from {shortDate(p.startDate, prefs)}
            </span>
          </span>
          <ProgramListActions program={p} />
        </li>
      ))}
    </ul>
  );
}
