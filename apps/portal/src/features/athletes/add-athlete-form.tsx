'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { kgFromInput, unitText, weightNumber } from '~/lib/format-units';
import { athleteKeys, CreateAthleteDocument } from './athletes.queries';

const browserTimeZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
};

/** "Add athlete": a new athlete with no history who becomes the coach's (createAthlete). */
export function AddAthleteForm() {
  const queryClient = useQueryClient();
  const prefs = useViewerPreferences();
  const [open, setOpen] = useState(false);
  const create = useMutation({
    mutationFn: (input: { name: string; timeZone: string; bodyweightKg: number | null }) => gqlRequest(CreateAthleteDocument, { input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: athleteKeys.roster() });
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const bw = String(f.get('bodyweightKg') ?? '')
      .trim()
      .replace(',', '.');
    create.mutate({
      name: String(f.get('name') ?? '').trim(),
      timeZone: String(f.get('timeZone') ?? 'UTC').trim(),
      // Typed in the viewer's unit, stored in kg.
      bodyweightKg: bw === '' ? null : Number.isFinite(Number(bw)) ? kgFromInput(Number(bw), prefs) : Number(bw),
    });
  }
  if (!open)
    return (
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Add athlete
      </button>
    );
  return (
    <form className="panel grid" onSubmit={submit} aria-label="Add athlete" style={{ marginBottom: '1rem' }}>
      <div className="form-row">
        <label style={{ flex: '1 1 200px' }}>
          Name
          <input name="name" required autoComplete="off" />
        </label>
        <label style={{ flex: '1 1 160px' }}>
          Time zone
          <input name="timeZone" defaultValue={browserTimeZone()} />
        </label>
        <label style={{ flex: '0 1 120px' }}>
          Body weight ({unitText(prefs)})
          <input
            name="bodyweightKg"
            type="number"
            inputMode="decimal"
            step="any"
            min={Math.floor(weightNumber(20, prefs))}
            max={Math.ceil(weightNumber(300, prefs))}
          />
        </label>
      </div>
      <div className="form-row">
        <button type="submit" className="btn" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add athlete'}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
      {create.error ? (
        <div role="alert" className="state state-error">
          {userMessage(create.error)}
        </div>
      ) : null}
      {create.isSuccess ? (
        <div role="status" className="small" style={{ color: 'var(--ok)' }}>
          Added <Link href={`/coach/athletes/${encodeURIComponent(create.data.createAthlete.id)}`}>{create.data.createAthlete.name}</Link>:
          no history yet, ready for a first program.
        </div>
      ) : null}
    </form>
  );
}
