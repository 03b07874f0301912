import type { LoadSession, MuscleSetEntry, SetType } from '@liftgraph/domain';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { toNullableNumber, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';
import type { SetForE1rm } from './training-metrics.js';

export interface SessionSummary {
  id: string;
  date: string;
  startedAt: string;
  title: string | null;
  durationMin: number | null;
  /** The athlete's rating of the whole session (CR-10), null when not given. */
  sessionRpe: number | null;
  endedAt: string | null;
  notes: string | null;
  programId: string | null;
  week: number | null;
  day: number | null;
  performances: number;
  sets: number;
}

type RawMap = Record<string, unknown>;

export function toSessionSummary(r: Neo4jRecord): SessionSummary {
  return {
    id: toStringValue(r.get('id'), 'id'),
    date: toStringValue(r.get('date'), 'date'),
    startedAt: toStringValue(r.get('startedAt'), 'startedAt'),
    title: toNullableString(r.get('title'), 'title'),
    durationMin: toNullableNumber(r.get('durationMin'), 'durationMin'),
    sessionRpe: toNullableNumber(r.get('sessionRpe'), 'sessionRpe'),
    endedAt: toNullableString(r.get('endedAt'), 'endedAt'),
    notes: toNullableString(r.get('notes'), 'notes'),
    programId: toNullableString(r.get('programId'), 'programId'),
    week: toNullableNumber(r.get('week'), 'week'),
    day: toNullableNumber(r.get('day'), 'day'),
    performances: toNumber(r.get('performances'), 'performances'),
    sets: toNumber(r.get('sets'), 'sets'),
  };
}

export function toSetForE1rm(raw: unknown): SetForE1rm {
  const v = raw as RawMap;
  return {
    type: toStringValue(v.type, 'set.type'),
    reps: toNullableNumber(v.reps, 'set.reps'),
    weightKg: toNullableNumber(v.weightKg, 'set.weightKg'),
    rir: toNullableNumber(v.rir, 'set.rir'),
    rpe: toNullableNumber(v.rpe, 'set.rpe'),
  };
}

const asSetType = (v: unknown): SetType => toStringValue(v, 'set.type') as SetType;

/** A stored session as the domain's load functions read it (exercise id in place of the logged name). */
export function toLoadSession(r: Neo4jRecord): LoadSession {
  const performances = (r.get('performances') as RawMap[]).map((p) => ({
    exerciseName: toStringValue(p.exerciseName, 'performance.exerciseId'),
    sets: (p.sets as unknown[]).map((s) => {
      const x = toSetForE1rm(s);
      return { ...x, type: asSetType(x.type), weightKg: x.weightKg as LoadSession['performances'][number]['sets'][number]['weightKg'] };
    }),
  }));
  return {
    date: toStringValue(r.get('date'), 'date'),
    durationMin: toNullableNumber(r.get('durationMin'), 'durationMin'),
    sessionRpe: toNullableNumber(r.get('sessionRpe'), 'sessionRpe'),
    performances,
  };
}

/** One hard-set candidate per stored set, with the exercise's muscle targets. */
export function toMuscleSetEntries(r: Neo4jRecord): MuscleSetEntry[] {
  const date = toStringValue(r.get('date'), 'date');
  const targets = (r.get('targets') as RawMap[]).map((t) => ({
    muscle: toStringValue(t.muscle, 'muscle') as MuscleSetEntry['targets'][number]['muscle'],
    role: toStringValue(t.role, 'role') as 'primary' | 'secondary',
  }));
  return (r.get('sets') as RawMap[]).map((s) => ({
    date,
    targets,
    set: {
      type: asSetType(s.type),
      reps: toNullableNumber(s.reps, 'reps'),
      rpe: toNullableNumber(s.rpe, 'rpe'),
      rir: toNullableNumber(s.rir, 'rir'),
    },
  }));
}
