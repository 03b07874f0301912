import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toStringValue } from '../integer.mapper.js';
import type { StoredProgram } from '../program/program.mapper.js';
import { readPrograms } from '../program/program.repository.js';
import { readQuery, readTx } from '../tx.js';
import { ALL_ATHLETE_IDS, ATHLETES_BY_IDS, PROGRAM_IDS_BY_ATHLETE_IDS, ROSTER, STATUS_INPUTS_BY_IDS } from './roster.cypher.js';
import { type AthleteProfile, type StatusInputs, toAthleteProfile, toStatusInputs } from './roster.mapper.js';

export type { ActiveProgram, AthleteProfile, StatusInputs } from './roster.mapper.js';

/** Which athletes a roster read covers: a coach's (the COACHES edges), given ids, or every athlete (paged). */
export type RosterScope =
  { coachId: string; limit: number } | { athleteIds: readonly string[] } | { all: true; limit: number; offset: number };

export interface RosterEntry {
  profile: AthleteProfile;
  /** Present when the read asked for `statusFrom`. */
  status: StatusInputs | null;
}

/**
 * Batch-shaped reads keyed by athlete or program ids: every method answers N keys with one
 * statement, which is what the GraphQL API's DataLoaders need to avoid N+1 queries.
 */
export class RosterRepository {
  constructor(private readonly db: GraphDb) {}

  athletesByIds(ids: readonly string[]): Promise<AthleteProfile[]> {
    return readTx(this.db, 'roster.athletesByIds', async (tx) => (await tx.run(ATHLETES_BY_IDS, { ids })).records.map(toAthleteProfile));
  }

  /**
   * The athletes of `scope` with their profiles and, when `statusFrom` (`YYYY-MM-DD`) is given, the
   * dashboard inputs (loads since then, last session, active program and its logged sessions): one
   * statement (an auto-commit read: one round trip), however many athletes.
   */
  async roster(scope: RosterScope, opts: { statusFrom?: string } = {}): Promise<RosterEntry[]> {
    const [statements, params] =
      'coachId' in scope
        ? [ROSTER.coach, { coachId: scope.coachId, limit: toNeo4jInt(scope.limit, 'limit') }]
        : 'athleteIds' in scope
          ? [ROSTER.ids, { ids: scope.athleteIds }]
          : [ROSTER.all, { limit: toNeo4jInt(scope.limit, 'limit'), offset: toNeo4jInt(scope.offset, 'offset') }];
    const from = opts.statusFrom;
    const records = await readQuery(this.db, 'roster.roster', from === undefined ? statements.profiles : statements.withStatus, {
      ...params,
      ...(from !== undefined && { from }),
    });
    return records.map((r) => {
      const profile = toAthleteProfile(r);
      return { profile, status: from === undefined ? null : toStatusInputs(profile.id, r) };
    });
  }

  /** The dashboard inputs of each athlete of `ids` (see `roster`), one statement for all. */
  statusInputs(ids: readonly string[], from: string): Promise<StatusInputs[]> {
    return readTx(this.db, 'roster.statusInputs', async (tx) =>
      (await tx.run(STATUS_INPUTS_BY_IDS, { ids, from })).records.map((r) =>
        toStatusInputs(toStringValue(r.get('athleteId'), 'athleteId'), r),
      ),
    );
  }

  allAthleteIds(opts: { limit: number; offset: number }): Promise<string[]> {
    return readTx(this.db, 'roster.allAthleteIds', async (tx) =>
      (await tx.run(ALL_ATHLETE_IDS, { limit: toNeo4jInt(opts.limit, 'limit'), offset: toNeo4jInt(opts.offset, 'offset') })).records.map(
        (r) => toStringValue(r.get('id'), 'id'),
      ),
    );
  }

  programIdsByAthleteIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    return readTx(this.db, 'roster.programIdsByAthleteIds', async (tx) => {
      const out = new Map<string, string[]>();
      for (const r of (await tx.run(PROGRAM_IDS_BY_ATHLETE_IDS, { ids })).records) {
        out.set(toStringValue(r.get('athleteId'), 'athleteId'), r.get('programIds') as string[]);
      }
      return out;
    });
  }

  /** Programs by id, in the contract's shape (the program module's one statement and mapping). */
  programsByIds(ids: readonly string[]): Promise<StoredProgram[]> {
    return readTx(this.db, 'roster.programsByIds', (tx) => readPrograms(tx, ids));
  }
}
