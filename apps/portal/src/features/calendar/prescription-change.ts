import { DEFAULT_VIEWER_PREFERENCES, loadText, type ViewerPreferences } from '~/lib/format-units';
import type { DatedPrescription } from './calendar.api';

/** "3 × 8 @ 24 kg per hand, RPE 8" — a prescription's dose in one line, the load in the viewer's unit. */
export function doseLine(
  rx: Pick<DatedPrescription, 'sets' | 'reps' | 'loadKg' | 'loadPerHand' | 'bodyweight' | 'targetRpe'>,
  prefs: ViewerPreferences = DEFAULT_VIEWER_PREFERENCES,
): string {
  const load = loadText(rx, prefs);
  return `${rx.sets} × ${rx.reps}${load === null ? '' : ` @ ${load}`}, RPE ${rx.targetRpe}`;
}

/**
 * What changed in a prescription since generation and why: "was 3 × 8 @ 26 kg per hand, RPE 8 — −2 kg per
 * hand: 2 reps short at RIR 0 on Mon 7 Dec (autoregulation)"; null when it is as generated.
 */
export function changeLine(rx: DatedPrescription, prefs: ViewerPreferences = DEFAULT_VIEWER_PREFERENCES): string | null {
  const a = rx.adjustment;
  if (a === null) return null;
  const before = doseLine(
    {
      sets: a.previousSets ?? rx.sets,
      reps: a.previousReps ?? rx.reps,
      loadKg: a.previousLoadKg ?? rx.loadKg,
      loadPerHand: rx.loadPerHand,
      bodyweight: rx.bodyweight,
      targetRpe: a.previousTargetRpe ?? rx.targetRpe,
    },
    prefs,
  );
  const by = a.by === 'coach' ? 'your coach' : 'adjusted automatically';
  return `was ${before} — ${a.reason} (${by})`;
}
