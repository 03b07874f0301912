import type { Exercise } from '../exercise/exercise.js';
import { median } from '../science/median.js';
import type { LoggedSession } from '../log/workout-log.js';
import { estimateOneRepMax } from '../science/estimate-one-rep-max.js';
import { SCIENCE_CHOICES } from '../science/science-choices.js';

/**
 * Dumbbell / barbell e1RM ratio at or below which a log's dumbbell numbers are read as one dumbbell.
 *
 * Reasoning (coaching magnitudes, not a fitted value): a pair of dumbbells together is about
 * 0.75–0.9 of the barbell on the same press (more stabilisation, no shared bar), so one dumbbell is
 * about 0.37–0.45 of it; rows, curls and Romanian deadlifts land in the same band or closer to 1 for
 * the pair. A log recording one dumbbell therefore shows ratios around 0.35–0.5 and one recording
 * the sum around 0.7–1.0. 0.55 and `TOTAL_MIN_RATIO` (0.65) sit in the gap between the two bands
 * with a margin on each side; a median between them says nothing and the caller should ask.
 */
export const PER_HAND_MAX_RATIO = 0.55;

/** Dumbbell / barbell e1RM ratio at or above which the dumbbell numbers are read as the sum of both (see `PER_HAND_MAX_RATIO`). */
export const TOTAL_MIN_RATIO = 0.65;

/**
 * Per-hand dumbbell lifts and the barbell lifts they are compared with, by catalog id (barbell ids
 * in order of preference: the first one the log holds is used). Limited to presses, rows, curls and
 * stiff-legged hinges, where the dumbbell load is set by the muscles, not by grip or by holding two
 * dumbbells (squats, deadlifts, lunges and carries are left out on purpose).
 */
export const DUMBBELL_BARBELL_PAIRS: Readonly<Record<string, readonly string[]>> = {
  'dumbbell-bench-press': ['barbell-bench-press'],
  'incline-dumbbell-bench-press': ['incline-bench-press'],
  'decline-dumbbell-bench-press': ['decline-bench-press'],
  'dumbbell-shoulder-press': ['barbell-overhead-press', 'seated-barbell-overhead-press'],
  'seated-dumbbell-shoulder-press': ['seated-barbell-overhead-press', 'barbell-overhead-press'],
  'dumbbell-bent-over-row': ['barbell-row'],
  'dumbbell-curl': ['barbell-curl', 'ez-bar-curl'],
  'dumbbell-preacher-curl': ['barbell-preacher-curl', 'ez-bar-preacher-curl'],
  'dumbbell-romanian-deadlift': ['barbell-romanian-deadlift'],
  'dumbbell-stiff-leg-deadlift': ['stiff-leg-deadlift'],
};

/** One dumbbell lift compared with its barbell lift: catalog ids and best-e1RM ratio (dumbbell number / barbell number). */
export interface DumbbellPair {
  dumbbell: string;
  barbell: string;
  ratio: number;
}

/** Whether a log's numbers for `per-hand` exercises are one dumbbell (`per-hand`) or both (`total`); null when unsure. */
export interface DumbbellRecording {
  recording: 'per-hand' | 'total' | null;
  pairs: DumbbellPair[];
  reason: string;
}

/** Best Epley e1RM (kg) per exercise id over the non-warm-up sets of 1–12 reps with a load > 0. */
function bestE1Rm(
  sessions: readonly LoggedSession[],
  resolve: (name: string) => Exercise | null,
): Map<string, { exercise: Exercise; e1rm: number }> {
  const resolved = new Map<string, Exercise | null>();
  const best = new Map<string, { exercise: Exercise; e1rm: number }>();
  for (const session of sessions) {
    for (const p of session.performances) {
      if (!resolved.has(p.exerciseName)) resolved.set(p.exerciseName, resolve(p.exerciseName));
      const exercise = resolved.get(p.exerciseName);
      if (!exercise) continue;
      for (const set of p.sets) {
        const { reps, weightKg } = set;
        if (set.type === 'warmup' || weightKg === null || !(weightKg > 0) || !Number.isFinite(weightKg)) continue;
        if (reps === null || !Number.isInteger(reps) || reps < 1 || reps > SCIENCE_CHOICES.maxRepsForEstimate) continue;
        const e1rm = estimateOneRepMax(weightKg, reps);
        const prev = best.get(exercise.id);
        if (prev === undefined || e1rm > prev.e1rm) best.set(exercise.id, { exercise, e1rm });
      }
    }
  }
  return best;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Infer from magnitudes whether a log records dumbbell lifts per hand or as the total of both.
 * For every `DUMBBELL_BARBELL_PAIRS` entry the log holds on both sides (names resolved with
 * `resolve`; the dumbbell side must be `per-hand`, the barbell side `total`, same movement pattern),
 * compare the best Epley e1RM (`estimateOneRepMax`, non-warm-up sets of 1–12 reps with a load)
 * of the dumbbell lift with that of the barbell lift. The median ratio decides: ≤
 * `PER_HAND_MAX_RATIO` → `per-hand`, ≥ `TOTAL_MIN_RATIO` → `total`, between or no pair → null with
 * the reason, so the caller can ask the athlete. Pure.
 */
export function inferDumbbellRecording(sessions: readonly LoggedSession[], resolve: (name: string) => Exercise | null): DumbbellRecording {
  const best = bestE1Rm(sessions, resolve);
  const pairs: DumbbellPair[] = [];
  for (const [dumbbellId, barbellIds] of Object.entries(DUMBBELL_BARBELL_PAIRS)) {
    const db = best.get(dumbbellId);
    if (db === undefined || db.exercise.loading !== 'per-hand') continue;
    const bb = barbellIds
      .map((id) => best.get(id))
      .find((b) => b !== undefined && b.exercise.loading === 'total' && b.exercise.pattern === db.exercise.pattern);
    if (bb === undefined) continue;
    pairs.push({ dumbbell: dumbbellId, barbell: bb.exercise.id, ratio: db.e1rm / bb.e1rm });
  }
  if (pairs.length === 0) return { recording: null, pairs, reason: 'no dumbbell exercise paired with its barbell lift' };
  const ratio = median(pairs.map((p) => p.ratio));
  const over = `median dumbbell/barbell e1RM ratio ${round2(ratio)} over ${pairs.length} pair(s)`;
  if (ratio <= PER_HAND_MAX_RATIO)
    return { recording: 'per-hand', pairs, reason: `${over} ≤ ${PER_HAND_MAX_RATIO}: the numbers are one dumbbell` };
  if (ratio >= TOTAL_MIN_RATIO)
    return { recording: 'total', pairs, reason: `${over} ≥ ${TOTAL_MIN_RATIO}: the numbers are both dumbbells together` };
  return {
    recording: null,
    pairs,
    reason: `ratio ${round2(ratio)} is ambiguous (${over}, between ${PER_HAND_MAX_RATIO} and ${TOTAL_MIN_RATIO})`,
  };
}
