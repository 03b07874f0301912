'use client';

import { suggestedUnit, unitStatement, type WeightUnit } from './import-model';

interface UnitConfirmProps {
  unit: string;
  unitSource: string;
  unitConfidence: number;
  unitEvidence: string;
  needsConfirmation: boolean;
  chosen: WeightUnit | null;
  onChoose: (unit: WeightUnit) => void;
}

/**
 * The file's weight unit: stated (nothing to do), or read from the loads with its confidence and
 * evidence, in which case the user must say kg or lbs before importing (nothing is preselected).
 */
export function UnitConfirm({ unit, unitSource, unitConfidence, unitEvidence, needsConfirmation, chosen, onChoose }: UnitConfirmProps) {
  const facts = { unit, unitSource, unitConfidence, unitEvidence };
  const suggested = suggestedUnit(facts);
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      <div>
        <span className="muted small">Weight unit</span> <b>{unitStatement(facts)}</b>
      </div>
      {needsConfirmation ? (
        <>
          <p className="small muted" style={{ margin: 0, overflowWrap: 'anywhere' }}>
            {unitEvidence}
          </p>
          <fieldset role="radiogroup" aria-label="Weight unit of the file" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className="small">The file does not say. Which unit are its loads in?</legend>
            <div className="chip-group">
              {(['kg', 'lbs'] as const).map((u) => (
                <label key={u} className="chip">
                  <input type="radio" name="file-unit" value={u} checked={chosen === u} onChange={() => onChoose(u)} />
                  {u}
                  {u === suggested ? ' (suggested)' : ''}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      ) : null}
    </div>
  );
}
