import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphDb } from '@liftgraph/neo4j';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../main.js';

const ATHLETE = `test-import-notes-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const connection = {
  url: process.env.NEO4J_URL ?? 'bolt://127.0.0.1:7688',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'liftgraph-dev',
};

afterAll(async () => {
  const db = createGraphDb({ ...connection, maxConnectionPoolSize: 1 });
  try {
    await db.driver.executeQuery(
      `MATCH (a:Athlete {id: $id})
       OPTIONAL MATCH (a)-[:LOGGED]->(s:Session) OPTIONAL MATCH (s)-[:INCLUDES]->(p:Performance) OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set)
       OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i:Import)
       DETACH DELETE st, p, s, i, a`,
      { id: ATHLETE },
      { database: db.database },
    );
  } finally {
    await db.close();
  }
});

describe('liftgraph import notes', () => {
  it('should say on stderr how the unit and the dumbbell loads were read, with --json stdout unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-import-'));
    const file = join(dir, 'strong.csv');
    // A comma export (no unit anywhere) with a dumbbell press and its barbell press: 80 × 8 vs 100 × 5.
    writeFileSync(
      file,
      [
        'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
        '2024-01-08 08:00:00,Push,1h,Bench Press (Barbell),1,100,5,0,0,,,',
        '2024-01-08 08:00:00,Push,1h,Bench Press (Dumbbell),1,80,8,0,0,,,',
        '',
      ].join('\n'),
    );
    let out = '';
    let err = '';
    const env = { NEO4J_URL: connection.url, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password };
    const code = await runCli(['import', '--athlete', ATHLETE, file, '--json'], {
      stdout: (t) => (out += `${t}\n`),
      stderr: (t) => (err += `${t}\n`),
      env,
    });
    expect(code, err).toBe(0);
    expect(JSON.parse(out)).toEqual({ athleteId: ATHLETE, sessions: 1, sets: 2, performances: 2, unmapped: [] });
    expect(err).toMatch(
      /^weight unit kg \((inferred from the loads|assumed: the file does not say and its loads do not tell), confidence \d\.\d\d\) — .+; if that is wrong, run again with --unit lbs$/m,
    );
    expect(err).toMatch(/^dumbbell loads read as both dumbbells together \(median dumbbell\/barbell e1RM ratio 0\.87 over 1 pair\)$/m);
  }, 120_000);
});
