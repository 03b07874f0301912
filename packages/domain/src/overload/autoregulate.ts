import { guardLimitKg, LOAD_GUARD, prescriptionE1RmKg } from '../capacity/load-guard.js';
import { rirOfRpe } from '../capacity/implied-e1rm.js';
import { LIFTGRAPH_CATALOG } from '../catalog/liftgraph-catalog.js';
import { DomainError } from '../errors.js';
import type { Equipment } from '../exercise/exercise.js';
import type { Program, ProgramDay, ProgramPrescription } from '../program/program.js';
import type { LoggedWorkoutSession, LoggedWorkoutSet } from '../science/logged-workout.js';
import { applyOverload } from './apply-overload.js';
import { type LoggedVerdict, num, readLoggedExercise, shortDate, type Verdict } from './logged-verdict.js';
import { OVERLOAD_DEFAULTS, type OverloadParams } from './overload-defaults.js';
import { formatWeight } from '../program/format-load.js';
import type { WeightUnit } from '../units.js';
import { plateIncrementKg, type PlateSet, roundLoadKg } from './round-load.js';
import { rpeTargetRule } from './rpe-target-rule.js';

/** The numbers of a prescription a change moves (the shape of `adjustment.previous`). */
export interface PrescriptionNumbers {
  sets: number;
  reps: number;
  loadKg: number | null;
  targetRpe: number;
}

/** One prescription autoregulation changed, with the coach-worded reason shown to athlete and coach. */
export interface AutoregulationChange {
  week: number;
  day: number;
  /** 0-based position of the prescription in its day. */
  order: number;
  /** The changed session's date. */
  date: string;
  exerciseId: string;
  exerciseName: string;
  reason: string;
  before: PrescriptionNumbers;
  after: PrescriptionNumbers;
}

/** How each logged exercise was read, changed or not ("on target … progression kept", "no increase: ACWR 1.62 > 1.5"). */
export interface AutoregulationVerdict {
  exerciseId: string;
  exerciseName: string;
  verdict: Verdict | 'not-in-program';
  /** One line: the cause, and what it did (or why nothing changed). */
  summary: string;
  /** Prescriptions changed for this exercise. */
  changed: number;
}

export interface AutoregulateInput {
  program: Program;
  /** The logged session: its date and each exercise's sets (warm-ups marked, blank sets `done: false`). */
  session: Pick<LoggedWorkoutSession, 'date' | 'exercises'>;
  /** The program day the session fulfils; null for a session logged outside the program's days. */
  fulfilled: { week: number; day: number } | null;
  /** The athlete's today (`YYYY-MM-DD`): days before it are past (done or missed) and never changed. */
  today: string;
  /** The athlete's ACWR (the one domain definition), null when unknown: damps or blocks increases (§ACWR zones). */
  acwr: number | null;
  /** Days other logged sessions already fulfil: never changed. */
  doneDays?: readonly { week: number; day: number }[];
  /** The equipment of an exercise (its plate step); default the Liftgraph catalog, else dumbbell for per-hand loads. */
  equipmentOf?: (exerciseId: string) => Equipment | undefined;
  /** The athlete's plates (kg or lb, microplates): loads land on their steps; default kg plates. */
  plates?: PlateSet;
  params?: OverloadParams;
}

export interface AutoregulateResult {
  program: Program;
  changes: AutoregulationChange[];
  verdicts: AutoregulationVerdict[];
}

