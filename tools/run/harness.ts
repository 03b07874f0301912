// What `npm test` (tools/run/test.ts) counts and how: the checks (build, typecheck, lint) and the vitest
// runs, each judged by its exit code as well as its JSON report, so the summary can never say a run passed
// when vitest said it did not. tools/run/test/harness.test.ts runs these functions on real vitest runs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '@liftgraph/tools-neo4j';

/** The fields of vitest's JSON reporter (`--reporter=json`) the harness reads. */
export interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  success?: boolean;
  testResults?: Array<{ name: string; status: string; message?: string; assertionResults?: Array<{ status: string }> }>;
}

/** One vitest run as the harness counts it. */
export interface VitestTally {
  label: string;
  exitCode: number;
  passed: number;
  skipped: number;
  /** Tests that failed. */
  failedTests: number;
  /** Test files that failed without a failed test: thrown at import time, a failing hook, a syntax error. */
  failedFiles: string[];
  /** Why the run counts one more failure than its tests and files show (non-zero exit or no report), if it does. */
  unexplained: string | null;
  /** failedTests + failedFiles + (unexplained ? 1 : 0): never 0 when vitest exited non-zero. */
  failed: number;
}

/**
 * Counts one vitest run from its exit code and its JSON report (null when vitest wrote none). A test file
 * that throws at import is a failed suite with no test: it counts as one failure. A non-zero exit with no
 * failure in the report (an unhandled error, a crash, a missing report) counts as one failure too.
 */
export function tallyVitest(label: string, exitCode: number, report: VitestJson | null, root = REPO_ROOT): VitestTally {
  if (report === null) {
    const unexplained = `vitest exited ${exitCode} and wrote no JSON report`;
    return { label, exitCode, passed: 0, skipped: 0, failedTests: 0, failedFiles: [], unexplained, failed: 1 };
  }
  const failedFiles = (report.testResults ?? [])
    .filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'))
    .map((f) => relative(root, f.name) || f.name);
  // Older reports without per-file results: fall back to the suite count.
  if (report.testResults === undefined && report.numFailedTests === 0) {
    for (let i = 0; i < report.numFailedTestSuites; i++) failedFiles.push('(a test file)');
  }
  const failedTests = report.numFailedTests;
  let unexplained: string | null = null;
  if (failedTests + failedFiles.length === 0) {
    if (exitCode !== 0) unexplained = `vitest exited ${exitCode} although its report lists no failed test or file (an unhandled error?)`;
    else if (report.success === false) unexplained = 'vitest reported success: false with no failed test or file';
  }
  return {
    label,
    exitCode,
    passed: report.numPassedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    failedTests,
    failedFiles,
    unexplained,
    failed: failedTests + failedFiles.length + (unexplained === null ? 0 : 1),
  };
}

export interface VitestRunOptions {
  label: string;
  /** Directory vitest runs in (its config is found there). */
  root: string;
  /** vitest projects (`--project`); empty = the config's default. */
  projects: string[];
  /** Where the JSON report goes (deleted first, so a stale one is never read). */
  reportFile: string;
  env?: Record<string, string>;
  /** Extra vitest arguments, e.g. file filters. */
  args?: string[];
  /** 'inherit' (npm test) or 'pipe' (the harness's own test: the output is returned instead). */
  stdio?: 'inherit' | 'pipe';
  vitestBin?: string;
}

/** Runs `vitest run` once with the default and JSON reporters and counts it. */
export async function runVitest(o: VitestRunOptions): Promise<VitestTally & { output: string }> {
  rmSync(o.reportFile, { force: true });
  const bin = o.vitestBin ?? join(REPO_ROOT, 'node_modules/.bin/vitest');
  const selected = o.projects.flatMap((p) => ['--project', p]);
  const args = ['run', ...selected, '--reporter=default', '--reporter=json', `--outputFile.json=${o.reportFile}`, ...(o.args ?? [])];
  const { code, output } = await spawnCounted(bin, args, o.root, o.env ?? {}, o.stdio ?? 'inherit');
  let report: VitestJson | null = null;
  if (existsSync(o.reportFile)) {
    try {
      report = JSON.parse(readFileSync(o.reportFile, 'utf8')) as VitestJson;
    } catch {
      report = null;
    }
  }
  return { ...tallyVitest(o.label, code, report, o.root), output };
}

export interface CheckResult {
  name: string;
  exitCode: number;
  ok: boolean;
}

/** A check that is not a test (build, typecheck, lint): it passes or fails the whole run by its exit code. */
export async function runCheck(
  name: string,
  cmd: string,
  args: string[],
  o: { cwd?: string; env?: Record<string, string>; stdio?: 'inherit' | 'pipe' } = {},
): Promise<CheckResult & { output: string }> {
  const { code, output } = await spawnCounted(cmd, args, o.cwd ?? REPO_ROOT, o.env ?? {}, o.stdio ?? 'inherit');
  return { name, exitCode: code, ok: code === 0, output };
}

// Asynchronous on purpose: the event loop stays free while a run lasts, so this process can reap children
// it started earlier (the test Neo4j's JVM).
function spawnCounted(
  cmd: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  stdio: 'inherit' | 'pipe',
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', (e) => resolve({ code: 127, output: `${output}\ncould not start ${cmd}: ${e.message}` }));
    child.once('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

export interface RunSummary {
  passed: number;
  failed: number;
  skipped: number;
  exitCode: 0 | 1;
  /** Lines printed before the final one: each check and each vitest run, as what it is. */
  details: string[];
  /** `N passed, N failed[, N skipped]`. */
  line: string;
}

/**
 * The final count. Passed and skipped are tests; failed is failed tests, test files that failed without a
 * failed test, vitest runs that exited non-zero without either, and failed checks (a failed build is not
 * a test, but the run must not end on "0 failed" when it failed). Exit 1 exactly when failed > 0.
 */
export function summarize(checks: readonly CheckResult[], runs: readonly VitestTally[]): RunSummary {
  const details: string[] = [];
  if (checks.length > 0)
    details.push(`Checks: ${checks.map((c) => (c.ok ? `${c.name} ✓` : `${c.name} ✗ (exit ${c.exitCode})`)).join(', ')}`);
  for (const r of runs) {
    const parts = [`${r.passed} tests passed`, `${r.failedTests} tests failed`];
    if (r.failedFiles.length > 0) parts.push(`${r.failedFiles.length} test files failed to run (${r.failedFiles.join(', ')})`);
    if (r.skipped > 0) parts.push(`${r.skipped} skipped`);
    details.push(
      `vitest ${r.label}: exit ${r.exitCode}; ${parts.join(', ')}${r.unexplained === null ? '' : `; counted as failed: ${r.unexplained}`}`,
    );
  }
  const failedChecks = checks.filter((c) => !c.ok);
  if (failedChecks.length > 0)
    details.push(
      `${failedChecks.length} failed check(s) (${failedChecks.map((c) => c.name).join(', ')}) are counted in "failed" below; they are not tests.`,
    );
  const passed = runs.reduce((s, r) => s + r.passed, 0);
  const skipped = runs.reduce((s, r) => s + r.skipped, 0);
  const failed = runs.reduce((s, r) => s + r.failed, 0) + failedChecks.length;
  return { passed, failed, skipped, exitCode: failed > 0 ? 1 : 0, details, line: formatSummaryLine(passed, failed, skipped) };
}

/** The last line of `npm test`, exactly `N passed, N failed[, N skipped]`. */
export function formatSummaryLine(passed: number, failed: number, skipped: number): string {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
