/** Every failure the domain reports; callers switch on `code`, never on message text. */
export type DomainErrorCode =
  | 'INVALID_REPS'
  | 'INVALID_LOAD'
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_EXERCISE'
  | 'UNKNOWN_MUSCLE'
  | 'PARSE_ERROR'
  | 'UNKNOWN_FORMAT'
  | 'CATALOG_INVALID';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A row-level problem in an imported file: where it is and how to fix it. */
export interface ParseLocation {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  /** Column name as it appears in the header, when one column is at fault. */
  column?: string;
}

export class LogParseError extends DomainError {
  constructor(
    readonly location: ParseLocation,
    problem: string,
    readonly hint: string,
  ) {
    super('PARSE_ERROR', `line ${location.line}${location.column ? `, column "${location.column}"` : ''}: ${problem}. Fix: ${hint}`);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
