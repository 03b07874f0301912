// `npm test`: build, typecheck and lint (checks, reported as such), start a test Neo4j, run every vitest
// project, stop Neo4j, and end with one line `N passed, N failed[, N skipped]`. How each part is counted
// (exit codes as well as vitest's JSON report) lives in harness.ts; tools/run/test/harness.test.ts proves it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, startNeo4j, stopNeo4j } from '@liftgraph/tools-neo4j';
import { type CheckResult, runCheck, runVitest, summarize, type VitestTally } from './harness.js';
import { minutes, PNPM } from './proc.js';
import { testNeo4jEnv } from './test-env.js';

const started = Date.now();
const projects = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const checks: CheckResult[] = [];
const runs: VitestTally[] = [];

// Each check on its own, so a failure says which one; --continue shows every package's errors, not the first.
for (const task of ['build', 'typecheck', 'lint']) {
  console.log(`\n▶ ${task}`);
  const result = await runCheck(task, PNPM, ['exec', 'turbo', 'run', task, '--continue', '--output-logs=errors-only']);
  if (!result.ok) console.error(`✗ ${task} failed (exit ${result.exitCode})`);
  checks.push(result);
}

const { cfg, env } = testNeo4jEnv();
console.log(`\n▶ Neo4j for tests (${cfg.homeDir}, port ${cfg.boltPort})`);
let neo4jState: Awaited<ReturnType<typeof startNeo4j>> | null = null;
try {
  neo4jState = await startNeo4j(cfg);
} catch (error) {
  console.error(`✗ Neo4j for tests did not start: ${error instanceof Error ? error.message : String(error)}`);
  checks.push({ name: 'Neo4j for tests', exitCode: 1, ok: false });
}

const reportDir = join(REPO_ROOT, '.cache');
mkdirSync(reportDir, { recursive: true });
// Two phases of vitest processes. On 2 cores vitest gives each project one worker, so the unit files
// (CPU-bound, no servers) run beside the integration files (serial, mostly waiting on Neo4j and the
// services they start) rather than before them. The browser tests run after both, not beside them: the
// fault-injection and fuzz files (Neo4j instances killed and restarted, thousands of requests) starve a
// real browser and its stack.
const wanted = projects.length ? projects : ['unit', 'integration', 'e2e'];
const side = wanted.filter((p) => p !== 'e2e');
const phases = [side.map((p) => [p]), wanted.includes('e2e') ? [['e2e']] : []].filter((ps) => ps.length > 0);
let reportIndex = 0;
for (const phase of phases) {
  console.log(`\n▶ vitest ${phase.map((ps) => ps.map((p) => `--project ${p}`).join(' ')).join(' ∥ ')}`);
  const tallies = await Promise.all(
    phase.map((ps) =>
      runVitest({
        label: ps.join(' + '),
        root: REPO_ROOT,
        projects: ps,
        reportFile: join(reportDir, `vitest-report-${++reportIndex}.json`),
        env,
      }),
    ),
  );
  for (const tally of tallies) {
    if (tally.failed > 0) console.error(`✗ vitest ${tally.label}: exit ${tally.exitCode}, ${tally.failed} failed`);
    runs.push(tally);
  }
}

if (neo4jState === 'started') await stopNeo4j(cfg);

const summary = summarize(checks, runs);
console.log(`\nTest command took ${minutes(Date.now() - started)}.`);
for (const line of summary.details) console.log(line);
console.log(summary.line);
process.exit(summary.exitCode);
