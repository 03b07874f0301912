#!/usr/bin/env node
// The two README commands land here: `npm start` (the main job) and `npm test` (the whole suite).
// Plain JavaScript on purpose: it must run on a fresh machine before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).packageManager.split('@')[1];
const LOCAL_PNPM = join(ROOT, '.tools', 'node_modules', '.bin', 'pnpm');

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

function must(cmd, args, opts) {
  const status = run(cmd, args, opts);
  if (status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${status})`);
    process.exit(status);
  }
}

/** pnpm of the pinned major from PATH, else installed once into .tools/ with npm (no global install, no sudo). */
function ensurePnpm() {
  for (const candidate of [LOCAL_PNPM, 'pnpm']) {
    const res = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (res.status === 0 && res.stdout.trim() === PNPM_VERSION) return candidate;
  }
  console.log(`Installing pnpm ${PNPM_VERSION} into .tools/ ...`);
  must('npm', [
    'install',
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--prefix',
    join(ROOT, '.tools'),
    `pnpm@${PNPM_VERSION}`,
  ]);
  return LOCAL_PNPM;
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    console.error(`Node.js ${process.versions.node} is too old: Liftgraph needs Node.js 20 or newer. Fix: install Node.js 20+.`);
    process.exit(1);
  }
}

const [command = 'start', ...rest] = process.argv.slice(2);
checkNode();
const pnpm = ensurePnpm();
const frozen = existsSync(join(ROOT, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
must(pnpm, ['install', ...frozen, '--reporter=append-only'], { env: { TURBO_TELEMETRY_DISABLED: '1' } });
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const script = { start: 'tools/run/start.ts', test: 'tools/run/test.ts', bench: 'tools/run/bench.ts' }[command];
if (!script) {
  console.error('usage: node tools/run.mjs <start|test|bench> [args]');
  process.exit(2);
}
// turbo and the scripts find pnpm on PATH; telemetry stays off on every machine.
const PATH = `${join(ROOT, '.tools', 'node_modules', '.bin')}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`;
process.exit(
  run(tsx, ['--conditions=@liftgraph/source', script, ...rest], { env: { LIFTGRAPH_PNPM: pnpm, PATH, TURBO_TELEMETRY_DISABLED: '1' } }),
);
