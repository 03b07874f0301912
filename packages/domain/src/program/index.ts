/**
 * `@liftgraph/domain/program`: the program contract (types, zod schemas) and the plan request with its
 * bounds. Browser-safe (zod only): the portal validates its builder form with it.
 */
export {
  programSchema,
  programWeekSchema,
  programDaySchema,
  programPrescriptionSchema,
  PRESCRIPTION_SOURCES,
  prescriptionAdjustmentSchema,
  type PrescriptionAdjustment,
  type Program,
  type ProgramWeek,
  type ProgramDay,
  type ProgramPrescription,
  type PrescriptionSource,
} from './program.js';
export {
  planRequestSchema,
  parsePlanRequest,
  planRequest,
  describeFieldErrors,
  EQUIPMENT_VALUES,
  EQUIPMENT_LIMIT_MAX,
  GOALS,
  THREE_DAY_SPLITS,
  PLAN_REQUEST_BOUNDS,
  type PlanRequest,
  type PlanRequestInput,
  type Goal,
  type FieldError,
  type ParseResult,
} from './plan-request.js';
export { formatLoad, formatWeight, formatNumberIn, weightIn, prescribedWeightIn, UNIT_LABEL, type PrescribedLoad } from './format-load.js';
export { KG_PLATES, PLATE_STEPS, plateIncrementKg, roundLoadKg, type PlateSet } from '../overload/round-load.js';
export { KG_PER_LB, toKilograms, fromKilograms, type WeightUnit } from '../units.js';
export { sessionDate } from './program-calendar.js';
export {
  warmUpSets,
  plateBreakdown,
  WARM_UP_RULES,
  type WarmUpSet,
  type WarmUpInput,
  type PlateBreakdown,
  type PlateCount,
} from './warm-up-sets.js';
export { buildProgram, buildPrescription, type DayOutline } from './program-builder.js';
export {
  applyProgramEdit,
  ProgramEditError,
  EDIT_KINDS,
  EDIT_SCOPES,
  type EditKind,
  type EditScope,
  type ProgramEdit,
  type PrescriptionChanges,
  type EditOptions,
} from './edit-program.js';
