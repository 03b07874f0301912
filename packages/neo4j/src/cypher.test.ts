import { describe, expect, it } from 'vitest';
import { SESSIONS_PAGE } from './athlete/athlete.cypher.js';
import { buildCatalogRows } from './catalog/catalog-rows.mapper.js';
import { catalogSeedStatements } from './catalog/catalog-seed.repository.js';
import { TRANSFER_PATHS } from './exercise/exercise.cypher.js';
import { CREATE_PERFORMANCES, MERGE_PERFORMANCES } from './ingest/ingest.cypher.js';
import { STAGE_PERFORMANCES } from './ingest/staging.cypher.js';
import { splitStatements } from './migrate/migration-files.js';

describe('Cypher statements', () => {
  it('should create fresh performances and their sets in one pass, without map SETs (Eager barriers)', () => {
    expect(CREATE_PERFORMANCES).toMatchInlineSnapshot(`
      "
      UNWIND $rows AS pr
      MATCH (s:Session {id: pr.sessionId})
      MATCH (e:Exercise {id: pr.exerciseId})
      CREATE (s)-[:INCLUDES]->(p:Performance {
        id: pr.id, athleteId: pr.props.athleteId, sessionId: pr.props.sessionId, exerciseId: pr.props.exerciseId,
        exerciseName: pr.props.exerciseName, date: pr.props.date, startedAt: pr.props.startedAt, order: pr.props.order,
        sets: pr.props.sets, totalSets: pr.props.totalSets, reps: pr.props.reps, weightKg: pr.props.weightKg,
        restSec: pr.props.restSec, rpe: pr.props.rpe, rir: pr.props.rir, volumeKg: pr.props.volumeKg, e1rmKg: pr.props.e1rmKg,
        supersetId: pr.props.supersetId, notes: pr.props.notes
      }), (p)-[:OF]->(e)
      FOREACH (k IN range(0, size(pr.sets.index) - 1) |
        CREATE (p)-[:HAS_SET]->(:Set {
          index: toInteger(pr.sets.index[k]), type: pr.sets.type[k],
          reps: toInteger(pr.sets.reps[k]), weightKg: pr.sets.weightKg[k], rpe: pr.sets.rpe[k], rir: pr.sets.rir[k],
          restSec: pr.sets.restSec[k], distanceM: pr.sets.distanceM[k], durationSec: pr.sets.durationSec[k]
        })
      )"
    `);
  });

  it('should give a Set no id but match it by its performance and index (V007)', () => {
    for (const statement of [CREATE_PERFORMANCES, STAGE_PERFORMANCES, MERGE_PERFORMANCES]) {
      expect(statement).not.toMatch(/:Set \{\s*id:|st\.id\b|'\/' \+ toString/);
    }
    expect(MERGE_PERFORMANCES).toContain('MERGE (p)-[:HAS_SET]->(st:Set {index: index})');
  });

  it('should paginate sessions by keyset with an integer LIMIT parameter', () => {
    expect(SESSIONS_PAGE).toMatchInlineSnapshot(`
      "
      MATCH (s:Session {athleteId: $athleteId})
      WHERE $afterStartedAt IS NULL OR s.startedAt < $afterStartedAt OR (s.startedAt = $afterStartedAt AND s.id < $afterId)
      WITH s ORDER BY s.startedAt DESC, s.id DESC LIMIT $limit
      RETURN s.id AS id, s.date AS date, s.startedAt AS startedAt, s.title AS title, s.durationMin AS durationMin,
        COUNT { (s)-[:INCLUDES]->(:Performance) } AS performances,
        COUNT { (s)-[:INCLUDES]->(:Performance)-[:HAS_SET]->(:Set) } AS sets"
    `);
  });

  it('should bound transfer paths to three hops', () => {
    expect(TRANSFER_PATHS).toMatchInlineSnapshot(`
      "
      MATCH p = (:Exercise {id: $from})-[:TRANSFERS_TO*1..3]->(:Exercise {id: $to})
      WHERE length(p) <= $maxHops
      RETURN [n IN nodes(p) | n.id] AS exerciseIds, reduce(w = 1.0, r IN relationships(p) | w * r.weight) AS weight
      ORDER BY weight DESC, size(exerciseIds), exerciseIds
      LIMIT $limit"
    `);
  });

  it('should seed the catalog with parameterized statements only', () => {
    const statements = catalogSeedStatements(buildCatalogRows());
    expect(statements.map((s) => Object.keys(s.params))).toMatchInlineSnapshot(`
      [
        [
          "rows",
        ],
        [
          "rows",
        ],
        [
          "rows",
        ],
        [
          "exerciseIds",
          "keep",
        ],
        [
          "rows",
        ],
        [
          "exerciseIds",
          "keep",
        ],
        [
          "rows",
        ],
        [
          "exerciseIds",
          "keep",
        ],
        [
          "rows",
        ],
      ]
    `);
    expect(statements.every((s) => !/\$\{/.test(s.cypher))).toBe(true);
  });

  it('should split migration files into statements without comments', () => {
    expect(splitStatements('// why\nCREATE A;\n\nCREATE B;\n')).toEqual(['CREATE A', 'CREATE B']);
  });
});
