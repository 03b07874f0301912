import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Neo4jStoreError } from '../errors.js';

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

const FILE_NAME = /^V(\d{3})__([a-z0-9_]+)\.cypher$/;

/** `packages/neo4j/migrations`, the same from src/ (tests, tsx) and dist/ (services). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Statements of a migration file: `;`-terminated, `//` line comments dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseMigration(fileName: string, text: string): Migration {
  const m = FILE_NAME.exec(fileName);
  if (m === null || m[1] === undefined || m[2] === undefined) {
    throw new Neo4jStoreError('MIGRATION_FAILED', `migration file "${fileName}" must be named V<nnn>__<snake_name>.cypher`);
  }
  const checksum = createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
  return { version: Number(m[1]), name: m[2], checksum, statements: splitStatements(text) };
}

/** Every migration in `dir`, by version; duplicate versions are refused. */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  const migrations = await Promise.all(files.map(async (f) => parseMigration(f, await readFile(`${dir}/${f}`, 'utf8'))));
  migrations.forEach((m, i) => {
    if (i > 0 && migrations[i - 1]?.version === m.version) {
      throw new Neo4jStoreError('MIGRATION_FAILED', `two migrations share version ${m.version}; renumber one`);
    }
  });
  return migrations;
}
