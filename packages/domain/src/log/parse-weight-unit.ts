import type { WeightUnit } from '../units.js';

/** Reads a weight unit as apps write it (`kg`, `kgs`, `lb`, `lbs`, any case, a trailing dot allowed); null for anything else. */
export function parseWeightUnit(text: string | null | undefined): WeightUnit | null {
  const t = text?.trim().toLowerCase().replace(/\.$/, '');
  if (t === 'kg' || t === 'kgs') return 'kg';
  if (t === 'lb' || t === 'lbs') return 'lbs';
  return null;
}
