'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { Empty, Panel } from '~/components/states';
import { athleteKeys, rosterOptions } from '~/features/athletes/athletes.queries';
import { gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';
import { userMessage } from '~/graphql/request-error';
import { applyMapping, detectFormat, exerciseNames, parseCsv } from './csv-preview';
import { ImportSummaryView } from './import-summary';
import { NameMappingRow } from './name-mapping-row';

const ImportWorkoutLogDocument = graphql(`
  mutation ImportWorkoutLog($athleteId: ID!, $format: String!, $unit: String, $csv: String!) {
    importWorkoutLog(athleteId: $athleteId, format: $format, unit: $unit, csv: $csv) {
      importId
      format
      unit
      unitSource
      sessions
      performances
      sets
      firstDate
      lastDate
      unmapped
      dumbbellRecording {
        recording
        reason
        pairs
      }
    }
  }
`);

export function ImportForm() {
  const [athleteId, setAthleteId] = useState(useSearchParams().get('athleteId') ?? '');
  const roster = useQuery(rosterOptions());
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [unit, setUnit] = useState('');
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const table = useMemo(() => (csv.trim() === '' ? null : parseCsv(csv)), [csv]);
  const detected = table ? detectFormat(table.headers) : null;
  const names = table && detected && detected.exerciseColumn >= 0 ? exerciseNames(table, detected.exerciseColumn) : [];
  const run = useMutation({
    mutationFn: () => {
      if (!table || !detected) throw new Error('Choose a CSV file first.');
      const body = Object.keys(mapping).length > 0 ? applyMapping(table, detected.exerciseColumn, mapping) : csv;
      return gqlRequest(ImportWorkoutLogDocument, {
        athleteId,
        format: detected.format === 'unknown' ? 'auto' : detected.format,
        unit: unit === '' ? null : unit,
        csv: body,
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: athleteKeys.all }),
  });

  async function onFile(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    setMapping({});
    run.reset();
    setCsv(await file.text());
  }

  return (
    <div className="grid">
      <Panel title="1 · Choose athlete and file">
        <div className="form-row">
          <label>
            Athlete
            <select value={athleteId} onChange={(e) => setAthleteId(e.target.value)} required>
              <option value="" disabled>
                {roster.isPending ? 'Loading roster…' : 'Choose an athlete'}
              </option>
              {roster.data?.athletes.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            CSV export (Strong, Hevy or FitNotes)
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
          <label>
            Unit if the file does not say
            <select
              value={unit}
              onChange={(e) => {
                setUnit(e.target.value);
                run.reset(); // a changed unit is a new import: the button comes back
              }}
            >
              <option value="">Work it out from the loads</option>
              <option value="kg">kg</option>
              <option value="lbs">lbs</option>
            </select>
          </label>
        </div>
      </Panel>
      {table && detected ? (
        <Panel
          title="2 · Preview"
          actions={
            <span className={`badge ${detected.format === 'unknown' ? 'badge-warn' : 'badge-info'}`}>
              {detected.format === 'unknown' ? 'Format not recognised' : `Detected: ${detected.format}`}
            </span>
          }
        >
          <p className="muted" style={{ marginTop: 0 }}>
            {fileName} · {table.rows.length} set rows · {names.length} exercises
          </p>
          <div className="table-wrap">
            <table aria-label="CSV preview">
              <thead>
                <tr>
                  {table.headers.slice(0, 8).map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.slice(0, 6).map((r, i) => (
                  <tr key={i}>
                    {r.slice(0, 8).map((v, j) => (
                      <td key={j}>{v}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>
      ) : (
        <Empty title="No file yet">
          Export your log from Strong (Settings → Export data), Hevy (Profile → Export) or FitNotes (Backup → Export CSV).
        </Empty>
      )}
      {names.length > 0 ? (
        <Panel title="3 · Map exercise names">
          <div className="table-wrap">
            <table aria-label="Exercise name mapping">
              <thead>
                <tr>
                  <th scope="col">Name in the file</th>
                  <th scope="col">Status</th>
                  <th scope="col">Map to catalog exercise</th>
                </tr>
              </thead>
              <tbody>
                {names.map((n) => (
                  <NameMappingRow
                    key={n.name}
                    name={n.name}
                    rows={n.rows}
                    mappedTo={mapping[n.name]}
                    onMap={(to) => setMapping(({ [n.name]: _drop, ...rest }) => (to ? { ...rest, [n.name]: to } : rest))}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <div className="form-row" style={{ marginTop: 12 }}>
            <button
              className="btn"
              type="button"
              disabled={athleteId === '' || run.isPending || run.isSuccess}
              onClick={() => run.mutate()}
            >
              {run.isPending ? 'Importing…' : run.isSuccess ? 'Imported ✓' : 'Import'}
            </button>
            {athleteId === '' ? <span className="muted">Choose an athlete first.</span> : null}
          </div>
          {run.error ? (
            <div className="state state-error" role="alert" style={{ marginTop: 8 }}>
              {userMessage(run.error)}
            </div>
          ) : null}
        </Panel>
      ) : null}
      {run.data ? <ImportSummaryView summary={run.data.importWorkoutLog} /> : null}
    </div>
  );
}
