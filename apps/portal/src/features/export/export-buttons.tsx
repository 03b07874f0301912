'use client';

import Link from 'next/link';
import { useState } from 'react';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { ExportLogDocument, ExportProgramDocument } from './export.queries';
import { type DownloadedFile, saveFile } from './save-file';

/** One download: fetches the file when clicked, saves it, and says what went wrong if it could not. */
function DownloadButton({
  label,
  fetchFile,
  testId,
  className = 'btn btn-ghost btn-small',
}: {
  label: string;
  fetchFile: () => Promise<DownloadedFile>;
  testId: string;
  className?: string;
}) {
  const [state, setState] = useState<{ pending: boolean; error: string | null }>({ pending: false, error: null });
  async function download() {
    setState({ pending: true, error: null });
    try {
      saveFile(await fetchFile());
      setState({ pending: false, error: null });
    } catch (error) {
      setState({ pending: false, error: userMessage(error) });
    }
  }
  return (
    <>
      <button type="button" className={className} disabled={state.pending} onClick={() => void download()} data-testid={testId}>
        {state.pending ? 'Preparing…' : label}
      </button>
      {state.error ? (
        <span role="alert" className="small" style={{ color: 'var(--danger, #b42318)' }}>
          {state.error}
        </span>
      ) : null}
    </>
  );
}

/** Download the athlete's whole training log: Strong's CSV format (apps that read Strong exports import it) or JSON. */
export function LogExportButtons({ athleteId }: { athleteId: string }) {
  const file = (format: 'strong-csv' | 'json') => async () => (await gqlRequest(ExportLogDocument, { athleteId, format })).exportLog;
  return (
    <div className="form-row" aria-label="Download the training log">
      <DownloadButton label="Download log (Strong CSV)" fetchFile={file('strong-csv')} testId="export-log-csv" />
      <DownloadButton label="Download log (JSON)" fetchFile={file('json')} testId="export-log-json" />
    </div>
  );
}

/** Put a program in a calendar app (.ics) or open its printable page. */
export function ProgramExportButtons({ programId }: { programId: string }) {
  return (
    <>
      <DownloadButton
        label="Add to calendar (.ics)"
        fetchFile={async () => (await gqlRequest(ExportProgramDocument, { programId })).exportProgram}
        testId="export-program-ics"
        className="btn btn-ghost"
      />
      <Link className="btn btn-ghost" href={printPath(programId)} target="_blank" rel="noopener">
        Print
      </Link>
    </>
  );
}

/** The printable page of a program (no navigation, print styles). */
export const printPath = (programId: string): string => `/coach/programs/${encodeURIComponent(programId)}/print`;

/** The log downloads in a panel of their own (the coach's athlete page). */
export function LogExportPanel({ athleteId }: { athleteId: string }) {
  return (
    <section className="panel" aria-label="Training log export" style={{ marginTop: '1rem' }}>
      <h2>Training log</h2>
      <p className="muted small">
        The whole log as a file: Strong&apos;s CSV format (Liftgraph and apps that read Strong exports import it) or JSON. Loads in the
        athlete&apos;s unit.
      </p>
      <LogExportButtons athleteId={athleteId} />
    </section>
  );
}
