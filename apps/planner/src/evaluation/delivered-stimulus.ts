import { type Exercise, MUSCLE_GROUP_IDS, type MuscleGroupId, type WorkoutLog } from '@liftgraph/domain';

/** What an arm delivered, read from a simulated log (reported effort, never the hidden state). Sums; divide by weeks. */
export interface DeliveredStimulus {
  /** Working sets reported at RIR ≤ 4 (hard sets, docs/science.md §Hard sets) per tracked lift. */
  liftHardSets: Record<string, number>;
  /** Sessions in which each tracked lift was done. */
  liftSessions: Record<string, number>;
  /** Hard sets per muscle, the prime mover counting 1 and the others their TARGETS share / top share. */
  muscleHardSets: Record<MuscleGroupId, number>;
  sessions: number;
  sessionMin: number;
  /** Sum of logged session RPEs and how many sessions logged one (athletes log effort with a probability). */
  sessionRpe: number;
  sessionRpeLogged: number;
}

export function emptyStimulus(lifts: readonly string[]): DeliveredStimulus {
  return {
    liftHardSets: Object.fromEntries(lifts.map((l) => [l, 0])),
    liftSessions: Object.fromEntries(lifts.map((l) => [l, 0])),
    muscleHardSets: Object.fromEntries(MUSCLE_GROUP_IDS.map((m) => [m, 0])) as Record<MuscleGroupId, number>,
    sessions: 0,
    sessionMin: 0,
    sessionRpe: 0,
    sessionRpeLogged: 0,
  };
}

/** Adds one simulated log to `into` (names in simulated logs are catalog names). */
export function addDeliveredStimulus(into: DeliveredStimulus, log: WorkoutLog, byName: ReadonlyMap<string, Exercise>): void {
  for (const session of log.sessions) {
    into.sessions += 1;
    into.sessionMin += session.durationMin ?? 0;
    if (session.sessionRpe !== null) {
      into.sessionRpe += session.sessionRpe;
      into.sessionRpeLogged += 1;
    }
    for (const perf of session.performances) {
      const e = byName.get(perf.exerciseName);
      if (!e) continue;
      const hard = perf.sets.filter((s) => s.type === 'working' && (s.reps ?? 0) > 0 && (s.rir === null || s.rir <= 4)).length;
      if (e.id in into.liftHardSets) {
        into.liftHardSets[e.id] = (into.liftHardSets[e.id] ?? 0) + hard;
        into.liftSessions[e.id] = (into.liftSessions[e.id] ?? 0) + 1;
      }
      const top = Math.max(...e.targets.map((t) => t.share));
      for (const t of e.targets) into.muscleHardSets[t.muscle] += (hard * t.share) / top;
    }
  }
}
