import { type Exercise, type MuscleGroupId, SCIENCE_CHOICES } from '@liftgraph/domain';
import type { ProgramDay, ProgramPrescription, ProgramWeek } from '@liftgraph/domain/program';

/** Session timing model (ASSUMPTION, close to common gym practice): seconds per rep, setup, warm-ups. */
export const SESSION_TIMING = {
  secPerRep: 3.5,
  setupSecPerExercise: 60,
  /** Extra warm-up ramp (2 lighter sets) before each compound lift. */
  compoundWarmupSec: 120,
  generalWarmupMin: 6,
};

export type ExerciseLookup = (id: string) => Exercise | undefined;

/** Weighted sets one prescription gives each muscle: primary 1 × sets, secondary 0.5 × sets (docs/science.md §Hard sets). */
export function muscleSets(rx: Pick<ProgramPrescription, 'sets' | 'primaryMuscles' | 'secondaryMuscles'>): Map<MuscleGroupId, number> {
  const out = new Map<MuscleGroupId, number>();
  for (const m of rx.secondaryMuscles) out.set(m, SCIENCE_CHOICES.secondarySetWeight * rx.sets);
  for (const m of rx.primaryMuscles) out.set(m, SCIENCE_CHOICES.primarySetWeight * rx.sets);
  return out;
}

export function sessionSetsByMuscle(day: ProgramDay): Map<MuscleGroupId, number> {
  const out = new Map<MuscleGroupId, number>();
  for (const rx of day.prescriptions) for (const [m, s] of muscleSets(rx)) out.set(m, (out.get(m) ?? 0) + s);
  return out;
}

export function weeklySetsByMuscle(week: ProgramWeek): Map<MuscleGroupId, number> {
  const out = new Map<MuscleGroupId, number>();
  for (const day of week.days) for (const [m, s] of sessionSetsByMuscle(day)) out.set(m, (out.get(m) ?? 0) + s);
  return out;
}

/** Muscles a session trains as primary (with at least one set). */
export function primaryMusclesOf(day: ProgramDay): Set<MuscleGroupId> {
  return new Set(day.prescriptions.filter((rx) => rx.sets > 0).flatMap((rx) => rx.primaryMuscles));
}

/** Seconds one exercise takes: setup (+ warm-up ramp for compounds) + sets × (reps × 3.5 s + rest). */
export function exerciseSeconds(sets: number, reps: number, restSec: number, compound: boolean): number {
  const t = SESSION_TIMING;
  return t.setupSecPerExercise + (compound ? t.compoundWarmupSec : 0) + sets * (reps * t.secPerRep + restSec);
}

/** Estimated session length in minutes (general warm-up included). */
export function sessionMinutes(day: ProgramDay, lookup: ExerciseLookup): number {
  let sec = SESSION_TIMING.generalWarmupMin * 60;
  for (const rx of day.prescriptions) sec += exerciseSeconds(rx.sets, rx.reps, rx.restSec, lookup(rx.exerciseId)?.mechanic === 'compound');
  return sec / 60;
}
