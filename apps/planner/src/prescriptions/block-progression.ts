import { plateIncrementKg, roundLoadKg, formatWeight, type WeightUnit } from '@liftgraph/domain';
import { type ProgramPrescription, type ProgramWeek, sessionDate } from '@liftgraph/domain/program';
import { rtsFraction } from './strength-ratios.js';

/**
 * Block shape (docs/science.md §Periodisation): deload in the last week of blocks ≥ 4 weeks and every
 * 6th week; sets ramp MEV → peak.
 */
export const BLOCK_PROGRESSION = {
  deloadEvery: 6,
  minWeeksForDeload: 4,
  /**
   * First hard week's sets as a fraction of the peak (RP: start near MEV, add sets toward MAV/MRV,
   * docs/science.md §Periodisation). The peak sits inside MAV (weekly-targets.ts), so 0.7 of it lands near MEV for most
   * muscles (chest 14 → ~10 = MEV). Never below the slot's `minSets`.
   */
  firstWeekSetFactor: 0.7,
  /** Planned e1RM progression per hard week (ASSUMPTION, conservative; the log corrects it each block). */
  weeklyGainPct: { compound: 1, isolation: 0.5 },
  /**
   * Deload weeks cut both volume and load against the hard week before them (docs/science.md
   * §Deloads: Bell et al. 2022 — coaches cut volume and load or effort; the fact sheet's default halves
   * the sets): sets × 0.5 (at least 1) and load × 0.9 rounded down (−10 %), RPE − 1.5. Body-weight
   * work without added load, and loads too light to step down, deload by sets alone (× 0.5, rounded
   * down, at least 1).
   */
  deloadSetFactor: 0.5,
  deloadLoadFactor: 0.9,
  deloadRpeDrop: 1.5,
};

export function isDeloadWeek(index: number, weeks: number, deloadFirst = false): boolean {
  const b = BLOCK_PROGRESSION;
  if (weeks < b.minWeeksForDeload) return false;
  // Opening with a deload: week 1, then every `deloadEvery` weeks after it; the block ends hard.
  if (deloadFirst) return index % b.deloadEvery === 0;
  return index === weeks - 1 || (index + 1) % b.deloadEvery === 0;
}

/**
 * When a block should open with its deload instead of closing with it (docs/science.md §Deload timing: deload every
 * 4–6 hard weeks, or when readiness or performance drops; Bell et al. 2022: coaches deload on
 * fatigue): the athlete arrives with ≥ `maxHardWeeks` hard weeks since a lighter week, an ACWR in the
 * danger zone, or many sets with missed reps. Null = not fatigued (deload closes the block).
 */
export const DELOAD_TRIGGERS = { maxHardWeeks: 5, acwrAbove: 1.5, missedRepRateAbove: 0.3 };

export function openingDeloadReason(state: { hardWeeksSinceLighter: number; acwr: number | null; missedRepRate: number }): string | null {
  const t = DELOAD_TRIGGERS;
  if (state.hardWeeksSinceLighter >= t.maxHardWeeks) return `${state.hardWeeksSinceLighter} hard weeks since a lighter week`;
  if (state.acwr !== null && state.acwr > t.acwrAbove) return `ACWR ${state.acwr.toFixed(2)} > ${t.acwrAbove}`;
  if (state.missedRepRate > t.missedRepRateAbove) return `${Math.round(state.missedRepRate * 100)} % of recent exercises with missed reps`;
  return null;
}

export interface WeekShape {
  deload: boolean;
  /** 0-based index among the hard weeks (deloads repeat the previous one). */
  hardIndex: number;
  hardWeeks: number;
}

