'use client';

import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { rosterOptions } from '~/features/athletes/athletes.queries';
import type { GenerateProgramInput } from '~/graphql/gql/graphql';
import { EQUIPMENT, GOALS, muscleGroupsOptions } from './programs.queries';

interface BuilderFormProps {
  athleteId: string | null;
  busy: boolean;
  onGenerate: (input: GenerateProgramInput) => void;
}

const DEFAULT_EQUIPMENT = new Set<string>(['barbell', 'dumbbell', 'cable', 'machine', 'body only']);

export function BuilderForm({ athleteId, busy, onGenerate }: BuilderFormProps) {
  const roster = useQuery(rosterOptions());
  const muscles = useQuery(muscleGroupsOptions());
  const [days, setDays] = useState(5);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    onGenerate({
      athleteId: String(f.get('athleteId')),
      daysPerWeek: days,
      goal: String(f.get('goal')),
      weeks: Number(f.get('weeks')),
      sessionTimeCapMin: Number(f.get('cap')),
      equipment: f.getAll('equipment').map(String),
      excludedMuscles: f.getAll('excludedMuscles').map(String),
    });
  }

  return (
    <form className="panel grid" onSubmit={submit} aria-label="Program settings">
      <div className="form-row">
        <label>
          Athlete
          <select name="athleteId" defaultValue={athleteId ?? ''} required key={athleteId ?? 'none'}>
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
          Weeks
          <input name="weeks" type="number" min={1} max={16} defaultValue={6} style={{ width: 80 }} />
        </label>
        <label>
          Session cap (min)
          <input name="cap" type="number" min={20} max={240} defaultValue={75} style={{ width: 96 }} />
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
      <div>
        <button className="btn" type="submit" disabled={busy}>
          {busy ? 'Generating…' : 'Generate program'}
        </button>
      </div>
    </form>
  );
}
