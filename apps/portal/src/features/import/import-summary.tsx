import Link from 'next/link';
import { Panel } from '~/components/states';
import { importNotices, type ReadingSummary } from './import-notices';

interface Summary extends ReadingSummary {
  athleteId: string;
  repairedLines?: readonly number[];
  format: string;
  unit: string;
  sessions: number;
  performances: number;
  sets: number;
  firstDate?: string | null;
  lastDate?: string | null;
  unmapped: readonly string[];
}

/** What an import stored; `createdAthlete` names the athlete it created, with a link to their page. */
export function ImportSummaryView({ summary, createdAthlete = null }: { summary: Summary; createdAthlete?: string | null }) {
  return (
    <Panel title="Import summary">
      {createdAthlete !== null ? (
        <p style={{ marginTop: 0 }}>
          Created <Link href={`/coach/athletes/${encodeURIComponent(summary.athleteId)}`}>{createdAthlete}</Link> on your roster.
        </p>
      ) : null}
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
      <ul aria-label="How the file was read" style={{ listStyle: 'none', padding: 0, margin: '12px 0 0', display: 'grid', gap: 6 }}>
        {importNotices(summary).map((n) => (
          <li
            key={n.text}
            style={{
              padding: '6px 10px',
              borderRadius: 8,
              fontSize: 13,
              background: n.tone === 'warn' ? 'var(--warn-soft)' : 'var(--brand-soft)',
              color: n.tone === 'warn' ? 'var(--warn)' : 'var(--brand)',
            }}
          >
            {n.text}
          </li>
        ))}
      </ul>
      <p className="muted">
        Format {summary.format}.{' '}
        {summary.repairedLines !== undefined && summary.repairedLines.length > 0
          ? `Repaired line${summary.repairedLines.length === 1 ? '' : 's'} ${summary.repairedLines.join(', ')}. `
          : ''}
        {summary.unmapped.length === 0
          ? 'Every exercise name matched the catalog.'
          : `Stored as custom exercises (no confident match): ${summary.unmapped.join(', ')}.`}
      </p>
    </Panel>
  );
}
