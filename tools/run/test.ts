// `npm test`: build, typecheck, lint, start a test Neo4j, run every vitest project, stop Neo4j,
// and end with one line `N passed, N failed[, N skipped]`.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, startNeo4j, stopNeo4j } from '@liftgraph/tools-neo4j';
import { minutes, PNPM, run, runAsync } from './proc.js';
import { testNeo4jEnv } from './test-env.js';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

const started = Date.now();
const projects = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const summary = { passed: 0, failed: 0, skipped: 0 };

function step(name: string, cmd: string, args: string[]): void {
  console.log(`\n▶ ${name}`);
  if (run(cmd, args) !== 0) {
    console.error(`✗ ${name} failed`);
    summary.failed++;
  } else {
    summary.passed++;
  }
}

step('build, typecheck and lint', PNPM, ['exec', 'turbo', 'run', 'build', 'typecheck', 'lint', '--output-logs=errors-only']);

const { cfg, env } = testNeo4jEnv();
console.log(`\n▶ Neo4j for tests (${cfg.homeDir}, port ${cfg.boltPort})`);
const neo4jState = await startNeo4j(cfg);

const reportDir = join(REPO_ROOT, '.cache');
mkdirSync(reportDir, { recursive: true });
// The browser tests run after the others, not beside them: on 2 cores the fault-injection and fuzz files
// (Neo4j instances killed and restarted, thousands of requests) starve a real browser and its stack.
const wanted = projects.length ? projects : ['unit', 'integration', 'e2e'];
const phases = [wanted.filter((p) => p !== 'e2e'), wanted.filter((p) => p === 'e2e')].filter((ps) => ps.length > 0);
for (const [i, phase] of phases.entries()) {
  const report = join(reportDir, `vitest-report-${i + 1}.json`);
  rmSync(report, { force: true });
  const selected = phase.flatMap((p) => ['--project', p]);
  console.log(`\n▶ vitest ${selected.join(' ')}`);
  const status = await runAsync(join(REPO_ROOT, 'node_modules/.bin/vitest'), ['run', ...selected, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    summary.passed += json.numPassedTests;
    summary.failed += json.numFailedTests + (json.numFailedTests === 0 && json.numFailedTestSuites > 0 ? json.numFailedTestSuites : 0);
    summary.skipped += json.numPendingTests + json.numTodoTests;
  } else if (status !== 0) {
    summary.failed++;
  }
}

if (neo4jState === 'started') await stopNeo4j(cfg);

console.log(`\nTest command took ${minutes(Date.now() - started)}.`);
console.log(`${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`);
process.exit(summary.failed > 0 ? 1 : 0);
