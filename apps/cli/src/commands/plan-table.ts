import { formatLoad, KG_PLATES, type PlateSet, type Program } from '@liftgraph/domain/program';

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

const DAY = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The program as a plain-text table: one block per week, one row per prescription, loads in the
 * athlete's unit (`plates`: lb for an lbs athlete; default kg). `--json` stays in kg (the contract).
 */
export function formatProgramTable(program: Program, note: string, plates: PlateSet = KG_PLATES): string[] {
  const out = [
    `program ${program.programId} for ${program.athleteId}: ${program.daysPerWeek} days/week, ${program.weeks.length} weeks (${note})`,
  ];
  const head = ['day', 'exercise', 'sets×reps @ load', 'rest', 'RPE', 'source', 'rationale'];
  const widths = [16, 30, 28, 6, 5, 9];
  for (const week of program.weeks) {
    out.push('', `week ${week.index + 1}${week.deload ? ' (deload)' : ''}`);
    out.push(head.map((h, i) => pad(h, widths[i] ?? 0)).join(' '));
    for (const day of week.days) {
      day.prescriptions.forEach((rx, i) => {
        const load = formatLoad(rx, plates);
        const cells = [
          i === 0 ? `${DAY[day.dayOfWeek] ?? day.dayOfWeek} ${day.label}` : '',
          rx.exerciseName,
          `${rx.sets}×${rx.reps}${load === null ? '' : ` @ ${load}`}`,
          `${Math.round(rx.restSec / 30) / 2}m`,
          String(rx.targetRpe),
          rx.source,
          rx.rationale,
        ];
        out.push(cells.map((c, k) => (k < widths.length ? pad(c, widths[k] ?? 0) : c)).join(' '));
      });
      if (day.prescriptions.length === 0)
        out.push(`${pad(`${DAY[day.dayOfWeek] ?? ''} ${day.label}`, 16)} (no exercise fits: see the request's exclusions and equipment)`);
    }
  }
  return out;
}
