import type { Seconds, WeightUnit } from '../units.js';
import type { LogDateTime } from './parse-log-date-time.js';
import type { LogFormat, LoggedPerformance, LoggedSession, LoggedSet, UnitSource, WorkoutLog } from './workout-log.js';

/** Session-level fields of a row; the first row of a session provides them (notes: the first non-empty). */
export interface SessionFields {
  key: string;
  startedAt: LogDateTime;
  title: string | null;
  durationMin: number | null;
  notes: string | null;
}

/** Performance-level fields of a row. */
export interface ExerciseFields {
  name: string;
  notes: string | null;
  supersetId: string | null;
}

/** A set as read from one row; `index` is assigned by the builder. */
export type SetFields = Omit<LoggedSet, 'index'>;

interface PendingPerformance {
  performance: LoggedPerformance;
  /** The source's own set numbers (Hevy `set_index`), null where a row has none. */
  orderKeys: (number | null)[];
}

interface PendingSession {
  session: LoggedSession;
  performances: PendingPerformance[];
  lastSet: LoggedSet | null;
}

/**
 * Groups rows into sessions and performances. Sessions are keyed (rows of one session need not be
 * adjacent, and files may be newest-first); within a session a new performance starts when the
 * exercise changes, or when a set number repeats (the same exercise done again straight after).
 */
export class LogBuilder {
  private readonly sessions = new Map<string, PendingSession>();

  addSet(sessionFields: SessionFields, exercise: ExerciseFields, set: SetFields, orderKey: number | null): void {
    const pending = this.sessionFor(sessionFields);
    const last = pending.performances.at(-1);
    // A set number seen twice means the exercise was done again straight after: a new performance.
    const restarted = orderKey !== null && last !== undefined && last.orderKeys.includes(orderKey);
    let target = last;
    if (target === undefined || target.performance.exerciseName !== exercise.name || restarted) {
      target = {
        performance: {
          order: pending.performances.length,
          exerciseName: exercise.name,
          sets: [],
          notes: exercise.notes,
          supersetId: exercise.supersetId,
        },
        orderKeys: [],
      };
      pending.performances.push(target);
    }
    target.performance.notes ??= exercise.notes;
    target.performance.supersetId ??= exercise.supersetId;
    const logged: LoggedSet = { index: target.performance.sets.length, ...set };
    target.performance.sets.push(logged);
    target.orderKeys.push(orderKey);
    pending.lastSet = logged;
  }

  /** Records rest after the most recent set of the session; false when the session has no set yet. */
  addRest(sessionKey: string, restSec: Seconds): boolean {
    const last = this.sessions.get(sessionKey)?.lastSet;
    if (last === undefined || last === null) return false;
    last.restSec = restSec;
    return true;
  }

  /** The log, sessions oldest first (ties keep file order), sets in the source's set order. */
  build(format: LogFormat, unit: WeightUnit, unitSource: UnitSource): WorkoutLog {
    const pending = [...this.sessions.values()];
    const sessions = pending
      .map((p, fileOrder) => ({ p, fileOrder }))
      .sort((a, b) => a.p.session.startedAt.localeCompare(b.p.session.startedAt) || a.fileOrder - b.fileOrder)
      .map(({ p }) => {
        p.session.performances = p.performances.map(sortSets);
        return p.session;
      });
    return { format, unit, unitSource, sessions };
  }

  private sessionFor(fields: SessionFields): PendingSession {
    const existing = this.sessions.get(fields.key);
    if (existing !== undefined) {
      existing.session.notes ??= fields.notes;
      return existing;
    }
    const created: PendingSession = {
      session: {
        key: fields.key,
        startedAt: fields.startedAt.iso,
        date: fields.startedAt.date,
        title: fields.title,
        durationMin: fields.durationMin,
        notes: fields.notes,
        sessionRpe: null,
        performances: [],
      },
      performances: [],
      lastSet: null,
    };
    this.sessions.set(fields.key, created);
    return created;
  }
}

function sortSets({ performance, orderKeys }: PendingPerformance): LoggedPerformance {
  const keys = orderKeys.filter((k): k is number => k !== null);
  if (keys.length === performance.sets.length && keys.some((k, i) => i > 0 && k < (keys[i - 1] ?? k))) {
    const order = performance.sets.map((set, i) => ({ set, key: keys[i] ?? 0 })).sort((a, b) => a.key - b.key);
    performance.sets = order.map(({ set }, index) => ({ ...set, index }));
  }
  return performance;
}
