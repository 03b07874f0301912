import type { ProgramQuery } from '~/graphql/gql/graphql';

type Weeks = NonNullable<ProgramQuery['program']>['weeks'];

/** A prescription's source in a coach's words. */
const SOURCE_WORDS: Record<string, string> = {
  gnn: 'from the athlete’s own trend',
  rules: 'overload rules',
  transfer: 'from a related lift',
  default: 'first-time starting dose',
  coach: 'set by the coach',
};

/** The whole block at a glance: weekly sets per week, deloads marked, how each dose was decided. */
export function BlockOverview({ weeks }: { weeks: Weeks }) {
  const sources = new Map<string, number>();
  for (const rx of weeks[0]?.days.flatMap((d) => d.prescriptions) ?? []) sources.set(rx.source, (sources.get(rx.source) ?? 0) + 1);
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
      <p className="muted small">
        How week 1&apos;s doses were set: {[...sources].map(([s, n]) => `${SOURCE_WORDS[s] ?? s} ${n}`).join(' · ') || '—'}.
      </p>
    </div>
  );
}
