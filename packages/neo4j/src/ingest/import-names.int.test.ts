import { importWorkoutLog, type WorkoutLog } from '@liftgraph/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import { Neo4jStoreError } from '../errors.js';
import { migrate } from '../migrate/migrate.js';
import { deleteAthleteData, testGraphDb } from '../testing/test-graph-db.js';
import { previewNames } from './import-names.repository.js';
import { importLog } from './log-import.repository.js';

const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const id = (what: string): string => `test-names-${RUN}-${what}`;
const ORG = id('org');
const OTHER_ORG = id('other-org');
const COACH = id('coach');
const SECOND_COACH = id('coach-2');
const OTHER_COACH = id('other-coach');
const NEW_ATHLETE = id('athlete');
const FAILED_ATHLETE = id('failed');

/** A FitNotes export as FitNotes writes it: the custom name's comma unquoted; one name no catalog has. */
const CSV = [
  'Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment',
  '2024-02-05,Barbell Squat,Legs,225.0,lbs,5,,,,""',
  '2024-02-05,Barbell Squat,Legs,225.0,lbs,5,,,,""',
  '2024-02-05,Zorblax Press (Each Side, Dumbbells),Shoulders,40.0,lbs,8,,,,""',
  '2024-02-05,Zorblax Press (Each Side, Dumbbells),Shoulders,40.0,lbs,8,,,,""',
  '2024-02-07,Zorblax Press (Each Side, Dumbbells),Shoulders,45.0,lbs,6,,,,""',
].join('\n');
const NAME = 'Zorblax Press (Each Side, Dumbbells)';

const db = testGraphDb();
let log: WorkoutLog;

/** Organisations as the accounts model has them: (:Coach)<-[:IS]-(:User)-[:MEMBER_OF]->(:Organisation). */
async function team(organisationId: string, coachIds: string[]): Promise<void> {
  await db.driver.executeQuery(
    `MERGE (o:Organisation {id: $organisationId}) SET o.name = $organisationId
     WITH o UNWIND $coachIds AS coachId
     MERGE (c:Coach {id: coachId})
     MERGE (u:User {id: 'user-' + coachId}) SET u.role = 'COACH'
     MERGE (u)-[:IS]->(c) MERGE (u)-[:MEMBER_OF {role: 'COACH'}]->(o)`,
    { organisationId, coachIds },
    { database: db.database },
  );
}

async function count(cypher: string, params: Record<string, unknown>): Promise<number> {
  const { records } = await db.driver.executeQuery(`${cypher} RETURN count(*) AS n`, params, { database: db.database });
  return Number(records[0]?.get('n'));
}

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  await team(ORG, [COACH, SECOND_COACH]);
  await team(OTHER_ORG, [OTHER_COACH]);
  log = await importWorkoutLog(CSV);
});
afterAll(async () => {
  await deleteAthleteData(db, [NEW_ATHLETE, FAILED_ATHLETE]);
  await db.driver.executeQuery(
    `MATCH (n) WHERE (n:Organisation AND n.id IN $orgs) OR (n:Coach AND n.id IN $coaches) OR (n:User AND n.id IN $users)
     OR (n:Athlete AND n.id IN $athletes) DETACH DELETE n`,
    {
      orgs: [ORG, OTHER_ORG],
      coaches: [COACH, SECOND_COACH, OTHER_COACH],
      users: [COACH, SECOND_COACH, OTHER_COACH].map((c) => `user-${c}`),
      athletes: [NEW_ATHLETE, FAILED_ATHLETE],
    },
    { database: db.database },
  );
  await db.close();
});

