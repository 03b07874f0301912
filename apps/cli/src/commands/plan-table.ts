import type { Program, ProgramPrescription } from '@liftgraph/planner';

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/**
 * A prescription's load in the portal's words: "100 kg", "24 kg per hand", "body weight",
 * "body weight + 10 kg"; null when there is none to show (the CLI cannot import the portal, so this
 * repeats apps/portal/src/features/programs/format-load.ts).
 */
export function formatLoad({ loadKg, loadPerHand, bodyweight }: Pick<ProgramPrescription, 'loadKg' | 'loadPerHand' | 'bodyweight'>): string | null {
  const external = loadKg === null || (bodyweight && loadKg <= 0) ? null : `${Math.round(loadKg * 100) / 100} kg${loadPerHand ? ' per hand' : ''}`;
  if (bodyweight) return external === null ? 'body weight' : `body weight + ${external}`;
  return external;
}

const DAY = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The program as a plain-text table: one block per week, one row per prescription. */
export function formatProgramTable(program: Program, note: string): string[] {
  const out = [`program ${program.programId} for ${program.athleteId}: ${program.daysPerWeek} days/week, ${program.weeks.length} weeks (${note})`];
  const head = ['day', 'exercise', 'sets×reps @ load', 'rest', 'RPE', 'source', 'rationale'];
  const widths = [16, 30, 28, 6, 5, 9];
  for (const week of program.weeks) {
    out.push('', `week ${week.index + 1}${week.deload ? ' (deload)' : ''}`);
    out.push(head.map((h, i) => pad(h, widths[i] ?? 0)).join(' '));
    for (const day of week.days) {
      day.prescriptions.forEach((rx, i) => {
        const load = formatLoad(rx);
        const cells = [
          i === 0 ? `${DAY[day.dayOfWeek] ?? day.dayOfWeek} ${day.label}` : '', rx.exerciseName, `${rx.sets}×${rx.reps}${load === null ? '' : ` @ ${load}`}`,
          `${Math.round(rx.restSec / 30) / 2}m`, String(rx.targetRpe), rx.source, rx.rationale,
        ];
        out.push(cells.map((c, k) => (k < widths.length ? pad(c, widths[k] ?? 0) : c)).join(' '));
      });
      if (day.prescriptions.length === 0) out.push(`${pad(`${DAY[day.dayOfWeek] ?? ''} ${day.label}`, 16)} (no exercise fits: see the request's exclusions and equipment)`);
    }
  }
  return out;
}
