const METERS_PER: ReadonlyMap<string, number> = new Map([
  ['m', 1],
  ['meter', 1],
  ['meters', 1],
  ['metres', 1],
  ['米', 1],
  ['km', 1000],
  ['kms', 1000],
  ['kilometers', 1000],
  ['kilometres', 1000],
  ['公里', 1000],
  ['mi', 1609.344],
  ['mile', 1609.344],
  ['miles', 1609.344],
  ['英里', 1609.344],
  ['ft', 0.3048],
  ['feet', 0.3048],
  ['yd', 0.9144],
  ['yards', 0.9144],
]);

/** The unit word as looked up: trimmed, lower-cased, an abbreviation's trailing dot dropped (`mi.` → `mi`). */
function unitKey(unit: string): string {
  return unit.trim().toLowerCase().replace(/\.$/, '');
}

/** True when `word` names a distance unit `distanceToMeters` converts (`km`, `mi.`, `meters`, ...). */
export function isDistanceUnit(word: string): boolean {
  return METERS_PER.has(unitKey(word));
}

/**
 * Converts a distance in the named unit (`m`, `km`, `mi`, `mi.`, `miles`, `ft`, `yd`, case-insensitive,
 * an abbreviation's trailing dot allowed) to metres, rounded to the centimetre. Returns undefined for
 * a unit it does not know.
 */
export function distanceToMeters(value: number, unit: string): number | undefined {
  const factor = METERS_PER.get(unitKey(unit));
  return factor === undefined ? undefined : Math.round(value * factor * 100) / 100;
}
