'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Empty, Panel, QueryState } from '~/components/states';
import { RosterRowMenu } from '~/features/account/roster-row-menu';
import { complianceText, formatNumber } from './athlete-flags';
import { rosterOptions } from './athletes.queries';
import { AcwrValue, FlagBadges } from './flag-badges';

/** The coach's roster: a table on a laptop, one card per athlete on a phone (`table-cards`, coach.css). */
export function RosterTable() {
  const roster = useQuery(rosterOptions());
  return (
    <Panel title="Athletes">
      <QueryState
        query={roster}
        label="Loading roster"
        isEmpty={(d) => d.athletes.length === 0}
        empty={<Empty title="No athletes yet">Add an athlete above, or link one to you.</Empty>}
      >
        {(data) => (
          <table aria-label="Roster" className="table-cards">
            <thead>
              <tr>
                <th scope="col">Athlete</th>
                <th scope="col">Flags</th>
                <th scope="col">ACWR</th>
                <th scope="col">Monotony</th>
                <th scope="col">7-day load (AU)</th>
                <th scope="col">Compliance</th>
                <th scope="col">Last session</th>
              </tr>
            </thead>
            <tbody>
              {data.athletes.map((a) => {
                const compliance = complianceText(a.status.compliance);
                return (
                  <tr key={a.id}>
                    <th scope="row" className="card-title">
                      <Link className="touch-link" href={`/coach/athletes/${encodeURIComponent(a.id)}`}>
                        {a.name}
                      </Link>
                      <RosterRowMenu athleteId={a.id} athleteName={a.name} />
                    </th>
                    <td data-label="Flags">
                      <FlagBadges status={a.status} />
                    </td>
                    <td data-label="ACWR" data-testid={`acwr-${a.id}`}>
                      <AcwrValue status={a.status} />
                    </td>
                    <td data-label="Monotony">{formatNumber(a.status.monotony, 2)}</td>
                    <td data-label="7-day load">{formatNumber(a.status.weekLoadAu)} AU</td>
                    <td data-label="Compliance" data-testid={`compliance-${a.id}`}>
                      {compliance.ratio} <span className="muted small">{compliance.sessions}</span>
                    </td>
                    <td data-label="Last session">
                      {a.status.lastSessionDate ?? '—'}
                      {a.status.daysSinceLastSession !== null ? (
                        <span className="muted small"> · {a.status.daysSinceLastSession} d ago</span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryState>
    </Panel>
  );
}
