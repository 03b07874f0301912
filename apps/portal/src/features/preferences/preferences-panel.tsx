'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorState, Loading } from '~/components/states';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { dateTimeText, dayText } from '~/lib/format-date';
import { loadText, type ViewerPreferences } from '~/lib/format-units';
import { LOCALE_OPTIONS, browserTimeZone, timeZoneOptions } from './preference-options';
import { toViewerPreferences, UpdatePreferencesDocument, viewerPreferencesOptions } from './preferences.api';

const SAMPLE_LOAD_KG = 61.23496995; // 135 lb, 61.25 kg on 1.25 kg steps

/** How loads and dates will look with these preferences. */
function Preview({ p }: { p: ViewerPreferences }) {
  const load = loadText({ loadKg: SAMPLE_LOAD_KG, loadPerHand: false, bodyweight: false }, p);
  return (
    <p className="muted small" data-testid="preferences-preview" style={{ margin: 0 }}>
      Loads read like <strong>{load}</strong>, days like <strong>{dayText('2026-12-07', p)}</strong>, times like{' '}
      <strong>{dateTimeText('2026-12-07T18:05:00Z', p)}</strong>.
    </p>
  );
}

/** Settings → Units and dates: kg or lb, microplates, locale and time zone (updatePreferences). */
export function PreferencesPanel() {
  const current = useQuery(viewerPreferencesOptions());
  if (current.isPending) return <Loading label="Loading your preferences" />;
  if (current.error) return <ErrorState error={current.error} retry={() => void current.refetch()} />;
  return <PreferencesForm initial={current.data} />;
}

function PreferencesForm({ initial }: { initial: ViewerPreferences }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ViewerPreferences>(initial);
  const zones = timeZoneOptions();
  const save = useMutation({
    mutationFn: (p: ViewerPreferences) => gqlRequest(UpdatePreferencesDocument, p),
    onSuccess: async (data) => {
      setDraft(toViewerPreferences(data.updatePreferences));
      // Every load and date on every page follows; an athlete's own unit (their Athlete) changed too.
      await queryClient.invalidateQueries();
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(draft);
  }
  const locales = LOCALE_OPTIONS.some((o) => o.value === draft.locale)
    ? LOCALE_OPTIONS
    : [{ value: draft.locale, label: draft.locale }, ...LOCALE_OPTIONS];
  return (
    <section className="panel" aria-labelledby="prefs-title">
      <div className="panel-head">
        <h2 id="prefs-title">Units and dates</h2>
      </div>
      <form className="grid" onSubmit={submit} aria-label="Units and dates">
        <fieldset className="form-row" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="small">Weights in</legend>
          {(['kg', 'lbs'] as const).map((u) => (
            <label key={u} style={{ flexDirection: 'row', alignItems: 'center', gap: 6 }}>
              <input type="radio" name="unit" value={u} checked={draft.unit === u} onChange={() => setDraft({ ...draft, unit: u })} />
              {u === 'kg' ? 'Kilograms (kg)' : 'Pounds (lb)'}
            </label>
          ))}
        </fieldset>
        <label style={{ flexDirection: 'row', alignItems: 'center', gap: 6 }}>
          <input
            type="checkbox"
            name="microplates"
            checked={draft.microplates}
            onChange={(e) => setDraft({ ...draft, microplates: e.target.checked })}
          />
          I have microplates (
          {draft.unit === 'kg' ? 'bar loads in 1.25 kg steps instead of 2.5 kg' : 'bar loads in 2.5 lb steps instead of 5 lb'})
        </label>
        <div className="form-row">
          <label style={{ flex: '1 1 200px' }}>
            Language and date format
            <select name="locale" value={draft.locale} onChange={(e) => setDraft({ ...draft, locale: e.target.value })}>
              {locales.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label} — {dayText('2026-12-07', { locale: o.value })}
                </option>
              ))}
            </select>
          </label>
          <label style={{ flex: '1 1 200px' }}>
            Time zone
            <input
              name="timeZone"
              list="time-zones"
              value={draft.timeZone}
              onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })}
              autoComplete="off"
            />
            <datalist id="time-zones">
              {zones.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
          </label>
        </div>
        {draft.timeZone !== browserTimeZone() ? (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setDraft({ ...draft, timeZone: browserTimeZone() })}>
            Use this device’s time zone ({browserTimeZone()})
          </button>
        ) : null}
        <Preview p={draft} />
        <div className="form-row">
          <button type="submit" className="btn" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save preferences'}
          </button>
        </div>
        {save.error ? (
          <div role="alert" className="state state-error">
            {userMessage(save.error)}
          </div>
        ) : null}
        {save.isSuccess ? (
          <div role="status" className="small" style={{ color: 'var(--ok)' }}>
            Saved: loads in {draft.unit === 'kg' ? 'kg' : 'lb'}, dates for {draft.locale} in {draft.timeZone}.
          </div>
        ) : null}
      </form>
    </section>
  );
}
