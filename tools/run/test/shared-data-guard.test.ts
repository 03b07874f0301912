// Every test file that reads `../shared` (the real logs, free-exercise-db) must fail under CI=true when it is
// missing and skip loudly elsewhere. A test that only skips would let CI pass without the real-data tests.
// The guards: requireSharedData (packages/domain testing), realLogsAvailable (packages/neo4j testing), or an
// inline `process.env.CI` check that throws.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@liftgraph/tools-neo4j';
import { describe, expect, it } from 'vitest';

const NEEDS_SHARED = /\.\.\/shared\b|shared\/data|sharedDataDir\(|realLogsDir\(/;
const GUARDED = /requireSharedData\(|realLogsAvailable\(|process\.env(?:\.CI|\['CI'\])[\s\S]{0,200}throw new Error\(`CI/;

function testFiles(): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', 'apps', 'packages', 'tools', 'tooling'],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  return listed
    .split('\0')
    .filter((f) => /\.test\.tsx?$/.test(f) && !f.includes('node_modules') && f !== 'tools/run/test/shared-data-guard.test.ts');
}

describe('tests that need ../shared', () => {
  it('should each fail under CI when ../shared is missing (not just skip)', () => {
    const files = testFiles().filter((f) => {
      try {
        return NEEDS_SHARED.test(readFileSync(join(REPO_ROOT, f), 'utf8'));
      } catch {
        return false; // deleted in the work tree
      }
    });
    expect(files.length).toBeGreaterThanOrEqual(10);
    const unguarded = files.filter((f) => !GUARDED.test(readFileSync(join(REPO_ROOT, f), 'utf8')));
    expect(unguarded, 'test files reading ../shared without a CI guard').toEqual([]);
  });
});
