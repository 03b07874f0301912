import { autoregulate, detectPersonalRecords, type LoggedSession, type LoggedWorkoutSession, type PersonalRecord } from '@liftgraph/domain';
import type { StoredProgram, WorkoutInput } from '@liftgraph/neo4j';
import type { Context } from '../../context.js';
import { forgetProgram } from '../program/program-access.js';
import type { PersonalRecordType } from '../athlete/athlete.type.js';
import type { AdjustmentChangeType } from '../program/program.type.js';

/** A stored session (history: performances by catalog id) as the domain's logged workout. */
export function toLoggedWorkout(athleteId: string, s: LoggedSession): LoggedWorkoutSession {
  return {
    sessionId: `${athleteId}/${s.key}`,
    date: s.date,
    exercises: s.performances.map((p) => ({
      exerciseId: p.exerciseName,
      sets: p.sets.map((set) => ({ reps: set.reps, weightKg: set.weightKg, rir: set.rir, rpe: set.rpe, warmup: set.type === 'warmup' })),
    })),
  };
}

/** What the store's workout input logged, as the domain's logged workout (blank sets kept as not done). */
function loggedOf(input: WorkoutInput, sessionId: string): LoggedWorkoutSession {
  return {
    sessionId,
    date: input.startedAt.slice(0, 10),
    exercises: input.performances.map((p) => ({
      exerciseId: p.exerciseId,
      sets: p.sets.map((s) => ({
        reps: s.done === false ? null : s.reps,
        weightKg: s.weightKg,
        rir: s.rir ?? null,
        rpe: s.rpe ?? null,
        done: s.done !== false,
        warmup: s.type === 'warmup',
      })),
    })),
  };
}

export const toPersonalRecordType = (r: PersonalRecord, names: (id: string) => string): PersonalRecordType => ({
  exerciseId: r.exerciseId,
  exerciseName: r.exerciseName === r.exerciseId ? names(r.exerciseId) : r.exerciseName,
  kind: r.kind,
  date: r.date,
  sessionId: r.sessionId ?? '',
  weightKg: r.weightKg,
  reps: r.reps,
  e1rmKg: r.e1rmKg,
  previousBest: r.previousBest,
});

/** The program a logged session adapts: the one it names, else the athlete's active program (null when none). */
async function programOf(ctx: Context, input: WorkoutInput): Promise<StoredProgram | null> {
  if (input.programId != null) return ctx.loaders.programById.load(input.programId);
  const ids = await ctx.loaders.programIdsByAthleteId.load(input.athleteId);
  const programs = await Promise.all(ids.map((id) => ctx.loaders.programById.load(id)));
  return programs.find((p) => p?.status === 'active') ?? null;
}

/**
 * After a session is stored: personal records against the athlete's earlier sessions, and autoregulation
 * of the program it follows (the next prescriptions of the exercises it involved, recomputed from what
 * was logged; locked ones untouched), the adapted program saved in one transaction.
 */
export async function afterWorkout(
  ctx: Context,
  input: WorkoutInput,
  sessionId: string,
  today: string,
): Promise<{ adjustments: AdjustmentChangeType[]; records: PersonalRecordType[] }> {
  const session = loggedOf(input, sessionId);
  const history = await ctx.repos.history.history(input.athleteId);
  const earlier = (history?.sessions ?? []).map((s) => toLoggedWorkout(input.athleteId, s)).filter((s) => s.sessionId !== sessionId);
  const records = detectPersonalRecords(earlier, session);
  const exercises = await Promise.all(records.map((r) => ctx.loaders.exerciseById.load(r.exerciseId)));
  const names = new Map(exercises.flatMap((e) => (e === null ? [] : [[e.id, e.name] as const])));

  const program = await programOf(ctx, input);
  let adjustments: AdjustmentChangeType[] = [];
  if (program !== null && program.status === 'active') {
    ctx.loaders.statusByAthleteId.clear(input.athleteId);
    const { acwr } = await ctx.loaders.statusByAthleteId.load(input.athleteId);
    const fulfilled =
      input.week != null && input.day != null && input.programId === program.programId ? { week: input.week, day: input.day } : null;
    const doneDays = Object.entries(program.sessionIds)
      .filter(([, id]) => id !== sessionId)
      .map(([key]) => {
        const [week, day] = key.split('/').map(Number);
        return { week: week ?? -1, day: day ?? -1 };
      });
    const { sessionIds: _done, name, status, coachId, createdAt, ...contract } = program;
    // Loads move on the athlete's plates (lb steps for an lbs athlete, microplates when their account has them).
    const plates = history ? { unit: history.unit, microplates: history.microplates } : undefined;
    const result = autoregulate({ program: contract, session, fulfilled, today, acwr, doneDays, ...(plates && { plates }) });
    if (result.changes.length > 0) {
      await ctx.repos.programs.save(result.program, { name, status, coachId, createdAt });
      forgetProgram(ctx, program);
    }
    adjustments = result.changes.map((c) => ({
      week: c.week,
      day: c.day,
      order: c.order,
      date: c.date,
      exerciseName: c.exerciseName,
      reason: c.reason,
    }));
  }
  return { adjustments, records: records.map((r) => toPersonalRecordType(r, (id) => names.get(id) ?? id)) };
}
