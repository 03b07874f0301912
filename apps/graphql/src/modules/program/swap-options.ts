import {
  type Equipment,
  type Exercise,
  KG_PLATES,
  LIFTGRAPH_CATALOG,
  loadForE1RmKg,
  movementPatternById,
  muscleGroupById,
  OVERLOAD_DEFAULTS,
  plateIncrementKg,
  type PlateSet,
  priorRatio,
  rirOfRpe,
  roundLoadKg,
} from '@liftgraph/domain';
import type { ProgramPrescription } from '@liftgraph/domain/program';
import type { StoredProgram } from '@liftgraph/neo4j';
import type { Context } from '../../context.js';
import type { SwapOptionType } from './program.type.js';

const catalogById = new Map(LIFTGRAPH_CATALOG.map((e) => [e.id, e]));

const EQUIPMENT_WORDS: Partial<Record<Equipment, string>> = {
  barbell: 'uses a barbell',
  dumbbell: 'uses dumbbells',
  kettlebells: 'uses kettlebells',
  cable: 'uses a cable',
  machine: 'uses a machine',
  'body only': 'body weight',
  bands: 'uses bands',
  'e-z curl bar': 'uses an EZ bar',
};

const muscleName = (id: string): string => muscleGroupById(id as never)?.name.toLowerCase() ?? id;

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Plain words for a substitute: "same pattern (horizontal push), shares chest and triceps, uses dumbbells". */
export function swapReason(from: Exercise, to: Exercise): string {
  const parts: string[] = [];
  const pattern = movementPatternById(to.pattern)?.name.toLowerCase() ?? to.pattern;
  parts.push(from.pattern === to.pattern ? `same pattern (${pattern})` : `${pattern} pattern`);
  const fromMuscles = new Set(from.targets.map((t) => t.muscle));
  const shared = [...new Set(to.targets.filter((t) => t.role === 'primary' && fromMuscles.has(t.muscle)).map((t) => t.muscle))];
  if (shared.length > 0) parts.push(`shares ${listWords(shared.slice(0, 3).map(muscleName))}`);
  parts.push(EQUIPMENT_WORDS[to.equipment] ?? `uses ${to.equipment}`);
  return parts.join(', ');
}

/** How much lighter a substitute starts when the pattern ratio alone does not cover the movement. ASSUMPTION. */
export const UNCOVERED_SWAP_DISCOUNT = 0.8;

/**
 * The strength ratio that carries a load from `from` to `to`, read as whole load to whole load. The
 * ratios are per movement pattern (priorRatio); when `to` is another pattern or works a primary muscle
 * `from` does not (a thruster adds a press to a squat) no ratio is specific to the pair, so the pattern
 * ratio is discounted (× UNCOVERED_SWAP_DISCOUNT) and `caution` says why.
 */
export function swapLoadRatio(from: Exercise, to: Exercise): { ratio: number; caution: string | null } {
  const ratio = priorRatio(from, to);
  const fromPrimary = new Set(from.targets.filter((t) => t.role === 'primary').map((t) => t.muscle));
  const extra = [...new Set(to.targets.filter((t) => t.role === 'primary' && !fromPrimary.has(t.muscle)).map((t) => t.muscle))];
  if (from.pattern === to.pattern && extra.length === 0) return { ratio, caution: null };
  const why =
    from.pattern !== to.pattern
      ? `another pattern than ${from.name}`
      : `works ${listWords(extra.map(muscleName))}, which ${from.name} does not`;
  return {
    ratio: ratio * UNCOVERED_SWAP_DISCOUNT,
    caution: `× ${UNCOVERED_SWAP_DISCOUNT} to be safe (${why})`,
  };
}

const kgText = (kg: number): string => `${Number(kg.toFixed(2))} kg`;

/**
 * The load carried over to substitute `to` for prescription `rx`: the athlete's own capacity on `to`
 * when they have logged it (its latest e1RM → the load for the prescription's reps at its RPE), else
 * the current load read as a whole (loadKg × 2 when per hand) × the swap's strength ratio, then read
 * the way `to` is loaded (halved per hand), rounded DOWN to `to`'s plate step. Null for body weight
 * alone or with nothing to carry.
 */
