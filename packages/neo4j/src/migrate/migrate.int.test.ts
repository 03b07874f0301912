import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { testGraphDb } from '../testing/test-graph-db.js';
import { migrate } from './migrate.js';
import { SHOW_CONSTRAINT_NAMES } from './migrate.cypher.js';
import { loadMigrations, parseMigration } from './migration-files.js';

const db = testGraphDb();
afterAll(() => db.close());

describe('migrate', () => {
  it('should be idempotent when applied twice and leave every id constraint in place (none on Set, V007)', async () => {
    await migrate(db);
    const second = await migrate(db);
    expect(second.applied).toEqual([]);
    expect(second.skipped).toBe((await loadMigrations()).length);
    const { records } = await db.driver.executeQuery(SHOW_CONSTRAINT_NAMES, {}, { database: db.database });
    const names = records.map((r) => r.get('name') as string);
    expect(names).toEqual(
      expect.arrayContaining([
        'athlete_id_unique',
        'exercise_id_unique',
        'muscle_group_id_unique',
        'movement_pattern_id_unique',
        'coach_id_unique',
        'user_id_unique',
        'session_id_unique',
        'performance_id_unique',
        'program_id_unique',
        'program_day_id_unique',
        'prescription_id_unique',
        'model_version_id_unique',
        'import_id_unique',
        'migration_version_unique',
        'user_email_unique',
      ]),
    );
    // A Set is identified by (its Performance, index) and has no id, so no constraint (V007 drops V001's).
    expect(names).not.toContain('set_id_unique');
  });

  it('should let two migrators race on the same new schema rules and both succeed (a second replica starting at once)', async () => {
    // A private migration (version and names of its own), so the race touches nothing other tests use.
    const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const version = 900 + Math.floor(Math.random() * 99);
    const text = Array.from({ length: 6 }, (_, k) => `CREATE INDEX race_${tag}_${k} IF NOT EXISTS FOR (n:RaceProbe${k}) ON (n.key);`).join(
      '\n',
    );
    const race = parseMigration(`V${version}__race_${tag}.cypher`, text);
    try {
      const results = await Promise.all([migrate(db, [race]), migrate(db, [race]), migrate(db, [race])]);
      expect(results.flatMap((r) => r.applied.map((a) => a.version)).length).toBeGreaterThanOrEqual(1);
      expect((await migrate(db, [race])).applied).toEqual([]);
    } finally {
      for (let k = 0; k < 6; k++) await db.driver.executeQuery(`DROP INDEX race_${tag}_${k} IF EXISTS`, {}, { database: db.database });
      await db.driver.executeQuery(
        'MATCH (m:__Migration {version: $version}) DELETE m',
        { version: neo4j.int(version) },
        { database: db.database },
      );
    }
  });

  it('should strip the id of a Set written before V007 and keep its other properties', async () => {
    const v007 = (await loadMigrations()).find((m) => m.version === 7);
    if (v007 === undefined) throw new Error('V007 missing');
    const marker = `test-set-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    await db.driver.executeQuery('CREATE (:Set {id: $marker, index: 3, marker: $marker})', { marker }, { database: db.database });
    // Its statements again, as the runner applies them (auto-commit; CALL IN TRANSACTIONS needs that).
    const session = db.driver.session({ database: db.database });
    try {
      for (const statement of v007.statements) await session.run(statement);
    } finally {
      await session.close();
    }
    const { records } = await db.driver.executeQuery(
      'MATCH (st:Set {marker: $marker}) RETURN st.id AS id, st.index AS index',
      { marker },
      { database: db.database },
    );
    await db.driver.executeQuery('MATCH (st:Set {marker: $marker}) DELETE st', { marker }, { database: db.database });
    expect(records.map((r) => [r.get('id'), Number(r.get('index'))])).toEqual([[null, 3]]);
  });

  it('should record every migration as a __Migration node with its checksum', async () => {
    const { records } = await db.driver.executeQuery(
      'MATCH (m:__Migration) RETURN m.version AS v, m.checksum AS c ORDER BY v',
      {},
      { database: db.database },
    );
    const files = await loadMigrations();
    for (const m of files) {
      const rec = records.find((r) => Number(r.get('v')) === m.version);
      expect(rec?.get('c')).toBe(m.checksum);
    }
  });

  it('should refuse a migration whose file changed after it was applied', async () => {
    const [first] = await loadMigrations();
    if (first === undefined) throw new Error('no migrations');
    await expect(migrate(db, [{ ...first, checksum: 'f'.repeat(64) }])).rejects.toMatchObject({ code: 'MIGRATION_CHECKSUM_MISMATCH' });
  });
});
