import { ApiError } from './api-error.js';

/** Input checks that name the argument and the accepted range (nothing is written when one fails). */
export function intInRange(name: string, value: number, lo: number, hi: number): number {
  if (!Number.isInteger(value) || value < lo || value > hi)
    throw new ApiError('BAD_USER_INPUT', `${name} must be an integer in [${lo}, ${hi}], got ${value}`);
  return value;
}

export function numberInRange(name: string, value: number, lo: number, hi: number): number {
  if (!Number.isFinite(value) || value < lo || value > hi)
    throw new ApiError('BAD_USER_INPUT', `${name} must be a number in [${lo}, ${hi}], got ${value}`);
  return value;
}

/** A number above 0 (exclusive) and at most `hi`, e.g. a weight in kg. */
export function positiveUpTo(name: string, value: number, hi: number): number {
  if (!Number.isFinite(value) || value <= 0 || value > hi)
    throw new ApiError('BAD_USER_INPUT', `${name} must be a number above 0 and at most ${hi}, got ${value}`);
  return value;
}

export function nonEmpty(name: string, value: string, maxLength = 200): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > maxLength)
    throw new ApiError('BAD_USER_INPUT', `${name} must be a non-empty string of at most ${maxLength} characters`);
  return trimmed;
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new ApiError('BAD_USER_INPUT', `${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  return found;
}
