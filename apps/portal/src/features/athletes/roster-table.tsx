'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Empty, Panel, QueryState } from '~/components/states';
import { acwrTone, formatNumber, formatRatio } from './athlete-flags';
import { rosterOptions } from './athletes.queries';
import { FlagBadges } from './flag-badges';

export function RosterTable() {
  const roster = useQuery(rosterOptions());
  return (
    <Panel title="Athletes">
      <QueryState
        query={roster}
        label="Loading roster"
        isEmpty={(d) => d.athletes.length === 0}
        empty={<Empty title="No athletes yet">Athletes linked to you appear here.</Empty>}
      >
        {(data) => (
          <div className="table-wrap">
            <table aria-label="Roster">
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
                {data.athletes.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link href={`/coach/athletes/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                    </td>
                    <td>
                      <FlagBadges status={a.status} />
                    </td>
                    <td>
                      <span className={`badge badge-${acwrTone(a.status.acwr)}`}>{formatNumber(a.status.acwr, 2)}</span>
                    </td>
                    <td>{formatNumber(a.status.monotony, 2)}</td>
                    <td>{formatNumber(a.status.weekLoadAu)}</td>
                    <td data-testid={`compliance-${a.id}`}>
                      {formatRatio(a.status.compliance?.ratio)}
                      {a.status.compliance ? (
                        <span className="muted small">
                          {' '}
                          ({a.status.compliance.completed}/{a.status.compliance.prescribed})
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {a.status.lastSessionDate ?? '—'}
                      {a.status.daysSinceLastSession !== null ? (
                        <span className="muted small"> · {a.status.daysSinceLastSession} d ago</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </Panel>
  );
}
