import type { WeightUnit } from '../units.js';
import type { UnitInference } from './infer-weight-unit.js';
import type { UnitSource } from './workout-log.js';

/** How an importer established a log's weight unit: where from, how sure (0–1) and why. */
export interface UnitReading {
  unitSource: UnitSource;
  unitConfidence: number;
  unitEvidence: string;
}

/** The file states the unit: in a column (per row) or in a header (`Weight (lbs)`, `kg`). */
export function statedUnit(where: string): UnitReading {
  return { unitSource: 'file', unitConfidence: 1, unitEvidence: `stated by the file (${where})` };
}

/** The caller said which unit a file without one uses. */
export function givenUnit(unit: WeightUnit): UnitReading {
  return { unitSource: 'caller', unitConfidence: 1, unitEvidence: `${unit} as given for a file that does not state its unit` };
}

/**
 * The unit read from the loads (`inferUnitWithEvidence`): `inferred` when the rules decide, else
 * `assumed` kg, whose confidence is the evidence's for kg (0 when the loads lean to lbs or say nothing).
 */
export function inferredUnit(inference: UnitInference): UnitReading & { unit: WeightUnit } {
  if (inference.unit !== null) {
    return { unit: inference.unit, unitSource: 'inferred', unitConfidence: inference.confidence, unitEvidence: inference.evidence };
  }
  return {
    unit: 'kg',
    unitSource: 'assumed',
    unitConfidence: inference.likely === 'kg' ? inference.confidence : 0,
    unitEvidence: `kg assumed: ${inference.evidence}`,
  };
}
