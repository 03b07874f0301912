import {
  addDays,
  type Exercise,
  type ExercisePrescription,
  isoWeekday,
  type Level,
  type Prescriber,
  type SessionTemplate,
  type WeeklySchedule,
} from '@liftgraph/domain';
import type { PlanRequestInput, Program } from '@liftgraph/domain/program';
import { templateFor } from '../problem/split-templates.js';
import { baseLoad } from '../prescriptions/base-load.js';
import { capacityOfHistory } from '../prescriptions/capacity-of.js';
import { generateProgramWith } from '../program/generate-program.js';
import { catalogLookup } from '../program/planning-context.js';
import type { MipSolver } from '../solver/highs-solver.js';

export interface LiftgraphPrescriberOptions {
  solver: MipSolver;
  catalog: readonly Exercise[];
  request: Omit<PlanRequestInput, 'weeks' | 'startDate'>;
  /** Weeks per block; a new program is generated from the log at each block start. */
  blockWeeks: number;
  profile?: { bodyweightKg?: number; sex?: 'male' | 'female'; level?: Level };
}

/** The simulator schedule matching the planner's template (simulator days are 0 = Monday). */
export function liftgraphSchedule(request: Pick<PlanRequestInput, 'daysPerWeek' | 'threeDaySplit'>): WeeklySchedule {
  const t = templateFor({ daysPerWeek: request.daysPerWeek, threeDaySplit: request.threeDaySplit ?? 'full-body' });
  return {
    name: `liftgraph ${t.id}`,
    days: t.days.map((d) => ({ dayOfWeek: d.dayOfWeek - 1, template: { title: d.label, exercises: [] } satisfies SessionTemplate })),
  };
}

/**
 * Prescriber adapter over generateProgram for the closed-loop evaluation: at each block start the
 * program is regenerated from the simulated log (selection, sets, reps, RPE, deload); inside a block
 * each session's load is recomputed by the same prescription engine from the log so far (what the
 * service does when an athlete logs a session). Exercises never done start from the athlete's own
 * guess (`startingLoadKg`), exactly as the baseline prescribers do.
 */
export function createLiftgraphPrescriber(options: LiftgraphPrescriberOptions): Prescriber & { programs: Program[] } {
  const programs: Program[] = [];
  const acwrs: Array<number | null> = [];
  const lookup = catalogLookup(options.catalog);
  return {
    id: 'liftgraph',
    programs,
    prescribe(context) {
      const block = Math.floor(context.weekIndex / options.blockWeeks);
      const weekday = isoWeekday(context.date);
      if (!programs[block]) {
        const generated = generateProgramWith(
          options.solver,
          {
            ...options.request,
            weeks: options.blockWeeks,
            startDate: addDays(context.date, 1 - weekday),
          },
          { history: context.log, catalog: options.catalog, ...(options.profile ? { profile: options.profile } : {}) },
        );
        programs[block] = generated.program;
        acwrs[block] = generated.state.acwr;
      }
      const week = programs[block]?.weeks[context.weekIndex - block * options.blockWeeks];
      const day = week?.days.find((d) => d.dayOfWeek === weekday);
      const prescriptions = (day?.prescriptions ?? []).map((rx): ExercisePrescription => {
        const history = context.historyOf(rx.exerciseId);
        const exercise = lookup(rx.exerciseId);
        const base = { exerciseId: rx.exerciseId, sets: rx.sets, reps: rx.reps, restSec: rx.restSec, targetRpe: rx.targetRpe };
        if (history.length === 0 || !exercise) {
          return { ...base, loadKg: context.startingLoadKg(rx.exerciseId, rx.reps, Math.max(1, Math.round(10 - rx.targetRpe))) };
        }
        const last = context.lastPrescription(rx.exerciseId);
        if (week?.deload && last) return { ...base, loadKg: last.loadKg };
        const live = baseLoad({
          athleteId: 'sim',
          date: context.date,
          exercise,
          reps: rx.reps,
          targetRpe: rx.targetRpe,
          history: history.slice(-6),
          acwr: acwrs[block] ?? null,
          restSec: rx.restSec,
          sets: rx.sets,
          capacity: capacityOfHistory(history, context.date),
          capacityOf: (id) => capacityOfHistory(context.historyOf(id), context.date),
          knownExerciseIds: [],
          lookup,
          profile: options.profile ?? {},
        });
        // The simulator's loads are external kg: body weight alone is 0 kg added.
        return { ...base, loadKg: live.loadKg ?? 0 };
      });
      return { title: day?.label ?? 'rest', prescriptions };
    },
  };
}
