import {
  addDays,
  type Capacity,
  customExerciseFor,
  type Exercise,
  mondayOnOrAfter,
  type MuscleGroupId,
  plateIncrementKg,
  formatWeight,
  KG_PLATES,
  OVERLOAD_DEFAULTS,
} from '@liftgraph/domain';
import { anchorExercises, anchorWeeklySessions, MAIN_LIFT_PATTERNS, maxWeeklySessions } from '../problem/anchor-lifts.js';
import { type AthleteContext, sessionsOf } from '../problem/athlete-context.js';
import { athleteState, type AthleteState, defaultResolver, perHandFactorOf } from '../problem/athlete-state.js';
import { debutPredictionSource } from '../predictions/debut-prediction-source.js';
import type { DebutSource } from '../prescriptions/debut-load.js';
import { type PlanRequest, planRequest, type PlanRequestInput, type Program, type ProgramPrescription } from '@liftgraph/domain/program';
import { templateFor } from '../problem/split-templates.js';
import { MAX_SETS_PER_MUSCLE_PER_SESSION, MIN_RECOVERY_HOURS, weekdaysHoursApart } from '@liftgraph/domain/science';
import { weeklyTargets } from '../problem/weekly-targets.js';
import { baseLoad } from '../prescriptions/base-load.js';
import { capacityOfHistory } from '../prescriptions/capacity-of.js';
import { limitPrescription, strengthReference } from '../prescriptions/load-limits.js';
import { expandBlock, openingDeloadReason, type SlotPlan } from '../prescriptions/block-progression.js';
import { boundedReps, exerciseRole, GOAL_SCHEMES, goalReps, type RepScheme, undulatedReps } from '../prescriptions/goal-scheme.js';
import { coveragePatternOf, isAcceptableMainLift, PUSH_PULL_RATIO } from '../problem/movement-patterns.js';
import { coverageSkeleton } from '../problem/coverage-skeleton.js';
import { coachRationale } from '../prescriptions/coach-rationale.js';
import { MIN_EXERCISES_PER_SESSION, refuseThinDays, refuseUnplannable } from './refusals.js';
import { balancePushPull } from './balance-push-pull.js';
import { scorePlan, type PlanScore } from '../rules/index.js';
import { exerciseSeconds, SESSION_TIMING } from '../rules/plan-metrics.js';
import { dayCandidates } from '../solver/candidates.js';
import { loadSolver, type MipSolver } from '../solver/highs-solver.js';
import { MIN_DIRECT_SETS_PER_WEEK, selectExercisesPerDay, type SelectionResult } from '../solver/select-exercises.js';
import type { SelectionInput } from '../solver/selection-model.js';
import { allowedExercises, athleteLevel, catalogLookup, planningContext } from './planning-context.js';
import { orderDay } from './order-day.js';

/**
 * Exercises per session (coaching convention, ASSUMPTION): 5–6 well-chosen exercises done for enough
 * sets beat 8 done for 2 sets each; the session time cap usually binds first on full-body days.
 */
export const MAX_EXERCISES_PER_DAY = 6;

/**
 * Working sets of one exercise in one session, by role (coaching convention, ASSUMPTION): main lifts
 * carry the volume (up to 5), assistance compounds up to 4, isolation up to 3 — a fourth or fifth set
 * of curls adds less than a set of another exercise (and past ~4 sets per exercise the extra sets are
 * done fatigued; docs/science.md §Split templates keeps per-session sets per muscle ≤ 12).
 */
export const MAX_SETS_PER_SESSION = { main: 5, assistance: 4, isolation: 3 } as const;

export interface GeneratedProgram {
  program: Program;
  score: PlanScore;
  selection: Omit<SelectionResult, 'days'>;
  state: AthleteState;
  request: PlanRequest;
}

/** Monday on or after the day after the last session; 2024-01-01 for an empty log. */
function defaultStartDate(lastSessionDate: string | null): string {
  if (lastSessionDate === null) return '2024-01-01';
  return mondayOnOrAfter(addDays(lastSessionDate, 1));
}

