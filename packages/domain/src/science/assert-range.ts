import { DomainError, type DomainErrorCode } from '../errors.js';

/** Throws unless `value` is a finite number in [min, max]; the message quotes the value and the range. */
export function assertInRange(name: string, value: number, min: number, max: number, code: DomainErrorCode = 'INVALID_ARGUMENT'): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new DomainError(code, `${name} must be a number in [${min}, ${max}], got ${value}`);
  }
}

/** Throws unless `value` is an integer in [min, max]. */
export function assertIntegerInRange(
  name: string,
  value: number,
  min: number,
  max: number,
  code: DomainErrorCode = 'INVALID_ARGUMENT',
): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DomainError(code, `${name} must be an integer in [${min}, ${max}], got ${value}`);
  }
}

/** Throws unless every value is finite and ≥ 0 (training loads, volumes). */
export function assertNonNegativeSeries(name: string, values: readonly number[]): void {
  values.forEach((value, i) => {
    if (!Number.isFinite(value) || value < 0) {
      throw new DomainError('INVALID_ARGUMENT', `${name}[${i}] must be a finite number ≥ 0, got ${value}`);
    }
  });
}

/** Throws unless the series has exactly `length` values. */
export function assertLength(name: string, values: readonly unknown[], length: number): void {
  if (values.length !== length) {
    throw new DomainError('INVALID_ARGUMENT', `${name} must have exactly ${length} values, got ${values.length}`);
  }
}
