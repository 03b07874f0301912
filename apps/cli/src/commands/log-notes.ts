import { type ExerciseResolver, inferDumbbellRecording, median, type WorkoutLog } from '@liftgraph/domain';
import { catalogResolver } from './catalog-resolver.js';

/**
 * What to say on stderr about the weight unit: nothing when the file stated it or the caller gave it;
 * when it was inferred from the loads or assumed, which and the flag that overrides it.
 */
export function unitNote(log: WorkoutLog): string | null {
  if (log.unitSource !== 'inferred' && log.unitSource !== 'assumed') return null;
  const how = log.unitSource === 'inferred' ? 'inferred from the loads' : 'assumed: the file does not say and its loads do not tell';
  const confidence = log.unitConfidence === undefined ? '' : `, confidence ${log.unitConfidence.toFixed(2)}`;
  const evidence = log.unitEvidence === undefined ? '' : ` — ${log.unitEvidence}`;
  return `weight unit ${log.unit} (${how}${confidence})${evidence}; if that is wrong, run again with --unit ${log.unit === 'kg' ? 'lbs' : 'kg'}`;
}

/**
 * How the log's dumbbell (per-hand) loads were read (`inferDumbbellRecording`, names mapped to the
 * catalog only on a confident match), for stderr: one dumbbell, both together, or "could not tell"
 * with the reason and what programs do then (read them as both together: half per hand, the safe
 * side). Null when the log has no per-hand lift the catalog knows: nothing to read.
 */
export function dumbbellNote(log: WorkoutLog, resolve: ExerciseResolver = catalogResolver()): string | null {
  const memo = new Map<string, ReturnType<ExerciseResolver>>();
  const cached: ExerciseResolver = (name) => {
    if (!memo.has(name)) memo.set(name, resolve(name));
    return memo.get(name) ?? null;
  };
  const hasPerHand = log.sessions.some((s) => s.performances.some((p) => cached(p.exerciseName)?.loading === 'per-hand'));
  if (!hasPerHand) return null;
  const r = inferDumbbellRecording(log.sessions, cached);
  if (r.recording === null) {
    return `could not tell whether dumbbell loads are per hand or both together (${r.reason}); programs read them as both together, the safe side`;
  }
  const n = r.pairs.length;
  const evidence = `median dumbbell/barbell e1RM ratio ${median(r.pairs.map((p) => p.ratio)).toFixed(2)} over ${n} pair${n === 1 ? '' : 's'}`;
  return r.recording === 'total'
    ? `dumbbell loads read as both dumbbells together (${evidence})`
    : `dumbbell loads read as one dumbbell per hand (${evidence})`;
}
