import { describe, expect, it } from 'vitest';
import { SESSIONS_PAGE } from './athlete/athlete.cypher.js';
import { buildCatalogRows } from './catalog/catalog-rows.mapper.js';
import { catalogSeedStatements } from './catalog/catalog-seed.repository.js';
import { TRANSFER_PATHS } from './exercise/exercise.cypher.js';
import { MERGE_PERFORMANCES } from './ingest/ingest.cypher.js';
import { CREATE_SESSION_TREES, STAGE_SESSION_TREES } from './ingest/session-tree.cypher.js';
import { splitStatements } from './migrate/migration-files.js';

describe('Cypher statements', () => {
  it('should give a Set no id but match it by its performance and index (V007)', () => {
    for (const statement of [CREATE_SESSION_TREES, STAGE_SESSION_TREES, MERGE_PERFORMANCES]) {
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
        s.sessionRpe AS sessionRpe, s.endedAt AS endedAt, s.notes AS notes, s.programId AS programId, s.week AS week, s.day AS day,
        COUNT { MATCH (s)-[:INCLUDES]->(p:Performance)
          WHERE NOT EXISTS { (p)-[:HAS_SET]->(:Set) } OR EXISTS { MATCH (p)-[:HAS_SET]->(st:Set) WHERE coalesce(st.done, true) } } AS performances,
        COUNT { MATCH (s)-[:INCLUDES]->(:Performance)-[:HAS_SET]->(st:Set) WHERE coalesce(st.done, true) } AS sets"
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
