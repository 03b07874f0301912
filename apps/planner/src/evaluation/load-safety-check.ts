import { addDays, epley, type Exercise, type LoggedSession } from '@liftgraph/domain';
import type { Program } from '@liftgraph/domain/program';

/** What the athlete showed on one exercise in the 12 weeks up to their last session (issue #14's yardstick). */
export interface ShownLift {
  /** Best Epley e1RM of a working set of 1–12 reps: on its reps plus its logged RIR (RPE), to failure when none is logged. */
  e1RmKg: number;
  /** Working sets with load in the window. */
  sets: number;
  best: string;
}

/**
 * An independent yardstick for the planner's loads, deliberately simpler than the capacity estimate
 * (no decay, no outlier rule, no credit for unlogged effort): per catalog exercise, the best Epley e1RM
 * over the 12 weeks (84 days) up to the last session, on reps plus the logged RIR where there is one
 * (RPE 6–10, i.e. at most 4 in reserve) — the same reading the prescription's implied e1RM gets.
 */
export function shownLifts(sessions: readonly LoggedSession[], resolve: (name: string) => Exercise | null): Map<string, ShownLift> {
  const last = sessions.at(-1)?.date ?? '';
  const from = last === '' ? '' : addDays(last, -84);
  const out = new Map<string, ShownLift>();
  for (const s of sessions) {
    if (s.date < from) continue;
    for (const p of s.performances) {
      const e = resolve(p.exerciseName);
      if (!e) continue;
      for (const set of p.sets) {
        const reps = set.reps ?? 0;
        const kg = set.weightKg ?? 0;
        if (set.type === 'warmup' || reps < 1 || kg <= 0) continue;
        const cur = out.get(e.id) ?? { e1RmKg: 0, sets: 0, best: '' };
        cur.sets += 1;
        const rir = Math.min(4, Math.max(0, set.rir ?? (set.rpe != null ? 10 - set.rpe : 0)));
        const e1Rm = epley(kg, reps + rir);
        if (reps <= 12 && e1Rm > cur.e1RmKg)
          Object.assign(cur, { e1RmKg: e1Rm, best: `${kg} kg × ${reps}${rir > 0 ? ` @ RPE ${10 - rir}` : ''} on ${s.date}` });
        out.set(e.id, cur);
      }
    }
  }
  return out;
}

export interface LoadSafetyFinding {
  kind: 'over-shown' | 'deload-not-lighter';
  week: number;
  detail: string;
  /** Implied e1RM / shown e1RM, for `over-shown`. */
  ratio?: number;
}

export interface LoadSafetyReport {
  /** Prescriptions with external load of an exercise with ≥ 4 working sets in the window. */
  checked: number;
  deloadSlots: number;
  findings: LoadSafetyFinding[];
  /** Per prescription checked: exercise, implied e1RM (log convention) and ratio to the shown e1RM. */
  ratios: Array<{ exerciseId: string; exerciseName: string; week: number; text: string; implied: number; shown: ShownLift; ratio: number }>;
}

/**
 * Issue #14's two checks on a generated program:
 * 1. no prescription of an exercise with ≥ 4 working sets in the last 12 weeks implies an e1RM (Epley
 *    on its reps plus the RIR its target RPE means) above `maxRatio` × the best shown e1RM;
 * 2. every deload week's prescription has a load ≤ 0.9× the preceding hard week's same slot, or ≤ 0.6× its
 *    sets (a block that opens with its deload is compared with the hard week after it, which it precedes).
 * `perHandFactor` converts per-hand prescriptions to the log's convention (2 when the log's dumbbell
 * numbers are both dumbbells together).
 */
export function checkLoadSafety(
  program: Program,
  shown: ReadonlyMap<string, ShownLift>,
  perHandFactor: number,
  maxRatio = 1.1,
): LoadSafetyReport {
  const report: LoadSafetyReport = { checked: 0, deloadSlots: 0, findings: [], ratios: [] };
  program.weeks.forEach((week, w) => {
    const previous = program.weeks[w - 1];
    const before = previous && !previous.deload ? previous : w === 0 ? program.weeks.find((x) => !x.deload) : undefined;
    for (const day of week.days) {
      day.prescriptions.forEach((rx, i) => {
        const lift = shown.get(rx.exerciseId);
        const load = (rx.loadKg ?? 0) * (rx.loadPerHand ? perHandFactor : 1);
        if (!rx.bodyweight && lift && lift.sets >= 4 && lift.e1RmKg > 0 && load > 0) {
          report.checked += 1;
          const implied = epley(load, rx.reps + Math.max(0, 10 - rx.targetRpe));
          const ratio = implied / lift.e1RmKg;
          const text = `${rx.sets}×${rx.reps} @ ${rx.loadKg} kg${rx.loadPerHand ? ' per hand' : ''} RPE ${rx.targetRpe}`;
          report.ratios.push({
            exerciseId: rx.exerciseId,
            exerciseName: rx.exerciseName,
            week: week.index + 1,
            text,
            implied,
            shown: lift,
            ratio,
          });
          if (ratio > maxRatio) {
            report.findings.push({
              kind: 'over-shown',
              week: week.index + 1,
              ratio,
              detail: `${rx.exerciseName} ${text} → e1RM ${implied.toFixed(1)} vs shown ${lift.e1RmKg.toFixed(1)} (${lift.best})`,
            });
          }
        }
        const hard = before?.days.find((d) => d.index === day.index)?.prescriptions[i];
        if (week.deload && before && hard && hard.exerciseId === rx.exerciseId) {
          report.deloadSlots += 1;
          const lighter = rx.loadKg !== null && hard.loadKg !== null && hard.loadKg > 0 && rx.loadKg <= 0.9 * hard.loadKg + 1e-9;
          if (!lighter && rx.sets > 0.6 * hard.sets + 1e-9) {
            report.findings.push({
              kind: 'deload-not-lighter',
              week: week.index + 1,
              detail: `${rx.exerciseName} ${rx.sets}×${rx.reps} @ ${rx.loadKg ?? 'body weight'} vs ${hard.sets}×${hard.reps} @ ${hard.loadKg ?? 'body weight'} the week before`,
            });
          }
        }
      });
    }
  });
  return report;
}
