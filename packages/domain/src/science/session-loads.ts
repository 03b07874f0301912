import type { LoggedSession, LoggedSet } from '../log/workout-log.js';
import { estimateOneRepMax } from './estimate-one-rep-max.js';
import { SCIENCE_CHOICES } from './science-choices.js';
import { sessionRpeLoad, MAX_SESSION_MIN } from './session-rpe-load.js';
import { estimateSetEffort } from './set-effort-proxy.js';
import { volumeLoadKg } from './volume-load.js';

/** The parts of a logged set the load helpers read (a `LoggedSet` fits). */
export type LoadSet = Pick<LoggedSet, 'type' | 'reps' | 'weightKg' | 'rpe' | 'rir'>;

/** The parts of a logged session the load helpers read (a `LoggedSession` fits). */
export interface LoadSession extends Pick<LoggedSession, 'date' | 'durationMin' | 'sessionRpe'> {
  performances: readonly { exerciseName: string; sets: readonly LoadSet[] }[];
}

export interface SessionLoadEstimate {
  date: string;
  /** durationMin × sRPE, in AU (Foster et al. 2001). */
  loadAu: number;
  /** Volume-load of the working sets, in kg. */
  volumeLoadKg: number;
  sessionRpe: number;
  durationMin: number;
  /** Where sRPE came from: the log, the mean of the sets' logged/estimated RPE, or the fallback. */
  sessionRpeSource: 'logged' | 'set-effort-proxy' | 'fallback';
  durationSource: 'logged' | 'set-count-proxy';
  workingSets: number;
}

const isWorking = (set: LoadSet): boolean => set.type !== 'warmup' && (set.reps ?? 0) >= 1;
const exerciseKey = (name: string): string => name.trim().toLowerCase();

function loggedSetRpe(set: LoadSet): number | null {
  if (set.rpe != null) return set.rpe;
  return set.rir != null ? 10 - set.rir : null;
}

/** The chart's RPE-10 estimate (consistent with `estimateSetEffort`), or null when the set can't give one. */
function tableE1Rm(set: LoadSet): number | null {
  const reps = set.reps ?? 0;
  if (set.weightKg == null || set.weightKg <= 0 || reps < 1 || reps > SCIENCE_CHOICES.maxRepsForEstimate) return null;
  return estimateOneRepMax(set.weightKg, reps, { formula: 'rpe-table', rpe: 10 });
}

/**
 * Session-RPE load for each session of a log, with a documented PROXY when sRPE or duration is
 * missing (real Strong/Hevy/FitNotes logs almost never carry them):
 *
 * 1. sRPE: the logged `sessionRpe` when present. Otherwise the mean RPE of the working sets
 *    (non-warm-up, ≥ 1 rep), each set's RPE being its logged RPE, 10 − logged RIR, or the
 *    `estimateSetEffort` proxy from %e1RM, where e1RM is the best RTS-chart estimate
 *    (load / pct(reps, RPE 10)) of that exercise so far, this session included. A new best set
 *    therefore reads as RPE 10. If no working set has an RPE, SCIENCE_CHOICES.proxyFallbackSessionRpe.
 *    [UNVERIFIED] assumption: sRPE ≈ mean set RPE, treating the RIR-based and CR-10 scales as one.
 * 2. Duration: the logged `durationMin` when > 0, else working sets × SCIENCE_CHOICES.proxyMinutesPerSet.
 * 3. loadAu = duration × sRPE (Foster et al. 2001, docs/science.md §Session-RPE load), capped at 600 min.
 *
 * Sessions are processed in date order (stable); the result follows that order.
 */
export function estimateSessionLoads(sessions: readonly LoadSession[]): SessionLoadEstimate[] {
  const bestE1RmKg = new Map<string, number>();
  const ordered = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return ordered.map((session) => {
    // Plain loops (this runs for every session of every learning-graph build, the planner's hot path).
    const working: LoadSet[] = [];
    const keys: string[] = [];
    for (const p of session.performances) {
      const key = exerciseKey(p.exerciseName);
      for (const set of p.sets) {
        if (!isWorking(set)) continue;
        working.push(set);
        keys.push(key);
        const e1Rm = tableE1Rm(set);
        if (e1Rm !== null && e1Rm > (bestE1RmKg.get(key) ?? 0)) bestE1RmKg.set(key, e1Rm);
      }
    }
    const setRpes: number[] = [];
    working.forEach((set, i) => {
      const logged = loggedSetRpe(set);
      if (logged !== null) {
        setRpes.push(logged);
        return;
      }
      const best = bestE1RmKg.get(keys[i] as string);
      if (set.weightKg == null || set.weightKg <= 0 || best === undefined) return;
      setRpes.push(estimateSetEffort(set.weightKg, set.reps ?? 1, best).rpe);
    });

    let sessionRpe: number = SCIENCE_CHOICES.proxyFallbackSessionRpe;
    let sessionRpeSource: SessionLoadEstimate['sessionRpeSource'] = 'fallback';
    if (session.sessionRpe != null) {
      [sessionRpe, sessionRpeSource] = [session.sessionRpe, 'logged'];
    } else if (setRpes.length > 0) {
      [sessionRpe, sessionRpeSource] = [setRpes.reduce((a, b) => a + b, 0) / setRpes.length, 'set-effort-proxy'];
    }
    const logged = session.durationMin != null && session.durationMin > 0;
    const durationMin = Math.min(
      MAX_SESSION_MIN,
      logged ? (session.durationMin ?? 0) : working.length * SCIENCE_CHOICES.proxyMinutesPerSet,
    );
    return {
      date: session.date,
      loadAu: sessionRpeLoad(durationMin, sessionRpe),
      volumeLoadKg: volumeLoadKg(working.map((set) => ({ reps: set.reps, loadKg: set.weightKg }))),
      sessionRpe,
      durationMin,
      sessionRpeSource,
      durationSource: logged ? 'logged' : 'set-count-proxy',
      workingSets: working.length,
    };
  });
}
