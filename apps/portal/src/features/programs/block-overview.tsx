import type { ProgramQuery } from '~/graphql/gql/graphql';
import { weekOneLoads } from './week-one-loads';

type Weeks = NonNullable<ProgramQuery['program']>['weeks'];

/** The whole block at a glance: weekly sets per week, deloads marked, how each dose was decided. */
export function BlockOverview({ weeks }: { weeks: Weeks }) {
  const loads = weekOneLoads(weeks[0]?.days.flatMap((d) => d.prescriptions.map((rx) => rx.source)) ?? []);
  return (
    <div>
      <div className="table-wrap">
        <table aria-label="Block progression">
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Sessions</th>
              <th scope="col">Working sets</th>
              <th scope="col">Type</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.index}>
                <td>{w.index + 1}</td>
                <td>{w.days.length}</td>
                <td>{w.days.reduce((n, d) => n + d.prescriptions.reduce((m, rx) => m + rx.sets, 0), 0)}</td>
                <td>{w.deload ? <span className="badge badge-warn">Deload</span> : <span className="badge badge-info">Build</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {loads === null ? null : <p className="muted small">{loads}.</p>}
    </div>
  );
}
