/** Branded units: a bare `number` for a weight is not allowed (STYLE.md B2). */
export type Kilograms = number & { readonly __unit: 'kg' };
export type Pounds = number & { readonly __unit: 'lbs' };
export type Seconds = number & { readonly __unit: 's' };

export type WeightUnit = 'kg' | 'lbs';

/** 1 lb = 0.45359237 kg exactly (international yard and pound agreement, 1959). */
export const KG_PER_LB = 0.45359237;

export const kg = (value: number): Kilograms => value as Kilograms;
export const lbs = (value: number): Pounds => value as Pounds;
export const seconds = (value: number): Seconds => value as Seconds;

export function toKilograms(value: number, unit: WeightUnit): Kilograms {
  return kg(unit === 'kg' ? value : value * KG_PER_LB);
}

export function fromKilograms(value: Kilograms, unit: WeightUnit): number {
  return unit === 'kg' ? value : value / KG_PER_LB;
}
