import type { Equipment, LoadingKind } from '../exercise/exercise.js';

/** What the loading rule looks at: every constructor of an `Exercise` has these three. */
export interface LoadingClues {
  name: string;
  equipment: Equipment;
  bodyweight: boolean;
}

/** Equipment that comes as one implement per hand (a pair of dumbbells, two kettlebells). */
const HAND_HELD: ReadonlySet<Equipment> = new Set<Equipment>(['dumbbell', 'kettlebells']);

/**
 * Names that say one hand-held implement is used (held in one hand or both): one-arm work,
 * "single dumbbell", goblet and plié holds, get-ups, side bends, concentration curls, pullovers,
 * swings, suitcase carries, windmills, figure 8s and passes between the legs. "Single leg" is
 * deliberately not among them (a single-leg RDL may be one dumbbell per hand or one in the opposite
 * hand: the name does not tell).
 */
export const SINGLE_IMPLEMENT_NAME: RegExp = new RegExp(
  [
    String.raw`(?:one|single|1)[\s-]*(?:arm(?:ed)?|hand(?:ed)?)`,
    String.raw`unilateral`,
    String.raw`single[\s-]+(?:dumbbell|kettlebell|db|kb)`,
    String.raw`goblet`,
    String.raw`plie`,
    String.raw`(?:turkish[\s-]*)?get[\s-]*ups?`,
    String.raw`side[\s-]*bends?`,
    String.raw`concentration[\s-]*curls?`,
    String.raw`pull[\s-]*overs?`,
    String.raw`swings?`,
    String.raw`suitcase`,
    String.raw`windmills?`,
    String.raw`figure[\s-]*(?:8|eight)s?`,
    String.raw`pass(?:es)?[\s-]+between`,
  ]
    .map((p) => String.raw`\b${p}\b`)
    .join('|'),
  'i',
);

/** Names that say two implements, which wins over `SINGLE_IMPLEMENT_NAME` ("Double Kettlebell Windmill"). */
export const TWO_IMPLEMENT_NAME: RegExp = /\b(?:double|two[\s-]+(?:dumbbells?|kettlebells?))\b/i;

/**
 * The default `LoadingKind` of an exercise, from its name, equipment and body-weight flag:
 * 1. moves the body (`bodyweight`) → `'bodyweight-plus'` (the number is added load);
 * 2. dumbbell or kettlebell equipment → `'single'` when the name says one implement
 *    (`SINGLE_IMPLEMENT_NAME`: one-arm/single-arm/unilateral, goblet, Turkish get-up, side bend,
 *    concentration curl, pullover, swing, suitcase, windmill …) and not two (`TWO_IMPLEMENT_NAME`),
 *    else `'per-hand'`;
 * 3. everything else (barbell, EZ bar, machine, cable, band, other) → `'total'` — also single-arm
 *    cable or machine work, whose number is the stack or the plates, not an implement in the hand.
 * Accents are ignored ("Plié"). Pure. Curated entries override it where the name does not tell (`ExerciseSpec.loading`).
 */
export function defaultLoading(clues: LoadingClues): LoadingKind {
  if (clues.bodyweight) return 'bodyweight-plus';
  if (!HAND_HELD.has(clues.equipment)) return 'total';
  const name = clues.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return SINGLE_IMPLEMENT_NAME.test(name) && !TWO_IMPLEMENT_NAME.test(name) ? 'single' : 'per-hand';
}
