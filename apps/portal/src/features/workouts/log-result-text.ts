import { dayLabel } from '~/features/calendar/calendar-model';
import { DEFAULT_VIEWER_PREFERENCES, type ViewerPreferences, weightText } from '~/lib/format-units';
import type { AdjustmentChange, PersonalRecord } from './workouts.api';

/** "e1RM 102.5 kg (was 100 kg) — 90 kg × 4" / "8 reps at 60 kg (was 6)", in the viewer's unit. */
export function recordLine(r: PersonalRecord, prefs: ViewerPreferences = DEFAULT_VIEWER_PREFERENCES): string {
  const kg = (n: number | null): string => (n === null ? '—' : weightText(n, prefs));
  const set = r.weightKg === null ? `${r.reps} reps` : `${kg(r.weightKg)} × ${r.reps}`;
  if (r.kind === 'reps')
    return `${r.exerciseName}: ${r.reps} reps at ${kg(r.weightKg)}${r.previousBest === null ? ' (first time)' : ` (best was ${r.previousBest})`}`;
  return `${r.exerciseName}: e1RM ${kg(r.e1rmKg)}${r.previousBest === null ? '' : ` (was ${kg(r.previousBest)})`} — ${set}`;
}

/** "Wed 9 Dec: Dumbbell Bench Press — −2 kg per hand: 2 reps short at RIR 0 on Mon 7 Dec". */
export function adjustmentLine(a: AdjustmentChange, prefs: ViewerPreferences = DEFAULT_VIEWER_PREFERENCES): string {
  return `${dayLabel(a.date, prefs)}: ${a.exerciseName} — ${a.reason}`;
}

/**
 * One line per exercise: its nearest changed session (with the reason) and how many later sessions the
 * change was carried into, in date order — the athlete reads what changes next, not a list of every week.
 */
export function groupAdjustments(changes: readonly AdjustmentChange[]): Array<{ first: AdjustmentChange; later: number }> {
  const byExercise = new Map<string, { first: AdjustmentChange; later: number }>();
  for (const c of [...changes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order))) {
    const seen = byExercise.get(c.exerciseName);
    if (seen) seen.later += 1;
    else byExercise.set(c.exerciseName, { first: c, later: 0 });
  }
  return [...byExercise.values()].sort((a, b) => (a.first.date < b.first.date ? -1 : a.first.date > b.first.date ? 1 : 0));
}
