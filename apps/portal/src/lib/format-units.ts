import {
  formatLoad,
  formatNumberIn,
  formatWeight,
  type PlateSet,
  type PrescribedLoad,
  prescribedWeightIn,
  toKilograms,
  UNIT_LABEL,
  type WeightUnit,
  weightIn,
} from '@liftgraph/domain/program';

/**
 * The viewer's own preferences (`me { unit locale timeZone microplates }`): every load the portal shows
 * or accepts is in `unit` (stored in kg), prescriptions on their plate step, dates in `locale`/`timeZone`.
 */
export interface ViewerPreferences {
  unit: WeightUnit;
  /** BCP-47, e.g. en-GB, en-US, fr-FR. */
  locale: string;
  /** IANA, e.g. Europe/London. */
  timeZone: string;
  /** Fractional plates (1.25 kg / 2.5 lb bar steps instead of 2.5 kg / 5 lb). */
  microplates: boolean;
}

/** What a user who never chose sees (the API's defaults too). */
export const DEFAULT_VIEWER_PREFERENCES: ViewerPreferences = { unit: 'kg', locale: 'en-GB', timeZone: 'UTC', microplates: false };

export const platesOf = (p: ViewerPreferences): PlateSet => ({ unit: p.unit, microplates: p.microplates });

/** "kg" or "lb": the unit written after a number. */
export const unitText = (p: Pick<ViewerPreferences, 'unit'>): string => UNIT_LABEL[p.unit];

/** A number as the viewer's locale writes it ("137,5" in fr-FR). */
export const numberText = (n: number, p: ViewerPreferences): string => formatNumberIn(n, p.locale);

/** A prescribed load ("135 lb", "50 lb per hand", "body weight + 20 lb"), on the viewer's plate step; null when none. */
export const loadText = (load: PrescribedLoad, p: ViewerPreferences): string | null => formatLoad(load, platesOf(p), p.locale);

/** A weight as it was (a logged set, an e1RM, a prediction): "61.23 kg" / "135 lb", converted exactly, not snapped. */
export const weightText = (weightKg: number, p: ViewerPreferences): string => formatWeight(weightKg, p.unit, p.locale);

/** A stored kg weight as the plain number in the viewer's unit (chart values, axis ticks). */
export const weightNumber = (weightKg: number, p: Pick<ViewerPreferences, 'unit'>): number => weightIn(weightKg, p.unit);

/** A change of weight with its sign: "+2.5 kg", "−5 lb", "±0 kg". */
export function signedWeightText(deltaKg: number, p: ViewerPreferences): string {
  const n = weightIn(deltaKg, p.unit);
  const sign = n > 0 ? '+' : n < 0 ? '−' : '±';
  return `${sign}${numberText(Math.abs(n), p)} ${unitText(p)}`;
}

/** The unit beside a load the viewer types ("lb", "kg per hand", "added lb"). */
export function loadInputUnit(
  { loadPerHand, bodyweight }: Pick<PrescribedLoad, 'loadPerHand' | 'bodyweight'>,
  p: ViewerPreferences,
): string {
  const u = unitText(p);
  if (bodyweight) return loadPerHand ? `added ${u} per hand` : `added ${u}`;
  return loadPerHand ? `${u} per hand` : u;
}

/** The number a load input starts with: the prescription in the viewer's unit on their plate step ('' for none). */
export const loadInputValue = (loadKg: number | null, p: ViewerPreferences): string =>
  loadKg === null ? '' : String(prescribedWeightIn(loadKg, platesOf(p)));

/** A logged weight as the number an edit form starts with, in the viewer's unit ('' for none). */
export const weightInputValue = (weightKg: number | null, p: Pick<ViewerPreferences, 'unit'>): string =>
  weightKg === null ? '' : String(weightIn(weightKg, p.unit));

/**
 * What the viewer typed, in their unit, as the kg the API stores: exact (135 lb → 61.23496995 kg, to 9
 * decimals) so it reads back as 135 lb.
 */
export const kgFromInput = (value: number, p: Pick<ViewerPreferences, 'unit'>): number => Number(toKilograms(value, p.unit).toFixed(9));
