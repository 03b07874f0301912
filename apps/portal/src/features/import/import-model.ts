/** The pure rules of the portal's import flow: who it is for, the unit, the mappings, what blocks it. */

export type WeightUnit = 'kg' | 'lbs';

/** Who the import is for: an athlete on the roster, or a new one created with the import. */
export type ImportTarget = { kind: 'roster'; athleteId: string } | { kind: 'new'; name: string } | { kind: 'none' };

/** What of the server's preview the rules read. */
export interface PreviewFacts {
  unit: string;
  unitNeedsConfirmation: boolean;
}

/** The unit to send: the user's choice when the file did not state one (null until chosen), else none (the file says). */
export function unitToSend(preview: PreviewFacts, chosen: WeightUnit | null): WeightUnit | null {
  return preview.unitNeedsConfirmation ? chosen : null;
}

/** Why the Import button is disabled, or null when the import may run. */
export function importBlocker(target: ImportTarget, preview: PreviewFacts | null, chosenUnit: WeightUnit | null): string | null {
  if (preview === null) return 'Choose a file first.';
  if (target.kind === 'none') return 'Choose an athlete, or create a new one.';
  if (target.kind === 'new' && target.name.trim() === '') return 'Give the new athlete a name.';
  if (preview.unitNeedsConfirmation && chosenUnit === null) return 'Confirm the weight unit (kg or lbs) first.';
  return null;
}

/** The mutation's mappings from the user's choices (name in the file → catalog exercise id), empty choices left out. */
export function mappingsOf(chosen: Readonly<Record<string, string>>): Array<{ name: string; exerciseId: string }> {
  return Object.entries(chosen)
    .filter(([, exerciseId]) => exerciseId !== '')
    .map(([name, exerciseId]) => ({ name, exerciseId }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A 0–1 confidence as a whole percentage ("97 %"). */
export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)} %`;
}

/** What the preview says of the file's unit. */
export interface UnitFacts {
  unit: string;
  unitSource: string;
  unitConfidence: number;
  unitEvidence: string;
}

/**
 * The unit to label "suggested" when the user must confirm one: the inferred unit; for an assumed unit the
 * way the loads lean — kg when the evidence gives kg a confidence, the unit the evidence says it is
 * "leaning" to otherwise (the server gives an lbs lean 0 confidence for kg) — or null when they lean nowhere.
 */
export function suggestedUnit(p: UnitFacts): WeightUnit | null {
  const asUnit = (u: string | undefined): WeightUnit | null => (u === 'kg' || u === 'lbs' ? u : null);
  if (p.unitSource === 'inferred') return asUnit(p.unit);
  if (p.unitSource !== 'assumed') return null;
  const leaning = asUnit(/\bleaning (kg|lbs)\b/.exec(p.unitEvidence)?.[1]);
  if (leaning !== null) return leaning;
  return p.unitConfidence > 0 ? asUnit(p.unit) : null;
}

/** How the unit was established, in the user's words (an assumed unit is not presented as the file's). */
export function unitStatement(p: UnitFacts): string {
  switch (p.unitSource) {
    case 'file':
      return `${p.unit}, stated by the file`;
    case 'caller':
      return `${p.unit}, as you chose`;
    case 'inferred':
      return `${p.unit}, inferred from the loads (confidence ${percent(p.unitConfidence)})`;
    default: {
      const lean = suggestedUnit(p);
      return `not stated by the file, and the loads do not tell kg from lbs${lean === null ? '' : ` (leaning ${lean})`}`;
    }
  }
}
