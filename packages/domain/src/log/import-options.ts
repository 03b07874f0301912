import type { WeightUnit } from '../units.js';
import type { ImportFormat } from './detect-log-format.js';

/** Options of `importWorkoutLog`. */
export interface ImportOptions {
  /** Which importer to use; `auto` (the default) detects it from the header. */
  format?: 'auto' | ImportFormat;
  /**
   * Weight unit for files that do not state one (Strong's comma and localised exports). Ignored when
   * the file states its unit in a column or header. Without it the unit is inferred, else kg is assumed.
   */
  unit?: WeightUnit;
  /** "Now", passed in to keep the importer pure: sessions dated more than a day after it are rejected. */
  now?: Date | string;
}

/** What every format importer receives besides the file. */
export interface ImporterContext {
  unit: WeightUnit | undefined;
  /** `YYYY-MM-DD`: the last date a session may have, or null for no check. */
  notAfter: string | null;
}
