/**
 * # Editing a program by hand
 *
 * `applyProgramEdit` is the one place a coach's edit of a program day is applied: update a
 * prescription's numbers, swap its exercise, add, remove or reorder prescriptions, lock one against
 * automatic changes — on this week only, or on this and the following weeks. "Following weeks" means
 * the same slot (the same exercise on the same day index) of every later week; locked prescriptions
 * there are left alone, and the progression is recomputed from the edit: a later load is scaled by
 * new ÷ old of the edited week (rounded to the plate step), so a deload keeps its cut. Pure: returns a
 * new program and never mutates its argument.
 *
 * @module
 */
import { KG_PLATES, type PlateSet, roundLoadKg } from '../overload/round-load.js';
import { formatLoad, formatWeight } from './format-load.js';
import type { PrescriptionAdjustment, Program, ProgramDay, ProgramPrescription } from './program.js';

export const EDIT_KINDS = ['update', 'swap', 'add', 'remove', 'reorder', 'lock'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];
export const EDIT_SCOPES = ['this-week', 'following-weeks'] as const;
export type EditScope = (typeof EDIT_SCOPES)[number];

/** The numbers an update may change (only those given). */
export interface PrescriptionChanges {
  sets?: number;
  reps?: number;
  loadKg?: number | null;
  restSec?: number;
  targetRpe?: number;
  rationale?: string;
}

/** Where: the program week and day (0-based) and, for all kinds but add, the prescription's place in the day. */
interface At {
  week: number;
  day: number;
  scope: EditScope;
}

export type ProgramEdit =
  | (At & { kind: 'update'; order: number; changes: PrescriptionChanges })
  | (At & { kind: 'swap'; order: number; replacement: ProgramPrescription })
  | (At & { kind: 'add'; prescription: ProgramPrescription })
  | (At & { kind: 'remove'; order: number })
  | (At & { kind: 'reorder'; order: number; toOrder: number })
  | (At & { kind: 'lock'; order: number; locked: boolean });

export interface EditOptions {
  /** Day of the edit (YYYY-MM-DD), stamped on the adjustment. */
  date: string;
  /** Plate step (kg) a prescription's load is rounded to; default 2.5 (1 for per-hand implements). */
  stepKg?: (rx: ProgramPrescription) => number;
  /** The athlete's plates: the unit the coach's wording states loads in (default kg). */
  plates?: PlateSet;
}

/** Why an edit cannot be applied: names the field and what would fix it. */
export class ProgramEditError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProgramEditError';
  }
}

const defaultStep = (rx: ProgramPrescription): number => (rx.loadPerHand ? 1 : 2.5);

function describe(rx: Pick<ProgramPrescription, 'sets' | 'reps' | 'loadKg'>, plates: PlateSet): string {
  return `${rx.sets}×${rx.reps}${rx.loadKg === null ? '' : ` @ ${formatWeight(rx.loadKg, plates.unit)}`}`;
}

/** "3 × 5 at 18 kg per hand": a prescription's numbers in a coach's words. */
function dose(rx: Pick<ProgramPrescription, 'sets' | 'reps' | 'loadKg' | 'loadPerHand' | 'bodyweight'>, plates: PlateSet): string {
  const load = formatLoad(rx, plates);
  return `${rx.sets} × ${rx.reps}${load === null ? '' : ` at ${load}`}`;
}

/**
 * A changed prescription's rationale, stating its own new numbers and what it replaced:
 * "3 × 5 at 18 kg per hand, RPE 8: set by the coach (was 3 × 3 at 18 kg per hand)". The generated
 * rationale it replaces moves to `details` (once: a second edit keeps the first one's details).
 */
function coachWording(
  before: ProgramPrescription,
  after: ProgramPrescription,
  why: string,
  plates: PlateSet,
): Pick<ProgramPrescription, 'rationale' | 'details'> {
  const generated = before.source === 'coach' || before.rationale === '' ? null : `Generated: ${before.rationale}`;
  return {
    rationale: `${dose(after, plates)}, RPE ${after.targetRpe}: ${why}`,
    details: [generated, before.details].filter((t) => t !== null && t !== '').join(' — '),
  };
}