interface Slot {
  week: number;
  deload: boolean;
  day: ProgramDay;
  order: number;
  rx: ProgramPrescription;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const EPS = 1e-9;
const CATALOG_EQUIPMENT = new Map(LIFTGRAPH_CATALOG.map((e) => [e.id, e.equipment]));

function invalid(field: string, value: unknown, cause: string, fix: string): DomainError {
  return new DomainError('INVALID_ARGUMENT', `${field} ${cause}, got ${JSON.stringify(value)}. Fix: ${fix}`);
}

function validate(input: AutoregulateInput): void {
  if (!ISO_DAY.test(input.session.date))
    throw invalid('session.date', input.session.date, 'must be YYYY-MM-DD', 'pass the day of the session');
  if (!ISO_DAY.test(input.today)) throw invalid('today', input.today, 'must be YYYY-MM-DD', "pass the athlete's today");
  if (input.acwr !== null && !Number.isFinite(input.acwr))
    throw invalid('acwr', input.acwr, 'must be a finite number or null', 'pass null when unknown');
  const f = input.fulfilled;
  if (f && !input.program.weeks[f.week]?.days[f.day]) {
    throw invalid(
      'fulfilled',
      f,
      `is not a day of program ${input.program.programId}`,
      'pass the week and day (0-based) of a day of the program, or null',
    );
  }
}

const numbersOf = (rx: ProgramPrescription): PrescriptionNumbers => ({
  sets: rx.sets,
  reps: rx.reps,
  loadKg: rx.loadKg,
  targetRpe: rx.targetRpe,
});

/** Every prescription of the program in calendar order (date, then week and day). */
function slotsOf(program: Program): Slot[] {
  const slots: Slot[] = [];
  for (const w of program.weeks)
    for (const d of w.days) d.prescriptions.forEach((rx, order) => slots.push({ week: w.index, deload: w.deload, day: d, order, rx }));
  return slots.sort((a, b) => a.day.date.localeCompare(b.day.date) || a.week - b.week || a.day.index - b.day.index || a.order - b.order);
}

/** "−2.5 kg", "+2 kg per hand", "−5 lb", "−1 rep", "body weight alone (was +5 kg)": in the athlete's unit. */
function changeText(before: ProgramPrescription, after: { reps: number; loadKg: number | null }, unit: WeightUnit): string {
  const parts: string[] = [];
  const was = before.loadKg ?? 0;
  const now = after.loadKg ?? 0;
  if (Math.abs(now - was) > EPS) {
    if (before.bodyweight && now <= 0) parts.push(`body weight alone (was +${formatWeight(was, unit)})`);
    else parts.push(`${now > was ? '+' : '−'}${formatWeight(Math.abs(now - was), unit)}${before.loadPerHand ? ' per hand' : ''}`);
  }
  if (after.reps !== before.reps) {
    const d = after.reps - before.reps;
    parts.push(`${d > 0 ? '+' : '−'}${Math.abs(d)} rep${Math.abs(d) === 1 ? '' : 's'}`);
  }
  return parts.join(', ');
}

interface Recomputed {
  reps: number;
  loadKg: number | null;
  /** Why the number is what it is beyond the cause (guard, ACWR), appended to the reason. */
  note: string;
}

/**
 * The next occurrence recomputed from the verdict. Loads: a miss rescales by the sets' mean e1RM ÷ the planned e1RM
 * (at most the RPE rule's ±10 %, rounded down to the plate step); hard and easy go through the RPE-target
 * rule with its guardrails (ACWR, +10 %/week) and the load guard (shown e1RM + 5 %) caps any increase.
 * Body weight: reps move (−the reps to failure missed, −1 when hard, +1 when easy); added load moves by one step.
 */
/** The unit the athlete reads loads in (their plates'), kg by default. */
const unitOf = (input: AutoregulateInput): WeightUnit => input.plates?.unit ?? 'kg';
/** An e1RM in a note: to 0.1 kg as before, or in lb for an lbs athlete. */
const e1rmText = (e1RmKg: number, unit: WeightUnit): string => (unit === 'kg' ? `${num(e1RmKg)} kg` : formatWeight(e1RmKg, unit));

function recompute(
  read: LoggedVerdict,
  reference: ProgramPrescription,
  next: Slot,
  input: AutoregulateInput,
  equipment: Equipment | undefined,
  params: OverloadParams,
): Recomputed {
  const stepKg = plateIncrementKg(equipment, params, input.plates);
  const rx = next.rx;
  const keep: Recomputed = { reps: rx.reps, loadKg: rx.loadKg, note: '' };
  const danger = input.acwr !== null && input.acwr > params.guardrails.acwrDanger;
  const acwrNote = `no increase: ACWR ${num(input.acwr ?? 0)} > ${params.guardrails.acwrDanger}`;
  const load = rx.loadKg ?? 0;

  if (load <= 0) {
    // Reps only (body weight alone, or nothing to load).
    if (read.verdict === 'missed') {
      const planned = reference.reps + read.targetRir;
      const lost = Math.max(1, Math.round(planned - (read.shownToFailure ?? planned)));
      return { ...keep, reps: Math.max(1, rx.reps - lost) };
    }
    if (read.verdict === 'hard') return { ...keep, reps: Math.max(1, rx.reps - 1) };
    if (read.verdict === 'easy') {
      if (danger) return { ...keep, note: acwrNote };
      const room = (read.shownToFailure ?? 0) - rirOfRpe(rx.targetRpe);
      return rx.reps + 1 <= Math.max(rx.reps, room)
        ? { ...keep, reps: rx.reps + 1 }
        : { ...keep, note: `held: ${rx.reps + 1} reps would pass the reps to failure shown` };
    }
    return keep;
  }

  if (rx.bodyweight) {
    // Added load on a body-weight exercise: one step at a time (the body's share of the load is unknown here).
    if (read.verdict === 'missed' || read.verdict === 'hard') {
      const lighter = roundLoadKg(Math.max(0, load - stepKg), stepKg, 'down');
      return { ...keep, loadKg: lighter > 0 ? lighter : null };
    }
    if (read.verdict === 'easy') return danger ? { ...keep, note: acwrNote } : { ...keep, loadKg: load + stepKg };
    return keep;
  }

  if (read.verdict === 'missed') {
    const planned = prescriptionE1RmKg(reference);
    if (read.meanE1RmKg === null || planned === null) return { ...keep, loadKg: roundLoadKg(Math.max(0, load - stepKg), stepKg, 'down') };
    const ratio = Math.max(1 - params.rpeTarget.maxChangePct / 100, Math.min(1, read.meanE1RmKg / planned));
    const lighter = roundLoadKg(load * ratio, stepKg, 'down');
    return lighter < load - EPS
      ? { ...keep, loadKg: lighter }
      : { ...keep, note: `the e1RM shown (${e1rmText(read.meanE1RmKg, unitOf(input))}) still allows it` };
  }
  if (read.verdict !== 'easy' && read.verdict !== 'hard') return keep;

  // Hard or easy: the RPE-target rule on the hardest set at the prescribed reps, through applyOverload's guardrails and rounding.
  const topKg = Math.max(...read.done.map((s) => s.weightKg));
  const decision = applyOverload(
    [{ date: input.session.date, targetReps: reference.reps, sets: [{ weightKg: topKg, reps: reference.reps, rir: read.hardestRir }] }],
    {
      date: next.day.date,
      current: { weightKg: load, reps: rx.reps, restSec: rx.restSec, sets: rx.sets },
      targetRpe: reference.targetRpe,
      acwr: input.acwr,
      equipment,
    },
    [rpeTargetRule],
    params,
  );
  if (read.verdict === 'hard') {
    const lighter = Math.min(decision.weightKg, load);
    return lighter < load - EPS ? { ...keep, loadKg: lighter } : { ...keep, note: 'less than one plate step' };
  }
  if (danger) return { ...keep, note: acwrNote };
  // The load guard needs a capacity: sets logged without load show none, so they never justify a heavier load.
  if (read.shownE1RmKg === null) return { ...keep, note: 'no loaded set to read a capacity from' };
  let heavier = decision.weightKg;
  const notes: string[] = [];
  if (input.acwr !== null && input.acwr > params.guardrails.acwrCaution)
    notes.push(`increase × ${params.guardrails.cautionFactor}: ACWR ${num(input.acwr)}`);
  const limit = guardLimitKg({ e1RmKg: read.shownE1RmKg }, rx.reps, rx.targetRpe, stepKg);
  if (heavier > Math.max(load, limit) + EPS) {
    heavier = Math.max(load, limit);
    notes.push(`held to the load guard: e1RM ${e1rmText(read.shownE1RmKg, unitOf(input))} + ${LOAD_GUARD.marginPct} %`);
  }
  if (heavier <= load + EPS) return { ...keep, note: notes.join('; ') || 'less than one plate step' };
  return { ...keep, loadKg: heavier, note: notes.join('; ') };
}

/**
 * Autoregulation after a logged session (docs/science.md §Autoregulation). For every exercise logged,
 * reads the sets against the fulfilled day's prescription of it (else the latest prescription of it on
 * or before the session's date), then recomputes the next not-yet-done occurrence of each of its slots
 * (same exercise, same day of the week — Monday's bench logged → Wednesday's bench, Friday's, next
 * Monday's) and carries the change into the later weeks of those slots proportionally (loads scaled by
 * new ÷ old and rounded to the nearest plate step, so deloads keep their cut; body-weight reps shifted).
 * Future means dated after the session and not before `today`, not skipped, and not fulfilled by this
 * or another logged session. Locked prescriptions are never touched; every changed one gets an
 * `adjustment` (reason, the session's date, `by: 'autoregulation'`, its previous numbers). Pure: the
 * input program is not modified.
 */
export function autoregulate(input: AutoregulateInput): AutoregulateResult {
  validate(input);
  const params = input.params ?? OVERLOAD_DEFAULTS;
  const program = structuredClone(input.program);
  const { session, fulfilled } = input;
  const slots = slotsOf(program);
  const done = new Set([...(input.doneDays ?? []), ...(fulfilled ? [fulfilled] : [])].map((d) => `${d.week}/${d.day}`));
  const isFuture = (s: Slot): boolean =>
    s.day.date > session.date && s.day.date >= input.today && s.day.status === 'planned' && !done.has(`${s.week}/${s.day.index}`);
  const changes: AutoregulationChange[] = [];
  const verdicts: AutoregulationVerdict[] = [];

  const exerciseIds = [...new Set(session.exercises.map((e) => e.exerciseId))];
  for (const exerciseId of exerciseIds) {
    const logged = session.exercises.filter((e) => e.exerciseId === exerciseId);
    const sets: LoggedWorkoutSet[] = logged.flatMap((e) => [...e.sets]);
    const own = slots.filter((s) => s.rx.exerciseId === exerciseId);
    const reference =
      (fulfilled && own.find((s) => s.week === fulfilled.week && s.day.index === fulfilled.day)) ??
      own.filter((s) => s.day.date <= session.date).at(-1);
    const exerciseName = reference?.rx.exerciseName ?? logged[0]?.exerciseName ?? exerciseId;
    if (!reference) {
      verdicts.push({
        exerciseId,
        exerciseName,
        verdict: 'not-in-program',
        summary: 'not prescribed on or before this session: nothing to compare against',
        changed: 0,
      });
      continue;
    }
    const read = readLoggedExercise(sets, reference.rx, session.date, params);
    const equipment =
      input.equipmentOf?.(exerciseId) ?? CATALOG_EQUIPMENT.get(exerciseId) ?? (reference.rx.loadPerHand ? 'dumbbell' : undefined);
    const stepKg = plateIncrementKg(equipment, params, input.plates);
    let changed = 0;
    const notes: string[] = [];

    const record = (slot: Slot, after: { reps: number; loadKg: number | null }, reason: string): void => {
      const before = numbersOf(slot.rx);
      slot.rx.reps = after.reps;
      slot.rx.loadKg = after.loadKg;
      slot.rx.adjustment = { reason, date: session.date, by: 'autoregulation', previous: before };
      changes.push({
        week: slot.week,
        day: slot.day.index,
        order: slot.order,
        date: slot.day.date,
        exerciseId,
        exerciseName: slot.rx.exerciseName,
        reason,
        before,
        after: numbersOf(slot.rx),
      });
      changed += 1;
    };

    if (read.verdict !== 'on-target' && read.verdict !== 'not-done') {
      const future = own.filter(isFuture);
      const dayIndexes = [...new Set(future.map((s) => s.day.index))];
      for (const dayIndex of dayIndexes) {
        const slotRun = future.filter((s) => s.day.index === dayIndex);
        const next = slotRun.find((s) => !s.rx.locked);
        if (!next) continue;
        const original = { reps: next.rx.reps, loadKg: next.rx.loadKg };
        const result = recompute(read, reference.rx, next, input, equipment, params);
        if (result.note) notes.push(`${shortDate(next.day.date)}: ${result.note}`);
        const same = result.reps === original.reps && Math.abs((result.loadKg ?? 0) - (original.loadKg ?? 0)) < EPS;
        if (same) continue;
        const text = changeText(next.rx, result, unitOf(input));
        record(next, result, `${text}: ${read.cause}${result.note ? ` (${result.note})` : ''}`);

        // Carry the change into the later weeks of the slot, progression recomputed from the new numbers.
        const ratio = original.loadKg && result.loadKg ? result.loadKg / original.loadKg : null;
        const shiftKg = (result.loadKg ?? 0) - (original.loadKg ?? 0);
        const shiftReps = result.reps - original.reps;
        const from = shortDate(next.day.date);
        for (const later of slotRun.filter((s) => s.day.date > next.day.date && !s.rx.locked)) {
          const rx = later.rx;
          let loadKg = rx.loadKg;
          if (rx.loadKg !== null && rx.loadKg > 0) {
            if (ratio !== null && !rx.bodyweight) {
              const up = ratio > 1;
              loadKg = roundLoadKg(rx.loadKg * ratio, stepKg, 'nearest');
              if (up && read.shownE1RmKg !== null)
                loadKg = Math.min(loadKg, Math.max(rx.loadKg, guardLimitKg({ e1RmKg: read.shownE1RmKg }, rx.reps, rx.targetRpe, stepKg)));
              if (up ? loadKg < rx.loadKg : loadKg > rx.loadKg) loadKg = rx.loadKg;
            } else if (rx.bodyweight) {
              const shifted = rx.loadKg + shiftKg;
              loadKg = shifted > EPS ? shifted : null;
            }
          }
          const reps = Math.max(1, rx.reps + shiftReps);
          const after = { reps, loadKg };
          if (reps === rx.reps && Math.abs((loadKg ?? 0) - (rx.loadKg ?? 0)) < EPS) continue;
          record(later, after, `${changeText(rx, after, unitOf(input))}: ${read.cause} (carried forward from ${from})`);
        }
      }
    }

    const did = changed > 0 ? `${changed} prescription${changed === 1 ? '' : 's'} changed` : 'no change';
    const why =
      read.verdict === 'on-target'
        ? 'progression kept'
        : read.verdict === 'not-done'
          ? 'nothing to adjust from'
          : [did, ...notes].join('; ');
    verdicts.push({ exerciseId, exerciseName, verdict: read.verdict, summary: `${read.cause}: ${why}`, changed });
  }
  changes.sort((a, b) => a.date.localeCompare(b.date) || a.week - b.week || a.day - b.day || a.order - b.order);
  return { program, changes, verdicts };
}