describe('import previews and name mappings remembered per organisation (real Neo4j)', () => {
  it('should preview, import for a new athlete with a mapping, and apply the mapping in the organisation’s next preview', async () => {
    expect(log.repairedLines).toEqual([4, 5, 6]);
    const before = await previewNames(db, log, { coachId: COACH, athleteId: null });
    const unmatched = before.find((r) => r.name === NAME);
    expect(unmatched).toMatchObject({ sets: 3, exerciseId: null });
    expect(unmatched?.suggestions.length).toBeGreaterThan(0);
    expect(before.find((r) => r.name === 'Barbell Squat')).toMatchObject({ sets: 2, exerciseId: 'barbell-back-squat' });

    const result = await importLog(db, {
      athleteId: NEW_ATHLETE,
      log,
      file: CSV,
      newAthlete: { name: 'Dana New', unit: 'lbs', timeZone: 'UTC', coachId: COACH },
      nameMappings: [{ name: NAME, exerciseId: 'dumbbell-shoulder-press' }],
      rememberNames: { coachId: COACH, mappings: [{ name: NAME, exerciseId: 'dumbbell-shoulder-press' }] },
    });
    expect(result).toMatchObject({ sessions: 2, sets: 5, unmapped: [] });
    expect(
      await count('MATCH (:Coach {id: $c})-[:COACHES]->(:Athlete {id: $a, name: "Dana New", unit: "lbs"})', { c: COACH, a: NEW_ATHLETE }),
    ).toBe(1);
    expect(
      await count(
        'MATCH (:Athlete {id: $a})-[:LOGGED]->(:Session)-[:INCLUDES]->(p:Performance)-[:OF]->(:Exercise {id: "dumbbell-shoulder-press"})',
        {
          a: NEW_ATHLETE,
        },
      ),
    ).toBe(2);
    expect(
      await count('MATCH (:Organisation {id: $o})-[:NAMES {name: $name}]->(:Exercise {id: "dumbbell-shoulder-press"})', {
        o: ORG,
        name: NAME.toLowerCase(),
      }),
    ).toBe(1);

    // Another coach of the same organisation previews a file with the name: it is mapped, by the organisation.
    const again = await previewNames(db, log, { coachId: SECOND_COACH, athleteId: null });
    expect(again.find((r) => r.name === NAME)).toMatchObject({ exerciseId: 'dumbbell-shoulder-press', method: 'mapping', confidence: 1 });
    // An admin (no coach) importing for the athlete gets the athlete's coaches' organisation's mappings.
    const byAthlete = await previewNames(db, log, { coachId: null, athleteId: NEW_ATHLETE });
    expect(byAthlete.find((r) => r.name === NAME)?.exerciseId).toBe('dumbbell-shoulder-press');
    // Another organisation does not see it.
    const other = await previewNames(db, log, { coachId: OTHER_COACH, athleteId: null });
    expect(other.find((r) => r.name === NAME)).toMatchObject({ exerciseId: null });
  });

  it('should write nothing (athlete, COACHES, mapping, sessions) when the import fails half-way', async () => {
    const remembered = [{ name: 'Barbell Squat', exerciseId: 'barbell-front-squat' }];
    await expect(
      importLog(
        db,
        {
          athleteId: FAILED_ATHLETE,
          log,
          file: CSV,
          newAthlete: { name: 'Failing', unit: 'kg', timeZone: 'UTC', coachId: COACH },
          nameMappings: remembered,
          rememberNames: { coachId: COACH, mappings: remembered },
        },
        {
          batchSize: 1,
          onBatch: (stage, index) => {
            if (stage === 'performances' && index === 1) throw new Error('injected failure');
          },
        },
      ),
    ).rejects.toThrow(/injected failure/);
    expect(await count('MATCH (a:Athlete {id: $a})', { a: FAILED_ATHLETE })).toBe(0);
    expect(await count('MATCH (s:Session {athleteId: $a})', { a: FAILED_ATHLETE })).toBe(0);
    expect(await count('MATCH (:Organisation {id: $o})-[:NAMES {name: "barbell squat"}]->()', { o: ORG })).toBe(0);
  });

  it('should refuse to create an athlete whose id exists, writing nothing', async () => {
    const error: unknown = await importLog(db, {
      athleteId: NEW_ATHLETE,
      log,
      file: `${CSV}\n`,
      newAthlete: { name: 'Duplicate', unit: 'kg', timeZone: 'UTC', coachId: OTHER_COACH },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jStoreError);
    expect((error as Neo4jStoreError).code).toBe('CONFLICT');
    expect(await count('MATCH (:Coach {id: $c})-[:COACHES]->(:Athlete {id: $a})', { c: OTHER_COACH, a: NEW_ATHLETE })).toBe(0);
    expect(await count('MATCH (:Athlete {id: $a})-[:HAS_IMPORT]->(i:Import)', { a: NEW_ATHLETE })).toBe(1);
  });
});
