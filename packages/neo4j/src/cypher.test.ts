import { describe, expect, it } from 'vitest';
import { SESSIONS_PAGE } from './athlete/athlete.cypher.js';
import { buildCatalogRows } from './catalog/catalog-rows.mapper.js';
import { catalogSeedStatements } from './catalog/catalog-seed.repository.js';
import { TRANSFER_PATHS } from './exercise/exercise.cypher.js';
import { CREATE_PERFORMANCES } from './ingest/ingest.cypher.js';
import { splitStatements } from './migrate/migration-files.js';

describe('Cypher statements', () => {
  it('should create fresh performances and their sets in one pass, without map SETs (Eager barriers)', () => {
    expect(CREATE_PERFORMANCES).toMatchInlineSnapshot(`
      "
      UNWIND $rows AS pr
      WITH pr, pr.props AS pp
      MATCH (s:Session {id: pr.sessionId})
      MATCH (e:Exercise {id: pr.exerciseId})
      CREATE (p:Performance {
        id: pr.id, athleteId: pp.athleteId, sessionId: pp.sessionId, exerciseId: pp.exerciseId, exerciseName: pp.exerciseName,
        date: pp.date, startedAt: pp.startedAt, order: pp.order, sets: pp.sets, totalSets: pp.totalSets, reps: pp.reps,
        weightKg: pp.weightKg, restSec: pp.restSec, rpe: pp.rpe, rir: pp.rir, volumeKg: pp.volumeKg, e1rmKg: pp.e1rmKg,
        supersetId: pp.supersetId, notes: pp.notes
      })
      CREATE (s)-[:INCLUDES]->(p), (p)-[:OF]->(e)
      WITH p, pr.id AS pid, pr.sets AS c
      UNWIND range(0, size(c.index) - 1) AS k
      WITH p, pid, c, k, toInteger(c.index[k]) AS index
      CREATE (p)-[:HAS_SET]->(:Set {
        id: pid + '/' + toString(index), index: index, type: c.type[k], reps: toInteger(c.reps[k]), weightKg: c.weightKg[k],
        rpe: c.rpe[k], rir: c.rir[k], restSec: c.restSec[k], distanceM: c.distanceM[k], durationSec: c.durationSec[k]
      })"
    `);
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
