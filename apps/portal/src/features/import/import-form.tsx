'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { Empty, Panel } from '~/components/states';
import { athleteKeys, rosterOptions } from '~/features/athletes/athletes.queries';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { importBlocker, type ImportTarget, mappingsOf, unitToSend, type WeightUnit } from './import-model';
import { ImportWorkoutLogDocument, previewOptions } from './import.queries';
import { ImportSummaryView } from './import-summary';
import styles from './import.module.css';
import { NameMappingRow } from './name-mapping-row';
import { UnitConfirm } from './unit-confirm';

const NEW_ATHLETE = '__new__';

/** A message as a sentence: its first letter upper-case. */
const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Upload → the server's preview (format, counts, repaired lines, the unit with its confidence and
 * evidence) → confirm the unit when the file does not state it → map names the catalog does not
 * know → import, for an athlete on the roster or a new one created with the import.
 */
export function ImportForm() {
  const [choice, setChoice] = useState(useSearchParams().get('athleteId') ?? '');
  const [newName, setNewName] = useState('');
  const roster = useQuery(rosterOptions());
  const [file, setFile] = useState<{ name: string; key: string; csv: string } | null>(null);
  const [unit, setUnit] = useState<WeightUnit | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const athleteId = choice !== '' && choice !== NEW_ATHLETE ? choice : null;
  const target: ImportTarget =
    choice === NEW_ATHLETE ? { kind: 'new', name: newName } : athleteId !== null ? { kind: 'roster', athleteId } : { kind: 'none' };
  const preview = useQuery(previewOptions(file?.csv ?? '', file?.key ?? '', athleteId));
  const p = preview.data?.previewWorkoutLog ?? null;
  const blocker = importBlocker(target, p, unit);
  const run = useMutation({
    mutationFn: () => {
      if (file === null || p === null) throw new Error('Choose a CSV file first.');
      const mappings = mappingsOf(mapping);
      return gqlRequest(ImportWorkoutLogDocument, {
        athleteId: target.kind === 'roster' ? target.athleteId : null,
        newAthlete: target.kind === 'new' ? { name: target.name.trim(), unit: unitToSend(p, unit) ?? p.unit } : null,
        unit: unitToSend(p, unit),
        csv: file.csv,
        mappings: mappings.length > 0 ? mappings : null,
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: athleteKeys.all }),
  });

  async function onFile(picked: File | undefined) {
    if (!picked) return;
    setMapping({});
    setUnit(null);
    run.reset();
    setFile({ name: picked.name, key: `${picked.name}:${picked.size}:${picked.lastModified}`, csv: await picked.text() });
  }

  return (
    <div className="grid">
      <Panel title="1 · Athlete and file">
        <div className="form-row">
          <label style={{ flex: '1 1 220px' }}>
            Athlete
            <select
              value={choice}
              onChange={(e) => {
                setChoice(e.target.value);
                run.reset();
              }}
              required
              style={{ width: '100%' }}
            >
              <option value="" disabled>
                {roster.isPending ? 'Loading roster…' : 'Choose an athlete'}
              </option>
              {roster.data?.athletes.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
              <option value={NEW_ATHLETE}>New athlete…</option>
            </select>
          </label>
          {choice === NEW_ATHLETE ? (
            <label style={{ flex: '1 1 220px' }}>
              New athlete’s name
              <input value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={120} style={{ width: '100%' }} />
            </label>
          ) : null}
          <label style={{ flex: '1 1 220px' }}>
            CSV export (Strong, Hevy or FitNotes)
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              onChange={(e) => void onFile(e.target.files?.[0])}
              style={{ maxWidth: '100%' }}
            />
          </label>
        </div>
        {choice === NEW_ATHLETE ? (
          <p className="muted small" style={{ marginBottom: 0 }}>
            The athlete is created with the import, on your roster; invite them later from their page.
          </p>
        ) : null}
      </Panel>

      {file === null ? (
        <Empty title="No file yet">
          Export your log from Strong (Settings → Export data), Hevy (Profile → Export) or FitNotes (Backup → Export CSV).
        </Empty>
      ) : preview.isPending ? (
        <Panel title="2 · Preview">
          <p className="muted">Reading {file.name}…</p>
        </Panel>
      ) : preview.error || p === null ? (
        <Panel title="2 · Preview">
          <div className="state state-error" role="alert" style={{ overflowWrap: 'anywhere' }}>
            {userMessage(preview.error)}
          </div>
        </Panel>
      ) : (
        <>
          <Panel title="2 · Preview" actions={<span className="badge badge-info">Detected: {p.format}</span>}>
            <div className="stats" aria-label="Preview counts">
              <div className="stat">
                <span className="muted small">Sessions</span>
                <b>{p.sessions}</b>
              </div>
              <div className="stat">
                <span className="muted small">Sets</span>
                <b>{p.sets}</b>
              </div>
              <div className="stat">
                <span className="muted small">Exercises</span>
                <b>{p.exercises}</b>
              </div>
              <div className="stat">
                <span className="muted small">Range</span>
                <b style={{ fontSize: '1rem' }}>
                  {p.firstDate ?? '—'} → {p.lastDate ?? '—'}
                </b>
              </div>
            </div>
            {p.repairedLines.length > 0 ? (
              <p
                className="small"
                role="note"
                aria-label="Repaired lines"
                style={{
                  overflowWrap: 'anywhere',
                  padding: '6px 10px',
                  borderRadius: 8,
                  background: 'var(--warn-soft)',
                  color: 'var(--warn)',
                }}
              >
                {sentence(p.warnings[0] ?? '')}
              </p>
            ) : null}
            <div style={{ marginTop: 12 }}>
              <UnitConfirm
                unit={p.unit}
                unitSource={p.unitSource}
                unitConfidence={p.unitConfidence}
                unitEvidence={p.unitEvidence}
                needsConfirmation={p.unitNeedsConfirmation}
                chosen={unit}
                onChoose={(u) => {
                  setUnit(u);
                  run.reset();
                }}
              />
            </div>
          </Panel>

          <Panel title="3 · Map exercise names">
            <p className="muted small" style={{ marginTop: 0 }}>
              {p.mappedSets} of {p.sets} sets match a catalog exercise. Names you map here are remembered for your organisation.
            </p>
            {p.unmatched.length > 0 ? (
              <div className="table-wrap">
                <table aria-label="Exercise name mapping" className={styles.mapping}>
                  <thead>
                    <tr>
                      <th scope="col">Name in the file</th>
                      <th scope="col">Map to catalog exercise</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.unmatched.map((n) => (
                      <NameMappingRow
                        key={n.name}
                        name={n.name}
                        sets={n.sets}
                        suggestions={n.suggestions}
                        mappedTo={mapping[n.name]}
                        onMap={(to) => setMapping(({ [n.name]: _drop, ...rest }) => (to ? { ...rest, [n.name]: to } : rest))}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>Every exercise name matches the catalog.</p>
            )}
            {p.matched.length > 0 ? (
              <details style={{ marginTop: 8 }}>
                <summary className="small">
                  {p.matched.length} name{p.matched.length === 1 ? '' : 's'} matched
                </summary>
                <ul className="small" style={{ paddingLeft: 18 }}>
                  {p.matched.map((n) => (
                    <li key={n.name}>
                      {n.name} → {n.exerciseName ?? n.exerciseId}
                      {n.method === 'mapping' ? ' (remembered for your organisation)' : ''}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            <div className="form-row" style={{ marginTop: 12 }}>
              <button
                className="btn"
                type="button"
                disabled={blocker !== null || run.isPending || run.isSuccess}
                onClick={() => run.mutate()}
              >
                {run.isPending ? 'Importing…' : run.isSuccess ? 'Imported ✓' : 'Import'}
              </button>
              {blocker !== null ? <span className="muted small">{blocker}</span> : null}
            </div>
            {run.error ? (
              <div className="state state-error" role="alert" style={{ marginTop: 8, overflowWrap: 'anywhere' }}>
                {userMessage(run.error)}
              </div>
            ) : null}
          </Panel>
        </>
      )}
      {run.data ? (
        <ImportSummaryView summary={run.data.importWorkoutLog} createdAthlete={target.kind === 'new' ? target.name.trim() : null} />
      ) : null}
    </div>
  );
}