export function weekShapes(weeks: number, deloadFirst = false): WeekShape[] {
  const flags = Array.from({ length: weeks }, (_, i) => isDeloadWeek(i, weeks, deloadFirst));
  const hardWeeks = Math.max(1, flags.filter((f) => !f).length);
  let h = -1;
  return flags.map((deload) => {
    if (!deload) h += 1;
    return { deload, hardIndex: Math.max(0, h), hardWeeks };
  });
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const half = (x: number): number => Math.round(x * 2) / 2;

/** Sets of a slot in a hard week whose volume is `factor` of the peak's: rounded, never below its minimum (nor above the peak). */
export function hardWeekSets(peakSets: number, minSets: number, factor: number): number {
  return Math.min(peakSets, Math.max(Math.min(peakSets, minSets), Math.round(peakSets * factor)));
}

export interface SlotPlan {
  base: ProgramPrescription;
  peakSets: number;
  /** Fewest sets in a hard week (main lifts 3: they carry the block; others 2). */
  minSets?: number;
  rpe: readonly [number, number];
  compound: boolean;
  equipment: Parameters<typeof plateIncrementKg>[0];
  /** Load step of this slot (the equipment's increment, or twice the gym's smallest plate on a bar). */
  stepKg?: number;
  /** The athlete's unit: load changes in the rationale are worded in it (default kg). */
  unit?: WeightUnit;
}

/** A deload's sets and load against the week before it (see BLOCK_PROGRESSION.deloadLoadFactor). */
function deloaded(
  sets: number,
  loadKg: number | null,
  stepKg: number,
  unit: WeightUnit = 'kg',
): { sets: number; loadKg: number | null; change: string } {
  const b = BLOCK_PROGRESSION;
  const lighterKg = loadKg === null ? 0 : roundLoadKg(loadKg * b.deloadLoadFactor, stepKg, 'down');
  // No added load, or a load too light to step down (a 4 kg kettlebell): the deload cuts sets alone.
  if (loadKg === null || lighterKg <= 0) {
    const fewer = Math.max(1, Math.floor(sets * b.deloadSetFactor));
    return { sets: fewer, loadKg, change: `${sets} → ${fewer} set${fewer === 1 ? '' : 's'}` };
  }
  const fewer = Math.max(1, Math.round(sets * b.deloadSetFactor));
  return {
    sets: fewer,
    loadKg: lighterKg,
    change: `${sets} → ${fewer} set${fewer === 1 ? '' : 's'}, ${formatWeight(loadKg, unit)} → ${formatWeight(lighterKg, unit)}`,
  };
}

function weekChange(loadKg: number, prevKg: number, unit: WeightUnit = 'kg'): string {
  if (Math.abs(loadKg - prevKg) < 1e-9) return 'same load';
  return `${loadKg > prevKg ? '+' : '−'}${formatWeight(Math.abs(loadKg - prevKg), unit)} on last week`;
}

/** The prescription of one exercise slot in week `w` (see BLOCK_PROGRESSION). `prev` = the slot in the week before. */
export function progressSlot(
  slot: SlotPlan,
  shape: WeekShape,
  weekIndex: number,
  weeks: number,
  prev: ProgramPrescription | null,
  openingDeload: string | null = null,
): ProgramPrescription {
  const b = BLOCK_PROGRESSION;
  const t = shape.hardWeeks <= 1 ? 1 : shape.hardIndex / (shape.hardWeeks - 1);
  const step = slot.stepKg ?? plateIncrementKg(slot.equipment);
  if (shape.deload && !prev) {
    // Opening deload: against the block's first hard week (its starting sets at the week-1 load).
    const start = Math.max(Math.min(slot.peakSets, slot.minSets ?? 1), Math.round(slot.peakSets * b.firstWeekSetFactor));
    const d = deloaded(start, slot.base.loadKg, step, slot.unit);
    const rpe = Math.max(5, half(slot.rpe[0] - b.deloadRpeDrop));
    return {
      ...slot.base,
      sets: d.sets,
      loadKg: d.loadKg,
      targetRpe: rpe,
      rationale: `deload first (${openingDeload ?? 'fatigue'}): ${d.change} against the first hard week, RPE ${rpe} (sets −50 %, load −10 %)`,
    };
  }
  if (shape.deload && prev) {
    const d = deloaded(prev.sets, prev.loadKg, step, slot.unit);
    const rpe = Math.max(5, half(prev.targetRpe - b.deloadRpeDrop));
    return {
      ...prev,
      sets: d.sets,
      loadKg: d.loadKg,
      targetRpe: rpe,
      rationale: `deload: ${d.change}, RPE ${rpe} (sets −50 %, load −10 %)`,
    };
  }
  const rpe = half(lerp(slot.rpe[0], slot.rpe[1], t));
  const sets = hardWeekSets(slot.peakSets, slot.minSets ?? 1, lerp(b.firstWeekSetFactor, 1, t));
  // The first hard week carries the load decision and its reason (after an opening deload too).
  if (weekIndex === 0 || !prev || (shape.hardIndex === 0 && prev)) return { ...slot.base, sets, targetRpe: rpe };
  const reps = slot.base.reps;
  const baseLoadKg = slot.base.loadKg;
  if (baseLoadKg === null || baseLoadKg <= 0 || prev.loadKg === null) {
    return {
      ...slot.base,
      sets,
      targetRpe: rpe,
      rationale: `${slot.base.rationale}; ${sets === slot.peakSets ? `${sets} sets (peak)` : `${sets} of ${slot.peakSets} sets`}`,
    };
  }
  const e1Rm = baseLoadKg / rtsFraction(reps, slot.base.targetRpe);
  const gain = (slot.compound ? b.weeklyGainPct.compound : b.weeklyGainPct.isolation) / 100;
  const raw = e1Rm * (1 + gain) ** shape.hardIndex * rtsFraction(reps, rpe);
  const loadKg = Math.min(roundLoadKg(raw, step), Math.max(prev.loadKg, roundLoadKg(prev.loadKg * 1.1, step, 'down')));
  return {
    ...slot.base,
    sets,
    targetRpe: rpe,
    loadKg,
    rationale: `${weekChange(loadKg, prev.loadKg, slot.unit)}: ${reps} @RPE ${rpe} is ${Math.round(rtsFraction(reps, rpe) * 100)} % of e1RM ${e1Rm.toFixed(0)} kg + ${gain * 100} %/week; ${sets === slot.peakSets ? `${sets} sets (peak)` : `${sets} of ${slot.peakSets} sets`}`,
  };
}

/** Expands week 0's slots into the block. `slots[d]` are the ordered slots of template day d. */
export function expandBlock(
  slots: readonly SlotPlan[][],
  template: ReadonlyArray<{ dayOfWeek: number; label: string }>,
  weeks: number,
  /** The block's first day (YYYY-MM-DD): day d of week w falls on its weekday of week w counted from it. */
  startDate: string,
  openingDeload: string | null = null,
  /** Applied to every prescription as it is made (load guard, equipment limits), before the next week builds on it. */
  limit: (rx: ProgramPrescription) => ProgramPrescription = (rx) => rx,
): ProgramWeek[] {
  const shapes = weekShapes(weeks, openingDeload !== null);
  const out: ProgramWeek[] = [];
  shapes.forEach((shape, w) => {
    const prevWeek = out[w - 1];
    out.push({
      index: w,
      deload: shape.deload,
      days: template.map((day, d) => ({
        index: d,
        dayOfWeek: day.dayOfWeek,
        date: sessionDate(startDate, w, day.dayOfWeek),
        status: 'planned' as const,
        label: day.label,
        prescriptions: (slots[d] ?? []).map((slot, i) =>
          limit(progressSlot(slot, shape, w, weeks, prevWeek?.days[d]?.prescriptions[i] ?? null, openingDeload)),
        ),
      })),
    });
  });
  return out;
}