function programIdOf(request: PlanRequest, start: string, sessions: number): string {
  const text = `${request.athleteId}|${start}|${request.daysPerWeek}|${request.goal}|${request.weeks}|${sessions}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `prog-${request.athleteId}-${start}-${h.toString(16).padStart(8, '0')}`;
}

/** For two-dumbbell exercises, how the log's numbers were read (they are prescribed per hand). */
function perHandNote(exercise: Exercise, state: AthleteState): string {
  if (exercise.loading !== 'per-hand' || state.historyByExercise.get(exercise.id) === undefined) return '';
  const r = state.dumbbellRecording;
  if (r.recording === 'per-hand') return ', per hand as logged';
  return r.recording === 'total'
    ? ", per hand (the log's dumbbell numbers read as both together)"
    : ", per hand (the log's dumbbell numbers read as both together, the safe side: say if they are per hand)";
}

/** The served debut model over this athlete's log (names resolved like the state's, else as custom exercises). */
function debutSourceOf(context: AthleteContext, request: PlanRequest, state: AthleteState): DebutSource | undefined {
  if (!context.debutModel) return undefined;
  const resolve = context.resolveExercise ?? defaultResolver(context.catalog);
  return debutPredictionSource({
    predictor: context.debutModel,
    athleteId: request.athleteId,
    sessions: sessionsOf(context.history),
    resolve: (name) => resolve(name) ?? customExerciseFor(name),
    perHandFactor: perHandFactorOf(state.dumbbellRecording),
  });
}

/**
 * The planner's pure core, synchronous once the solver is loaded: request → template → weekly set
 * targets from the athlete's state → exercise selection MIP (HiGHS) → order per day → first-week
 * loads (model, rules, transfer, defaults) → block progression with a deload → rule score.
 */
export function generateProgramWith(solver: MipSolver, input: PlanRequestInput | PlanRequest, context: AthleteContext): GeneratedProgram {
  const request = planRequest(input);
  const state = athleteState(context);
  const lookup = catalogLookup(context.catalog);
  const targets = weeklyTargets(request.goal, state, request.priorities.muscles, request.excludedMuscles);
  const allowed = allowedExercises(request, context.catalog);
  const template = templateFor(request);
  refuseUnplannable(request, context.catalog, allowed, template);
  const familiarity = (id: string): number => Math.min(1, (state.sessionsByExercise.get(id) ?? 0) / 6);
  const priorityExercises = new Set(request.priorities.exercises);
  const anchors = anchorExercises(allowed, state.sessionsByExercise, priorityExercises);
  const priorityMuscles = new Set(request.priorities.muscles);
  const mainLifts = new Set(
    [...anchors, ...priorityExercises].filter((id) => {
      const e = lookup(id);
      return e !== undefined && (MAIN_LIFT_PATTERNS.has(e.pattern) || coveragePatternOf(e) === 'knee-dominant');
    }),
  );
  const level = athleteLevel(state.sessionCount, context.profile?.level);
  const scheme = (e: Exercise): RepScheme => GOAL_SCHEMES[request.goal][exerciseRole(e, mainLifts)];
  const candidates = template.days.map((day) =>
    dayCandidates(day, {
      allowed,
      familiarity,
      priorityExercises,
      anchorExercises: anchors,
      targets,
      minDirectSets: MIN_DIRECT_SETS_PER_WEEK,
      priorityMuscles,
    }),
  );
  const timing = (e: Exercise): { secPerSet: number; fixedSec: number } => {
    const s = scheme(e);
    const perSet = exerciseSeconds(1, s.reps[1], s.restSec, false) - SESSION_TIMING.setupSecPerExercise;
    return { secPerSet: perSet, fixedSec: exerciseSeconds(0, 0, 0, e.mechanic === 'compound') };
  };
  const capSec = (request.sessionTimeCapMin - SESSION_TIMING.generalWarmupMin) * 60;
  const required = coverageSkeleton({
    days: template.days,
    candidates,
    anchors,
    capSec,
    minSeconds: (e) => {
      const t = timing(e);
      return t.fixedSec + (mainLifts.has(e.id) || anchors.has(e.id) ? 3 : 2) * t.secPerSet;
    },
  });
  const selectionInput: SelectionInput = {
    days: template.days,
    candidates,
    targets,
    familiarity,
    priorityExercises,
    anchorExercises: anchors,
    priorityMuscles,
    timing,
    capSec,
    minRecoveryHours: MIN_RECOVERY_HOURS,
    maxSessionSetsPerMuscle: MAX_SETS_PER_MUSCLE_PER_SESSION,
    setsPerExercise: { min: 2, max: 5, anchorMin: 3, maxFor: (e) => MAX_SETS_PER_SESSION[exerciseRole(e, mainLifts)] },
    maxExercisesPerDay: MAX_EXERCISES_PER_DAY,
    minExercisesPerDay: MIN_EXERCISES_PER_SESSION,
    anchorSessions: (id) => {
      const e = lookup(id);
      return e ? anchorWeeklySessions(e) : 1;
    },
    anchorMaxSessions: (id) => {
      const e = lookup(id);
      return e ? maxWeeklySessions(e) : Infinity;
    },
  };
  // The week as the solver chooses it; when it misses a movement pattern the equipment allows, again
  // with the coverage skeleton required (docs/programming.md §Pattern coverage).
  const free = selectExercisesPerDay(solver, { ...selectionInput, minExercisesPerDay: undefined });
  const coverable = new Set(allowed.map((e) => coveragePatternOf(e)).filter((p) => p !== null));
  const covered = new Set(free.days.flatMap((day) => day.map((item) => coveragePatternOf(item.exercise))));
  const thin = free.days.some((day) => day.length < MIN_EXERCISES_PER_SESSION);
  const selection =
    [...coverable].every((p) => covered.has(p)) && !thin ? free : selectExercisesPerDay(solver, { ...selectionInput, required });

  const start = request.startDate ?? defaultStartDate(state.lastSessionDate);
  const withinCeilings = (days: ReadonlyArray<ReadonlyArray<{ exercise: Exercise; sets: number }>>): boolean => {
    const sets = new Map<MuscleGroupId, number>();
    for (const day of days) {
      const session = new Map<MuscleGroupId, number>();
      for (const { exercise, sets: n } of day)
        for (const t of exercise.targets) {
          const w = (t.role === 'primary' ? 1 : 0.5) * n;
          sets.set(t.muscle, (sets.get(t.muscle) ?? 0) + w);
          session.set(t.muscle, (session.get(t.muscle) ?? 0) + w);
        }
      if ([...session.values()].some((n) => n > MAX_SETS_PER_MUSCLE_PER_SESSION + 1e-9)) return false;
    }
    return [...sets].every(([m, n]) => n <= targets[m].ceiling + 1e-9);
  };
  const minSetsOf = (e: Exercise): number => (mainLifts.has(e.id) || anchors.has(e.id) ? 3 : 2);
  const balanced = balancePushPull(
    selection.days.map((day) => day.map((item) => ({ ...item }))),
    {
      maxSets: (e) => MAX_SETS_PER_SESSION[exerciseRole(e, mainLifts)],
      minSets: minSetsOf,
      daySeconds: (items) =>
        items.reduce((sec, { exercise, sets }) => {
          const t = timing(exercise);
          return sec + t.fixedSec + sets * t.secPerSet;
        }, 0),
      capSec,
      isMain: (e) => mainLifts.has(e.id),
      maxExercisesPerDay: MAX_EXERCISES_PER_DAY,
      additions: (d, days) => {
        const day = template.days[d];
        if (!day) return [];
        // Muscles trained as primary on days closer than the recovery window: an addition must not train them.
        const close = new Set<string>();
        template.days.forEach((other, o) => {
          if (o === d || weekdaysHoursApart(other.dayOfWeek, day.dayOfWeek) >= MIN_RECOVERY_HOURS) return;
          for (const item of days[o] ?? []) for (const t of item.exercise.targets) if (t.role === 'primary') close.add(t.muscle);
        });
        const ok = (candidates[d] ?? []).filter((e) => !e.targets.some((t) => t.role === 'primary' && close.has(t.muscle)));
        return [
          ...ok.filter((e) => mainLifts.has(e.id) || anchors.has(e.id)),
          ...ok.filter((e) => !mainLifts.has(e.id) && !anchors.has(e.id)),
        ];
      },
      keep: (d, e) => required[d]?.has(e.id) ?? false,
      withinCeilings,
      minExercisesPerDay: MIN_EXERCISES_PER_SESSION,
      target: PUSH_PULL_RATIO,
    },
  );
  const ordered = balanced.map((day) => orderDay(day, priorityExercises, priorityMuscles, anchors, mainLifts));
  // A day whose first exercise is a standard compound but not one of the block's main lifts (a second
  // knee-dominant day without the squat) trains it as its main lift: main scheme, at least 3 sets.
  const known = new Set([...state.historyByExercise.keys(), ...priorityExercises]);
  for (const day of ordered) {
    const first = day[0];
    if (!first || mainLifts.has(first.exercise.id) || !isAcceptableMainLift(first.exercise, known)) continue;
    if (coveragePatternOf(first.exercise) === 'vertical-pull') continue;
    const before = first.sets;
    first.sets = Math.max(first.sets, 3);
    if (withinCeilings(ordered)) mainLifts.add(first.exercise.id);
    else first.sets = before;
  }
  refuseThinDays(
    request,
    ordered.map((day, d) => ({ label: template.days[d]?.label ?? `day ${d + 1}`, exercises: day.length })),
  );
  const occurrences = new Map<string, number>();
  for (const day of ordered) for (const item of day) occurrences.set(item.exercise.id, (occurrences.get(item.exercise.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  const debutSource = debutSourceOf(context, request, state);
  const knownExerciseIds = [...state.historyByExercise.keys()];
  const capacities = new Map<string, Capacity | null>();
  const capacityOf = (id: string): Capacity | null => {
    if (!capacities.has(id)) capacities.set(id, capacityOfHistory(state.historyByExercise.get(id) ?? [], start));
    return capacities.get(id) ?? null;
  };
  const plates = context.plates ?? KG_PLATES;
  const stepFor = (e: Exercise): number => {
    const plate = request.equipmentLimits.smallestPlateKg;
    return plate !== undefined && (e.equipment === 'barbell' || e.equipment === 'e-z curl bar')
      ? 2 * plate
      : plateIncrementKg(e.equipment, OVERLOAD_DEFAULTS, plates);
  };
  const slots: SlotPlan[][] = ordered.map((day, d) =>
    day.map(({ exercise, sets }): SlotPlan => {
      const s = scheme(exercise);
      const k = seen.get(exercise.id) ?? 0;
      seen.set(exercise.id, k + 1);
      const asked = goalReps(
        request.goal,
        exercise,
        boundedReps(undulatedReps(s, k, occurrences.get(exercise.id) ?? 1), exercise, level),
        level,
      );
      const targetRpe = s.rpe[0];
      const load = baseLoad({
        athleteId: request.athleteId,
        date: addDays(start, (template.days[d]?.dayOfWeek ?? 1) - 1),
        exercise,
        reps: asked,
        targetRpe,
        history: state.historyByExercise.get(exercise.id) ?? [],
        acwr: state.acwr,
        predictionSource: context.predictionSource,
        debutSource,
        restSec: s.restSec,
        sets,
        capacity: capacityOf(exercise.id),
        capacityOf,
        stepKg: stepFor(exercise),
        unit: plates.unit,
        knownExerciseIds,
        lookup,
        profile: { level, ...context.profile },
      });
      const base: ProgramPrescription = {
        exerciseId: exercise.id,
        exerciseName: exercise.name,
        primaryMuscles: exercise.targets.filter((t) => t.role === 'primary').map((t) => t.muscle),
        secondaryMuscles: exercise.targets.filter((t) => t.role === 'secondary').map((t) => t.muscle),
        sets,
        // A first exposure may ask fewer reps (or an easier variant), never outside the plausible and the goal's range.
        reps: goalReps(request.goal, exercise, boundedReps(load.reps ?? asked, exercise, level), level),
        // Never "0 kg": body weight alone is null; an external load is at least the smallest implement step.
        loadKg: load.loadKg !== null && load.loadKg <= 0 ? (exercise.bodyweight ? null : stepFor(exercise)) : load.loadKg,
        loadPerHand: exercise.loading === 'per-hand',
        bodyweight: exercise.bodyweight,
        restSec: s.restSec,
        targetRpe,
        rationale:
          load.loadKg !== null && load.loadKg <= 0 && !exercise.bodyweight
            ? `new exercise: start with the lightest ${exercise.equipment} load (${formatWeight(stepFor(exercise), plates.unit)}), work up to RPE ${targetRpe} and adjust`
            : `${load.rationale}${perHandNote(exercise, state)}`,
        source: load.source,
        details: '',
        locked: false,
        adjustment: null,
      };
      const minSets = minSetsOf(exercise);
      return {
        base,
        peakSets: sets,
        minSets,
        rpe: s.rpe,
        compound: exercise.mechanic === 'compound',
        equipment: exercise.equipment,
        stepKg: stepFor(exercise),
        unit: plates.unit,
      };
    }),
  );

  const reference = strengthReference(
    knownExerciseIds.flatMap((id) => {
      const e = lookup(id);
      return e && MAIN_LIFT_PATTERNS.has(e.pattern) ? [{ exercise: e, capacity: capacityOf(id) }] : [];
    }),
  );
  const limits = {
    capacityOf,
    exercise: lookup,
    stepFor,
    unit: plates.unit,
    heaviestDumbbellKg: request.equipmentLimits.heaviestDumbbellKg,
    reference,
    isMainLift: (id: string) => mainLifts.has(id),
  };
  const program: Program = {
    programId: request.programId ?? programIdOf(request, start, state.sessionCount),
    athleteId: request.athleteId,
    daysPerWeek: request.daysPerWeek,
    goal: request.goal,
    startDate: start,
    weeks: expandBlock(slots, template.days, request.weeks, start, openingDeloadReason(state), (rx) => limitPrescription(rx, limits)),
  };
  for (const week of program.weeks)
    for (const day of week.days) day.prescriptions = day.prescriptions.map((rx) => ({ ...rx, ...coachRationale(rx, plates) }));
  const score = scorePlan(program, planningContext(request, context.catalog, targets, new Set(knownExerciseIds), capacityOf, level));
  const { days: _days, ...summary } = selection;
  return { program, score, selection: summary, state, request };
}

/** Async convenience: loads HiGHS once, then generates. Throws on an invalid request (message names the fields). */
export async function generateProgram(input: PlanRequestInput, context: AthleteContext): Promise<Program> {
  return generateProgramWith(await loadSolver(), input, context).program;
}
