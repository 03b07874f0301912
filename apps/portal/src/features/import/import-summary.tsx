import { Panel } from '~/components/states';

interface Summary {
  format: string;
  unit: string;
  sessions: number;
  performances: number;
  sets: number;
  firstDate?: string | null;
  lastDate?: string | null;
  unmapped: readonly string[];
}

export function ImportSummaryView({ summary }: { summary: Summary }) {
  return (
    <Panel title="Import summary">
      <div className="stats" role="status" aria-label="Import summary">
        <div className="stat">
          <span className="muted small">Sessions</span>
          <b>{summary.sessions}</b>
        </div>
        <div className="stat">
          <span className="muted small">Exercises logged</span>
          <b>{summary.performances}</b>
        </div>
        <div className="stat">
          <span className="muted small">Sets</span>
          <b>{summary.sets}</b>
        </div>
        <div className="stat">
          <span className="muted small">Range</span>
          <b style={{ fontSize: '1rem' }}>
            {summary.firstDate ?? '—'} → {summary.lastDate ?? '—'}
          </b>
        </div>
      </div>
      <p className="muted">
        Format {summary.format}, unit {summary.unit}.{' '}
        {summary.unmapped.length === 0 ? 'Every exercise name matched the catalog.' : `Stored as custom exercises (no confident match): ${summary.unmapped.join(', ')}.`}
      </p>
    </Panel>
  );
}
