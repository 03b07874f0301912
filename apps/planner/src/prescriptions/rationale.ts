import type { ExerciseSession, OverloadResult } from '@liftgraph/domain';
import { rtsFraction } from './strength-ratios.js';

/**
 * One-line rationales a coach can read at a glance: "<change>: <key reason> (<evidence>), ACWR x".
 * The numbers stay (the change, the session it rests on, the RPE that drove it); the arithmetic chain
 * (clamps, rounding, rep conversion) is folded into a short qualifier.
 */

const kg = (x: number): string => `${Number(x.toFixed(2))} kg`;
const rpeText = (x: number): string => String(Math.round(x * 2) / 2);

/**
 * A logged session as a coach reads it: "3×8 @ 55 kg" when every set had the same load and reps,
 * else "4 sets, top 133.81 kg × 4" — the heaviest set with its own reps, never another set's.
 */
export function sessionText(session: ExerciseSession): string {
  const first = session.sets[0];
  if (first && session.sets.every((s) => s.weightKg === first.weightKg && s.reps === first.reps)) {
    return `${session.sets.length}×${first.reps} @ ${kg(first.weightKg)}`;
  }
  const load = Math.max(...session.sets.map((s) => s.weightKg));
  const reps = Math.max(...session.sets.filter((s) => s.weightKg === load).map((s) => s.reps));
  return `${session.sets.length} sets, top ${kg(load)} × ${reps}`;
}

/**
 * The change against the last session: "+2.5 kg" / "same load" at equal reps; with a rep change the
 * load is compared at equal effort (RTS chart): "+4 % at equal effort (8 → 5 reps)".
 */
export function changeHead(loadKg: number, reps: number, lastLoadKg: number, lastReps: number, rpe: number): string {
  if (lastLoadKg <= 0) return loadKg > 0 ? `${kg(loadKg)} added` : 'bodyweight';
  if (reps === lastReps) {
    // Logged pounds are odd kilograms (142.88): a difference under a quarter kilo is the same load on the bar.
    if (Math.abs(loadKg - lastLoadKg) < 0.25) return 'same load';
    return `${loadKg > lastLoadKg ? '+' : '−'}${kg(Math.abs(loadKg - lastLoadKg))}`;
  }
  const atLastReps = (loadKg * rtsFraction(lastReps, rpe)) / rtsFraction(reps, rpe);
  const pct = Math.round((100 * (atLastReps - lastLoadKg)) / lastLoadKg);
  const what = pct === 0 ? 'same load' : `${pct > 0 ? '+' : '−'}${Math.abs(pct)} %`;
  return `${what} at equal effort (${lastReps} → ${reps} reps)`;
}

/** RPE of the last set of a session that logged effort (RPE, or 10 − RIR), or null. */
export function lastLoggedRpe(session: ExerciseSession): number | null {
  for (let i = session.sets.length - 1; i >= 0; i--) {
    const s = session.sets[i];
    if (s?.rpe != null) return s.rpe;
    if (s?.rir != null) return 10 - s.rir;
  }
  return null;
}

/** The progression decision at the last session's reps: "+2.5 kg", "hold", "−5 %" (the rules' load vs the last load). */
export function decisionHead(ruleLoadKg: number, lastLoadKg: number): string {
  if (lastLoadKg <= 0) return ruleLoadKg > 0 ? `${kg(ruleLoadKg)} added` : 'hold';
  const d = ruleLoadKg - lastLoadKg;
  if (Math.abs(d) < 1e-9) return 'hold';
  return `${d > 0 ? '+' : '−'}${kg(Math.abs(d))}`;
}

/** An increase the rule earned but the weekly cap or plate rounding turned into a hold. */
export function increaseSwallowed(result: Pick<OverloadResult, 'reason' | 'action' | 'ruleId'>): boolean {
  return result.ruleId === 'linear-progression' && result.reason.startsWith('+') && result.action === 'hold';
}

/**
 * Why the overload rules moved the load, in a few words with the numbers that decided it. Keyed on
 * the rule's own decision (`reason`), not on the final action: a +10 %/week cap or plate rounding can
 * turn an earned increase into a hold, and that must not read as "missed reps".
 */
export function ruleReason(result: Pick<OverloadResult, 'ruleId' | 'reason' | 'action'>, last: ExerciseSession, targetRpe: number): string {
  const done = sessionText(last);
  if (result.ruleId === 'rpe-target-autoregulation') {
    const rpe = lastLoggedRpe(last);
    const r = rpe === null ? '?' : rpeText(rpe);
    if (result.reason.startsWith('hold')) return `last set RPE ${r} on target ${rpeText(targetRpe)} (${done})`;
    return `last set RPE ${r} ${result.reason.includes('below') ? 'below' : 'above'} target ${rpeText(targetRpe)} (${done})`;
  }
  if (result.ruleId === 'linear-progression') {
    if (increaseSwallowed(result)) return `all reps done (${done}), but ${result.reason.split(':')[0] ?? 'one step'} would pass +10 %/week`;
    if (result.reason.startsWith('+')) return `all reps done last time (${done})`;
    if (result.reason.startsWith('reset'))
      return `${/(\d+) missed sessions/.exec(result.reason)?.[1] ?? 'repeated'} missed sessions in a row: reset −10 % (${done})`;
    if (result.reason.startsWith('repeat')) return `missed reps last time, repeat (${done})`;
    return `first progression step (${done})`;
  }
  return `${result.reason.split(':')[0] ?? result.ruleId} (${done})`;
}

/** Short qualifiers for the guardrails that changed the rule's load ("capped at +10 %/week"). */
export function guardNotes(reasons: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of reasons) {
    const pct = /at most \+(\d+(?:\.\d+)?) % per week/.exec(r);
    if (pct) out.push(`capped at +${pct[1]} %/week`);
    else if (r.startsWith('no increase: ACWR')) out.push('no increase while ACWR > 1.5');
    else if (r.startsWith('load increase ×')) out.push('increase halved (ACWR 1.3–1.5)');
  }
  return out;
}

export function acwrText(acwr: number | null): string {
  return acwr === null ? '' : `ACWR ${acwr.toFixed(2)}`;
}

/** "67.5 kg for 5 reps (RTS)" when the session's reps differ from the last session's. */
export function repConversion(loadKg: number, reps: number, lastReps: number): string {
  return reps === lastReps ? '' : `${kg(loadKg)} for ${reps} reps (RTS)`;
}

/** Joins "<head>: <reason>" with its qualifiers into one line: "+2.5 kg: all reps done last time (3×8 @ 55 kg), ACWR 1.03". */
export function oneLine(head: string, reason: string, qualifiers: ReadonlyArray<string | null | undefined | false>): string {
  const tail = qualifiers.filter((q): q is string => typeof q === 'string' && q.length > 0);
  return `${head}: ${[reason, ...tail].join(', ')}`;
}
