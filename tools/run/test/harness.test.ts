// The harness behind `npm test` (tools/run/harness.ts, used by tools/run/test.ts) on real vitest runs in a
// temporary directory: a test file that throws at import time, an unhandled error after passing tests and a
// failing check each make the run fail (non-zero exit, failed ≥ 1 on the summary line); passing files pass.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSummaryLine, runCheck, runVitest, summarize, tallyVitest } from '../harness.js';

const SUMMARY = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;
const dirs: string[] = [];

/** A directory with its own vitest config (one `unit` project, like the repo's) and the given test files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'liftgraph-harness-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'vitest.config.mjs'),
    "export default { test: { projects: [{ test: { name: 'unit', include: ['*.test.mjs'], globals: true } }] } };\n",
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const run = (dir: string) =>
  runVitest({ label: 'unit', root: dir, projects: ['unit'], reportFile: join(dir, 'report.json'), stdio: 'pipe' });

const PASSING = "test('adds', () => { expect(1 + 1).toBe(2); });\ntest.skip('later', () => {});\n";

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npm test harness on real vitest runs', () => {
  it('should fail the run when a test file throws at import time (a failed suite with no failed test)', async () => {
    const dir = project({ 'ok.test.mjs': PASSING, 'broken.test.mjs': "throw new Error('broken at import');\n" });
    const tally = await run(dir);
    expect(tally.exitCode, tally.output).not.toBe(0);
    expect(tally.failedTests).toBe(0);
    expect(tally.failedFiles).toEqual(['broken.test.mjs']);
    expect(tally.failed).toBeGreaterThanOrEqual(1);
    expect(tally.passed).toBe(1);
    const summary = summarize([], [tally]);
    expect(summary.exitCode).toBe(1);
    const [, passed, failed] = SUMMARY.exec(summary.line) ?? [];
    expect(Number(passed)).toBe(1);
    expect(Number(failed)).toBeGreaterThanOrEqual(1);
    expect(summary.details.join('\n')).toContain('1 test files failed to run (broken.test.mjs)');
  });

  it('should count failed tests and a file that failed to load together', async () => {
    const dir = project({
      'ok.test.mjs': PASSING,
      'broken.test.mjs': "import './missing-module.mjs';\n",
      'red.test.mjs': "test('red', () => { expect(1).toBe(2); });\n",
    });
    const tally = await run(dir);
    expect(tally.exitCode).not.toBe(0);
    expect(tally.failedTests).toBe(1);
    expect(tally.failedFiles).toEqual(['broken.test.mjs']);
    expect(summarize([], [tally]).line).toBe('1 passed, 2 failed, 1 skipped');
  });

  it('should fail the run when vitest exits non-zero although every test passed (an unhandled error)', async () => {
    const dir = project({
      'late.test.mjs':
        "test('passes, then throws later', async () => { setTimeout(() => { throw new Error('late'); }, 1); await new Promise((r) => setTimeout(r, 50)); });\n",
    });
    const tally = await run(dir);
    expect(tally.exitCode, tally.output).not.toBe(0);
    expect(tally.failedTests + tally.failedFiles.length).toBe(0);
    expect(tally.unexplained).toMatch(/exited \d+/);
    const summary = summarize([], [tally]);
    expect(summary.exitCode).toBe(1);
    expect(summary.line).toMatch(/^\d+ passed, [1-9]\d* failed$/);
  });

  it('should pass a run whose files all pass: exit 0, "0 failed"', async () => {
    const dir = project({
      'ok.test.mjs': PASSING,
      'more.test.mjs': "describe('d', () => { test('x', () => expect([1]).toHaveLength(1)); });\n",
    });
    const tally = await run(dir);
    expect(tally.exitCode, tally.output).toBe(0);
    expect(tally.failed).toBe(0);
    const summary = summarize([{ name: 'build', exitCode: 0, ok: true }], [tally]);
    expect(summary.exitCode).toBe(0);
    expect(summary.line).toBe('2 passed, 0 failed, 1 skipped');
    // The check is reported as a check, not counted as a passed test.
    expect(summary.details[0]).toBe('Checks: build ✓');
  });

  it('should fail the run on a failed check, name it, and not count checks as tests', async () => {
    const ok = await runCheck('typecheck', process.execPath, ['-e', 'process.exit(0)'], { stdio: 'pipe' });
    const bad = await runCheck('lint', process.execPath, ['-e', 'process.exit(3)'], { stdio: 'pipe' });
    expect(bad).toMatchObject({ ok: false, exitCode: 3 });
    const summary = summarize(
      [ok, bad],
      [
        tallyVitest('unit', 0, {
          numPassedTests: 5,
          numFailedTests: 0,
          numPendingTests: 0,
          numTodoTests: 0,
          numFailedTestSuites: 0,
          testResults: [],
        }),
      ],
    );
    expect(summary.exitCode).toBe(1);
    expect(summary.line).toBe('5 passed, 1 failed');
    expect(summary.details).toContain('Checks: typecheck ✓, lint ✗ (exit 3)');
  });

  it('should count a run that wrote no report as failed, whatever its exit code', () => {
    expect(tallyVitest('unit', 0, null).failed).toBe(1);
    expect(tallyVitest('unit', 1, null).failed).toBe(1);
    expect(formatSummaryLine(3, 0, 0)).toBe('3 passed, 0 failed');
    expect(formatSummaryLine(3, 1, 2)).toBe('3 passed, 1 failed, 2 skipped');
  });
});
