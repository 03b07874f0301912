import type { Kilograms, LoggedPerformance, LoggedSession, LoggedSet, Seconds, SetType } from '@liftgraph/domain';
import type { GraphDb } from '../graph-db.js';
import { toNullableNumber, toNullableString, toStringValue } from '../integer.mapper.js';
import { readTx } from '../tx.js';
import { ATHLETE_HISTORY } from './athlete-history.cypher.js';

/** An athlete's profile and log as the planner reads it. */
export interface AthleteHistory {
  athleteId: string;
  name: string;
  sex: 'male' | 'female' | null;
  bodyweightKg: number | null;
  /** IANA time zone of the athlete's dates (UTC when never set). */
  timeZone: string;
  /** The athlete's unit for loads (kg when never set) and whether their account has microplates. */
  unit: 'kg' | 'lbs';
  microplates: boolean;
  /**
   * Sessions oldest first. Each performance's `exerciseName` is the catalog exercise id the import
   * resolved (so a reader maps it exactly, without fuzzy matching).
   */
  sessions: LoggedSession[];
}

type Raw = Record<string, unknown>;
const SET_TYPES: readonly SetType[] = ['working', 'warmup', 'drop', 'failure'];

function toSet(raw: Raw, fallbackIndex: number): LoggedSet {
  const weightKg = toNullableNumber(raw.weightKg, 'set.weightKg');
  const type = toNullableString(raw.type, 'set.type') ?? 'working';
  return {
    index: toNullableNumber(raw.index, 'set.index') ?? fallbackIndex,
    type: SET_TYPES.includes(type as SetType) ? (type as SetType) : 'working',
    reps: toNullableNumber(raw.reps, 'set.reps'),
    weightKg: weightKg as Kilograms | null,
    originalWeight: weightKg,
    originalUnit: 'kg',
    rpe: toNullableNumber(raw.rpe, 'set.rpe'),
    rir: toNullableNumber(raw.rir, 'set.rir'),
    restSec: toNullableNumber(raw.restSec, 'set.restSec') as Seconds | null,
    distanceM: toNullableNumber(raw.distanceM, 'set.distanceM'),
    durationSec: toNullableNumber(raw.durationSec, 'set.durationSec') as Seconds | null,
    sourceLine: 0,
  };
}

/** Performances imported without set rows carry only their summary: expand it into `sets` equal sets. */
function summarySets(raw: Raw): LoggedSet[] {
  const count = toNullableNumber(raw.sets, 'performance.sets') ?? 0;
  return Array.from({ length: count }, (_, i) =>
    toSet({ index: i, type: 'working', reps: raw.reps, weightKg: raw.weightKg, rpe: raw.rpe, rir: raw.rir, restSec: raw.restSec }, i),
  );
}

function toPerformance(raw: Raw): LoggedPerformance {
  const rows = (raw.setRows as Raw[] | null) ?? [];
  const sets = rows.length > 0 ? rows.map((r, i) => toSet(r, i)).sort((a, b) => a.index - b.index) : summarySets(raw);
  return {
    order: toNullableNumber(raw.order, 'performance.order') ?? 0,
    exerciseName: toStringValue(raw.exerciseId, 'performance.exerciseId'),
    sets,
    notes: toNullableString(raw.notes, 'performance.notes'),
    supersetId: toNullableString(raw.supersetId, 'performance.supersetId'),
  };
}

function toSession(raw: Raw): LoggedSession {
  const startedAt = toStringValue(raw.startedAt, 'session.startedAt');
  return {
    key: toNullableString(raw.key, 'session.key') ?? startedAt,
    startedAt,
    date: toStringValue(raw.date, 'session.date'),
    title: toNullableString(raw.title, 'session.title'),
    durationMin: toNullableNumber(raw.durationMin, 'session.durationMin'),
    notes: toNullableString(raw.notes, 'session.notes'),
    sessionRpe: toNullableNumber(raw.sessionRpe, 'session.sessionRpe'),
    performances: ((raw.performances as Raw[] | null) ?? []).map(toPerformance).sort((a, b) => a.order - b.order),
  };
}

/** Reads an athlete's log back out of the graph in the domain's `LoggedSession` shape. */
export class AthleteHistoryRepository {
  constructor(private readonly db: GraphDb) {}

  /** Profile and sessions (on/after `from` when given); null when the athlete does not exist. */
  history(athleteId: string, opts: { from?: string } = {}): Promise<AthleteHistory | null> {
    return readTx(this.db, 'athlete.history', async (tx) => {
      const record = (await tx.run(ATHLETE_HISTORY, { athleteId, from: opts.from ?? null })).records[0];
      if (record === undefined) return null;
      const athlete = record.get('athlete') as Raw;
      const sex = toNullableString(athlete.sex, 'athlete.sex');
      return {
        athleteId: toStringValue(athlete.id, 'athlete.id'),
        name: toNullableString(athlete.name, 'athlete.name') ?? toStringValue(athlete.id, 'athlete.id'),
        sex: sex === 'male' || sex === 'female' ? sex : null,
        bodyweightKg: toNullableNumber(athlete.bodyweightKg, 'athlete.bodyweightKg'),
        timeZone: toNullableString(athlete.timeZone, 'athlete.timeZone') ?? 'UTC',
        unit: toNullableString(athlete.unit, 'athlete.unit') === 'lbs' ? 'lbs' : 'kg',
        microplates: athlete.microplates === true,
        sessions: (record.get('sessions') as Raw[]).map(toSession),
      };
    });
  }
}
