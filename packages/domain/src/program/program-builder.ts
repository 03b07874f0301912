import { sessionDate } from './program-calendar.js';
import type { Goal } from './plan-request.js';
import type { Program, ProgramDay, ProgramPrescription } from './program.js';

/** A prescription with the contract's defaults (3 × 5 at 100 kg, RPE 8, rules) for what is not given. */
export function buildPrescription(fields: Pick<ProgramPrescription, 'exerciseId'> & Partial<ProgramPrescription>): ProgramPrescription {
  return {
    exerciseName: fields.exerciseId,
    primaryMuscles: [],
    secondaryMuscles: [],
    sets: 3,
    reps: 5,
    loadKg: 100,
    loadPerHand: false,
    bodyweight: false,
    restSec: 180,
    targetRpe: 8,
    rationale: '',
    details: '',
    locked: false,
    adjustment: null,
    source: 'rules',
    ...fields,
  };
}

/** A day as given to buildProgram: its weekday and prescriptions; index, date and status are filled in. */
export interface DayOutline {
  dayOfWeek: number;
  label?: string;
  status?: ProgramDay['status'];
  /** Overrides the date sessionDate gives the day (a moved session). */
  date?: string;
  prescriptions: Array<Pick<ProgramPrescription, 'exerciseId'> & Partial<ProgramPrescription>>;
}

/**
 * A program in the contract's shape from an outline: weeks of days (0-based indices in order, dates from
 * `startDate` by sessionDate, status planned). For tests and fixtures that build programs by hand, so
 * the contract's defaults live in one place.
 */
export function buildProgram(outline: {
  programId: string;
  athleteId: string;
  goal?: Goal;
  startDate?: string;
  /** Defaults to the most days in a week. */
  daysPerWeek?: number;
  weeks: Array<{ deload?: boolean; days: DayOutline[] }>;
}): Program {
  const startDate = outline.startDate ?? '2026-01-05';
  return {
    programId: outline.programId,
    athleteId: outline.athleteId,
    daysPerWeek: outline.daysPerWeek ?? Math.max(0, ...outline.weeks.map((w) => w.days.length)),
    goal: outline.goal ?? 'general',
    startDate,
    weeks: outline.weeks.map((w, index) => ({
      index,
      deload: w.deload ?? false,
      days: w.days.map((d, i) => ({
        index: i,
        dayOfWeek: d.dayOfWeek,
        date: d.date ?? sessionDate(startDate, index, d.dayOfWeek),
        status: d.status ?? 'planned',
        label: d.label ?? `Day ${i + 1}`,
        prescriptions: d.prescriptions.map(buildPrescription),
      })),
    })),
  };
}