function coachAdjustment(before: ProgramPrescription, reason: string, date: string): PrescriptionAdjustment {
  return {
    reason,
    date,
    by: 'coach',
    previous: { sets: before.sets, reps: before.reps, loadKg: before.loadKg, targetRpe: before.targetRpe },
  };
}

function dayAt(program: Program, week: number, day: number): ProgramDay {
  const w = program.weeks[week];
  if (w === undefined) throw new ProgramEditError('week', `week ${week} does not exist: the block has weeks 0–${program.weeks.length - 1}`);
  const d = w.days[day];
  if (d === undefined) throw new ProgramEditError('day', `week ${week} has no day ${day}: it has days 0–${w.days.length - 1}`);
  return d;
}

function rxAt(d: ProgramDay, order: number): ProgramPrescription {
  const rx = d.prescriptions[order];
  if (rx === undefined)
    throw new ProgramEditError('order', `day ${d.index} has no prescription ${order}: it has 0–${d.prescriptions.length - 1}`);
  return rx;
}

/** new ÷ old of a load, or null when it cannot scale (either side absent or zero). */
const ratioOf = (before: number | null, after: number | null): number | null =>
  before === null || after === null || before <= 0 ? null : after / before;

/** Applies `edit` to a copy of `program` (see the module comment); throws ProgramEditError naming the field. */
export function applyProgramEdit(program: Program, edit: ProgramEdit, options: EditOptions): Program {
  const step = options.stepKg ?? defaultStep;
  const plates = options.plates ?? KG_PLATES;
  const next: Program = structuredClone(program);
  const day = dayAt(next, edit.week, edit.day);
  const laterDays = (): ProgramDay[] =>
    edit.scope === 'following-weeks'
      ? next.weeks.slice(edit.week + 1).flatMap((w) => {
          const d = w.days[edit.day];
          return d === undefined ? [] : [d];
        })
      : [];
  /** In a later day, the prescription in the slot of `exerciseId` (unlocked), with its place. */
  const slot = (d: ProgramDay, exerciseId: string): { rx: ProgramPrescription; order: number } | null => {
    const order = d.prescriptions.findIndex((p) => p.exerciseId === exerciseId);
    const rx = d.prescriptions[order];
    return rx === undefined || rx.locked ? null : { rx, order };
  };
  const deloadOf = (d: ProgramDay): boolean => next.weeks.find((w) => w.days.includes(d))?.deload === true;

  switch (edit.kind) {
    case 'update': {
      const before = rxAt(day, edit.order);
      const c = edit.changes;
      const after: ProgramPrescription = {
        ...before,
        ...(c.sets !== undefined && { sets: c.sets }),
        ...(c.reps !== undefined && { reps: c.reps }),
        ...(c.loadKg !== undefined && { loadKg: c.loadKg }),
        ...(c.restSec !== undefined && { restSec: c.restSec }),
        ...(c.targetRpe !== undefined && { targetRpe: c.targetRpe }),
        source: 'coach',
      };
      Object.assign(after, coachWording(before, after, `set by the coach (was ${dose(before, plates)})`, plates));
      if (c.rationale !== undefined) after.rationale = c.rationale;
      const reason = `coach edit: ${describe(before, plates)} → ${describe(after, plates)}`;
      after.adjustment = coachAdjustment(before, reason, options.date);
      day.prescriptions[edit.order] = after;
      const ratio = c.loadKg !== undefined ? ratioOf(before.loadKg, c.loadKg) : null;
      for (const d of laterDays()) {
        const hit = slot(d, before.exerciseId);
        if (hit === null) continue;
        const deload = deloadOf(d);
        const loadKg =
          c.loadKg === undefined
            ? hit.rx.loadKg
            : ratio !== null && hit.rx.loadKg !== null
              ? roundLoadKg(hit.rx.loadKg * ratio, step(hit.rx))
              : c.loadKg;
        const changed: ProgramPrescription = {
          ...hit.rx,
          loadKg,
          // A deload keeps its own (lower) sets; the other numbers follow the edit.
          ...(c.sets !== undefined && !deload && { sets: c.sets }),
          ...(c.reps !== undefined && { reps: c.reps }),
          ...(c.restSec !== undefined && { restSec: c.restSec }),
          ...(c.targetRpe !== undefined && !deload && { targetRpe: c.targetRpe }),
          source: 'coach',
        };
        Object.assign(
          changed,
          coachWording(hit.rx, changed, `set by the coach from week ${edit.week + 1} (was ${dose(hit.rx, plates)})`, plates),
        );
        changed.adjustment = coachAdjustment(hit.rx, `${reason} (from week ${edit.week + 1})`, options.date);
        d.prescriptions[hit.order] = changed;
      }
      return next;
    }
    case 'swap': {
      const before = rxAt(day, edit.order);
      if (before.locked) throw new ProgramEditError('order', `${before.exerciseName} is locked; unlock it before swapping it`);
      const reason = `coach swap: ${before.exerciseName} → ${edit.replacement.exerciseName}`;
      const swapped = (old: ProgramPrescription, numbers: Pick<ProgramPrescription, 'sets' | 'reps' | 'loadKg'>): ProgramPrescription => {
        const rx: ProgramPrescription = {
          ...edit.replacement,
          ...numbers,
          locked: false,
          source: 'coach',
          adjustment: coachAdjustment(old, reason, options.date),
        };
        const why = `swapped in by the coach for ${old.exerciseName}${old === before ? '' : ` from week ${edit.week + 1}`} (was ${dose(old, plates)})`;
        // The swap's own wording replaces the replacement's generated rationale; that one goes to details.
        return { ...rx, ...coachWording(edit.replacement, rx, why, plates) };
      };
      day.prescriptions[edit.order] = swapped(before, {
        sets: edit.replacement.sets,
        reps: edit.replacement.reps,
        loadKg: edit.replacement.loadKg,
      });
      for (const d of laterDays()) {
        const hit = slot(d, before.exerciseId);
        if (hit === null) continue;
        // The later week keeps its progression relative to the edited week (a deload its cut).
        const ratio = ratioOf(before.loadKg, hit.rx.loadKg);
        const loadKg =
          edit.replacement.loadKg === null
            ? null
            : ratio === null
              ? edit.replacement.loadKg
              : roundLoadKg(edit.replacement.loadKg * ratio, step(edit.replacement));
        d.prescriptions[hit.order] = swapped(hit.rx, { sets: hit.rx.sets, reps: hit.rx.reps, loadKg });
      }
      return next;
    }
    case 'add': {
      const added: ProgramPrescription = { ...edit.prescription, source: 'coach', locked: false, adjustment: null };
      day.prescriptions.push(added);
      for (const d of laterDays()) {
        if (d.prescriptions.some((p) => p.exerciseId === added.exerciseId)) continue;
        // A deload week takes half the sets (at least one), as the generated deloads cut volume.
        d.prescriptions.push(deloadOf(d) ? { ...added, sets: Math.max(1, Math.ceil(added.sets / 2)) } : { ...added });
      }
      return next;
    }
    case 'remove': {
      const before = rxAt(day, edit.order);
      day.prescriptions.splice(edit.order, 1);
      for (const d of laterDays()) {
        const hit = slot(d, before.exerciseId);
        if (hit !== null) d.prescriptions.splice(hit.order, 1);
      }
      return next;
    }
    case 'reorder': {
      const before = rxAt(day, edit.order);
      const move = (d: ProgramDay, from: number): void => {
        const [rx] = d.prescriptions.splice(from, 1);
        if (rx !== undefined) d.prescriptions.splice(Math.min(Math.max(0, edit.toOrder), d.prescriptions.length), 0, rx);
      };
      if (edit.toOrder < 0 || edit.toOrder >= day.prescriptions.length)
        throw new ProgramEditError('toOrder', `toOrder must be 0–${day.prescriptions.length - 1}, got ${edit.toOrder}`);
      move(day, edit.order);
      for (const d of laterDays()) {
        const hit = slot(d, before.exerciseId);
        if (hit !== null) move(d, hit.order);
      }
      return next;
    }
    case 'lock': {
      const before = rxAt(day, edit.order);
      day.prescriptions[edit.order] = { ...before, locked: edit.locked };
      for (const d of laterDays()) {
        const order = d.prescriptions.findIndex((p) => p.exerciseId === before.exerciseId);
        const rx = d.prescriptions[order];
        if (rx !== undefined) d.prescriptions[order] = { ...rx, locked: edit.locked };
      }
      return next;
    }
  }
}
