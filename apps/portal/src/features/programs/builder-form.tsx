'use client';

import { PLAN_REQUEST_BOUNDS } from '@liftgraph/domain/program';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { rosterOptions } from '~/features/athletes/athletes.queries';
import type { GenerateProgramInput } from '~/graphql/gql/graphql';
import {
  builderInputError,
  EQUIPMENT,
  EQUIPMENT_LIMIT_FIELDS,
  equipmentLimitsFromForm,
  GOALS,
  muscleGroupsOptions,
} from './programs.queries';
import { defaultStartDate, localToday } from './program-dates';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { unitText, weightNumber } from '~/lib/format-units';

interface BuilderFormProps {
  athleteId: string | null;
  busy: boolean;
  onGenerate: (input: GenerateProgramInput) => void;
}

const DEFAULT_EQUIPMENT = new Set<string>(['barbell', 'dumbbell', 'cable', 'machine', 'body only']);
// The domain's bounds of a plan request: the API and the planner refuse anything outside them.
const { weeks: WEEKS, sessionTimeCapMin: CAP, equipmentLimits: LIMITS } = PLAN_REQUEST_BOUNDS;

export function BuilderForm({ athleteId, busy, onGenerate }: BuilderFormProps) {
  const roster = useQuery(rosterOptions());
  const prefs = useViewerPreferences();
  const u = unitText(prefs);
  // The limits are typed in the viewer's unit; their bounds are kg.
  const maxIn = (kgMax: number): number => Math.floor(weightNumber(kgMax, prefs));
  const muscles = useQuery(muscleGroupsOptions());
  const [days, setDays] = useState(5);
  // Controlled: an uncontrolled select whose options arrive with the roster after the first render falls
  // back to the first athlete and ignores the one in the URL.
  const [athlete, setAthlete] = useState(athleteId ?? '');
  // The athlete's today if it is a Monday, else the next Monday (their today is the server's, in their time zone), until the coach picks a date.
  const [chosenStart, setChosenStart] = useState<string | null>(null);
  const athleteToday = roster.data?.athletes.find((a) => a.id === athlete)?.today;
  const startDate = chosenStart ?? defaultStartDate(athleteToday ?? localToday());
  const [invalid, setInvalid] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const equipmentLimits = equipmentLimitsFromForm(f, prefs.unit);
    const input: GenerateProgramInput = {
      athleteId: athlete,
      startDate,
      daysPerWeek: days,
      goal: String(f.get('goal')),
      weeks: Number(f.get('weeks')),
      sessionTimeCapMin: Number(f.get('cap')),
      equipment: f.getAll('equipment').map(String),
      excludedMuscles: f.getAll('excludedMuscles').map(String),
      ...(equipmentLimits !== null && { equipmentLimits }),
    };
    const error = athlete === '' ? 'athlete: choose who the program is for' : builderInputError(input);
    setInvalid(error);
    if (error === null) onGenerate(input);
  }

  return (
    // noValidate: the domain's plan request checks the settings (builderInputError), so an out-of-range value
    // gets the same message here as from the API and the planner, not the browser's own.
    <form className="panel grid" onSubmit={submit} aria-label="Program settings" noValidate>
      <div className="form-row">
        <label>
          Athlete
          <select name="athleteId" value={athlete} onChange={(e) => setAthlete(e.target.value)} required>
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
        <fieldset>
          <legend>Days per week</legend>
          <div className="chip-group" role="radiogroup" aria-label="Days per week">
            {[3, 5, 6].map((d) => (
              <label className="chip" key={d}>
                <input type="radio" name="days" value={d} checked={days === d} onChange={() => setDays(d)} /> {d} days
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          Goal
          <select name="goal" defaultValue="hypertrophy">
            {GOALS.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Start date
          <input name="startDate" type="date" value={startDate} onChange={(e) => setChosenStart(e.target.value)} required />
        </label>
        <label>
          Weeks
          <input name="weeks" type="number" min={WEEKS.min} max={WEEKS.max} defaultValue={WEEKS.default} style={{ width: 80 }} />
        </label>
        <label>
          Session cap (min)
          <input name="cap" type="number" min={CAP.min} max={CAP.max} defaultValue={CAP.default} style={{ width: 96 }} />
        </label>
      </div>
      <fieldset>
        <legend>Equipment available</legend>
        <div className="chip-group">
          {EQUIPMENT.map((e) => (
            <label className="chip" key={e}>
              <input type="checkbox" name="equipment" value={e} defaultChecked={DEFAULT_EQUIPMENT.has(e)} /> {e}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Gym limits (optional)</legend>
        <div className="form-row" style={{ alignItems: 'flex-start' }}>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 4, maxWidth: 300 }}>
            <label>
              Heaviest dumbbell ({u})
              <input
                name={EQUIPMENT_LIMIT_FIELDS.heaviestDumbbellKg}
                type="number"
                min={0.5}
                max={maxIn(LIMITS.heaviestDumbbellKg)}
                step="any"
                inputMode="decimal"
                aria-describedby="heaviest-dumbbell-help"
                style={{ width: 96 }}
              />
            </label>
            <span id="heaviest-dumbbell-help" className="muted small">
              One dumbbell. No dumbbell load is prescribed above it; leave empty when the rack goes high enough.
            </span>
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 4, maxWidth: 300 }}>
            <label>
              Smallest plate ({u})
              <input
                name={EQUIPMENT_LIMIT_FIELDS.smallestPlateKg}
                type="number"
                min={0.25}
                max={maxIn(LIMITS.smallestPlateKg)}
                step="any"
                inputMode="decimal"
                aria-describedby="smallest-plate-help"
                style={{ width: 96 }}
              />
            </label>
            <span id="smallest-plate-help" className="muted small">
              A bar takes two, so barbell loads go up in steps of twice it (
              {prefs.unit === 'lbs' ? '2.5 lb plates → 5 lb steps' : '1.25 kg plates → 2.5 kg steps'}); leave empty for the usual steps.
            </span>
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Exclude muscles (injury, preference)</legend>
        <div className="chip-group">
          {muscles.isPending ? <span className="muted">Loading muscles…</span> : null}
          {muscles.error ? <span className="muted">Muscle list unavailable.</span> : null}
          {muscles.data?.muscleGroups.map((m) => (
            <label className="chip" key={m.id}>
              <input type="checkbox" name="excludedMuscles" value={m.id} /> {m.name}
            </label>
          ))}
        </div>
      </fieldset>
      {invalid !== null ? (
        <div className="state state-error" role="alert">
          Check the settings: {invalid}
        </div>
      ) : null}
      <div>
        <button className="btn" type="submit" disabled={busy}>
          {busy ? 'Generating…' : 'Generate program'}
        </button>
      </div>
    </form>
  );
}