export function carriedLoad(
  rx: ProgramPrescription,
  from: Exercise,
  to: Exercise,
  ownE1rmKg: number | null,
  plates: PlateSet = KG_PLATES,
): { loadKg: number | null; basis: string } {
  // The athlete's plate step: lb steps (as exact kg) for an lbs athlete.
  const step = plateIncrementKg(to.equipment, OVERLOAD_DEFAULTS, plates);
  const toPerHand = to.loading === 'per-hand';
  if (ownE1rmKg !== null && ownE1rmKg > 0) {
    const kg = roundLoadKg(loadForE1RmKg(ownE1rmKg, rx.reps, rirOfRpe(rx.targetRpe)), step, 'down');
    return { loadKg: to.bodyweight && kg === 0 ? null : kg, basis: `your e1RM ${Number(ownE1rmKg.toFixed(1))} kg on ${to.name}` };
  }
  if (to.bodyweight) return { loadKg: null, basis: 'body weight' };
  if (rx.loadKg === null || rx.loadKg <= 0 || from.bodyweight || rx.bodyweight)
    return { loadKg: null, basis: 'no load to carry over; set it by feel' };
  const totalKg = rx.loadKg * (rx.loadPerHand ? 2 : 1);
  const { ratio, caution } = swapLoadRatio(from, to);
  const carriedTotalKg = totalKg * ratio;
  const loadKg = roundLoadKg(toPerHand ? carriedTotalKg / 2 : carriedTotalKg, step, 'down');
  const fromText = rx.loadPerHand ? `${kgText(rx.loadKg)} per hand (${kgText(totalKg)} in all)` : kgText(totalKg);
  const toText = toPerHand ? `${kgText(loadKg)} per hand` : kgText(loadKg);
  return {
    loadKg,
    basis:
      `${fromText} on ${from.name} × strength ratio ${ratio.toFixed(2)}${caution === null ? '' : ` (${caution})`}` +
      ` = ${kgText(carriedTotalKg)} in all → ${toText}, rounded down to the ${kgText(step)} step`,
  };
}

/** The athlete's plates for a carried load: their unit (Athlete.unit), no microplates. */
async function athletePlates(ctx: Context, athleteId: string): Promise<PlateSet> {
  return { unit: (await ctx.loaders.athleteById.load(athleteId))?.unit ?? 'kg', microplates: false };
}

/** Graph-ranked substitutes for `rx` within the equipment the program already uses (and body weight). */
export async function swapOptionsFor(
  ctx: Context,
  program: StoredProgram,
  rx: ProgramPrescription,
  limit: number,
): Promise<SwapOptionType[]> {
  const from = catalogById.get(rx.exerciseId);
  if (from === undefined) return [];
  const equipment = new Set<Equipment>(['body only']);
  for (const w of program.weeks)
    for (const d of w.days)
      for (const p of d.prescriptions) {
        const e = catalogById.get(p.exerciseId);
        if (e !== undefined) equipment.add(e.equipment);
      }
  const inDay = new Set(program.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions.map((p) => p.exerciseId))));
  // Curated exercises only: they carry the loading and strength ratios a carried load needs (free-exercise-db's do not).
  const ranked = (await ctx.repos.exercises.substitutes(rx.exerciseId, [...equipment], limit * 2, { sources: ['liftgraph'] }))
    .flatMap((r) => {
      const to = catalogById.get(r.exercise.id);
      return to === undefined || to.id === from.id ? [] : [{ to, score: r.score, taken: inDay.has(to.id) }];
    })
    // Exercises already in the program come last: a swap should bring something new.
    .sort((a, b) => Number(a.taken) - Number(b.taken) || b.score - a.score)
    .slice(0, limit);
  const plates = await athletePlates(ctx, program.athleteId);
  return Promise.all(
    ranked.map(async ({ to, score }) => {
      const series = await ctx.repos.athletes.e1rmSeries(program.athleteId, to.id);
      const own = series.at(-1)?.e1rmKg ?? null;
      const { loadKg, basis } = carriedLoad(rx, from, to, own, plates);
      return {
        exerciseId: to.id,
        reason: swapReason(from, to),
        loadKg,
        loadPerHand: to.loading === 'per-hand',
        bodyweight: to.bodyweight,
        loadBasis: basis,
        score,
      };
    }),
  );
}

/** The load and plain reason a swap of `rx` for `exerciseId` carries (null when either is not in the catalog). */
export async function carriedLoadFor(
  ctx: Context,
  athleteId: string,
  rx: ProgramPrescription,
  exerciseId: string,
): Promise<{ loadKg: number | null; reason: string } | null> {
  const from = catalogById.get(rx.exerciseId);
  const to = catalogById.get(exerciseId);
  if (from === undefined || to === undefined) return null;
  const own = (await ctx.repos.athletes.e1rmSeries(athleteId, to.id)).at(-1)?.e1rmKg ?? null;
  const { loadKg, basis } = carriedLoad(rx, from, to, own, await athletePlates(ctx, athleteId));
  return { loadKg, reason: `${swapReason(from, to)}; load from ${basis}` };
}
