import { DEFAULT_VIEWER_PREFERENCES, kgFromInput, loadInputValue, type ViewerPreferences } from '~/lib/format-units';

/** Where an edit applies: the edited week only, or the same slot of every later week too (progression recomputed). */
export const EDIT_SCOPES = [
  { value: 'this-week', label: 'This week only' },
  { value: 'following-weeks', label: 'This and following weeks' },
] as const;
export type EditScope = (typeof EDIT_SCOPES)[number]['value'];

/** The numbers a coach changes on one prescription. */
export interface DoseFields {
  sets: number;
  reps: number;
  loadKg: number | null;
  targetRpe: number;
  restSec: number;
}

export type DosePatch = Partial<DoseFields>;

/** A typed number: null for an empty field, NaN kept for a value that is not a number (the API names it). */
export function typedNumber(raw: FormDataEntryValue | null): number | null {
  if (raw === null) return null;
  const text = String(raw).trim().replace(',', '.');
  return text === '' ? null : Number(text);
}

/**
 * Only the fields the coach changed, so an edit carried to later weeks moves just what was edited
 * (their own progression of the other numbers stays). Null when nothing changed. An emptied load means
 * "no external load"; any other emptied field is left as it was. The load is typed in the viewer's unit
 * (`prefs`) and sent in kg; a load left as shown keeps its stored kg exactly.
 */
export function dosePatch(
  before: DoseFields,
  form: Record<keyof DoseFields, FormDataEntryValue | null>,
  prefs: ViewerPreferences = DEFAULT_VIEWER_PREFERENCES,
): DosePatch | null {
  const patch: DosePatch = {};
  for (const key of ['sets', 'reps', 'targetRpe', 'restSec'] as const) {
    const value = typedNumber(form[key]);
    if (value !== null && value !== before[key]) patch[key] = value;
  }
  const load = typedNumber(form.loadKg);
  const shown = loadInputValue(before.loadKg, prefs);
  if (load === null ? before.loadKg !== null : String(load) !== shown)
    patch.loadKg = load === null || !Number.isFinite(load) ? load : kgFromInput(load, prefs);
  return Object.keys(patch).length === 0 ? null : patch;
}
