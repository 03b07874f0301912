'use client';

import { useId } from 'react';
import { EDIT_SCOPES, type EditScope } from './program-edits';

/** "This week only" / "This and following weeks": where the next edit applies. */
export function ScopeChoice({
  scope,
  onChange,
  legend = 'Apply to',
}: {
  scope: EditScope;
  onChange: (s: EditScope) => void;
  legend?: string;
}) {
  const name = useId();
  return (
    <fieldset className="scope-choice-set">
      <legend>{legend}</legend>
      <div className="scope-choice" role="radiogroup" aria-label={legend}>
        {EDIT_SCOPES.map((s) => (
          <label className="chip" key={s.value}>
            <input type="radio" name={name} value={s.value} checked={scope === s.value} onChange={() => onChange(s.value)} /> {s.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
