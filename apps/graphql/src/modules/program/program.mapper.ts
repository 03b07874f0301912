import { dayKey, type StoredProgram } from '@liftgraph/neo4j';
import type { ProgramType } from './program.type.js';

export type DayState = 'done' | 'missed' | 'skipped' | 'today' | 'upcoming';

/** A program day as of the athlete's `today`: done (a session fulfils it) before skipped, missed, today or upcoming by date. */
export function dayState(day: { date: string; status: string }, sessionId: string | null, today: string): DayState {
  if (sessionId !== null) return 'done';
  if (day.status === 'skipped') return 'skipped';
  if (day.date < today) return 'missed';
  return day.date === today ? 'today' : 'upcoming';
}

/**
 * The stored program (the contract's shape) as the API's Program, as of the athlete's `today`:
 * `programId` is its `id`, each prescription knows its place, each day its state and fulfilling session.
 */
export const toProgramType = ({ programId, sessionIds, ...p }: StoredProgram, today: string): ProgramType => ({
  ...p,
  id: programId,
  weeks: p.weeks.map((w) => ({
    ...w,
    days: w.days.map((d) => {
      const sessionId = sessionIds[dayKey(w.index, d.index)] ?? null;
      return {
        ...d,
        sessionId,
        state: dayState(d, sessionId, today),
        prescriptions: d.prescriptions.map((rx, order) => ({
          ...rx,
          order,
          adjustment:
            rx.adjustment === null
              ? null
              : {
                  reason: rx.adjustment.reason,
                  date: rx.adjustment.date,
                  by: rx.adjustment.by,
                  previousSets: rx.adjustment.previous.sets,
                  previousReps: rx.adjustment.previous.reps,
                  previousLoadKg: rx.adjustment.previous.loadKg,
                  previousTargetRpe: rx.adjustment.previous.targetRpe,
                },
        })),
      };
    }),
  })),
});
