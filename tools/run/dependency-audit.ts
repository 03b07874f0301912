// `pnpm audit:deps`: the dependency audit of docs/security.md.
// 1. Runs `pnpm audit --prod --json`. When the registry answers, prints its advisories and fails on any.
// 2. When the audit service cannot be reached (this environment's registry answers 405 to the audit
//    endpoints), says so and checks the manual review table in docs/security.md instead: every production
//    dependency has a row at the version that ships now, and no row says "affected". That check keeps the
//    manual review honest after upgrades; it is not a vulnerability scan and cannot find new advisories.
// Exit: 0 clean, 1 advisories / affected / review out of date, 2 the tools themselves failed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@liftgraph/tools-neo4j';
import { FAILING, ReviewTableError, checkReview, parseReviewTable, readAuditOutput, shippedTree } from './dependency-review.js';
import { PNPM } from './proc.js';

const REVIEW_DOC = 'docs/security.md';

function pnpm(args: string[]): { status: number; stdout: string; stderr: string } {
  const res = spawnSync(PNPM, args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (res.error) throw res.error;
  return { status: res.status ?? 1, stdout: res.stdout, stderr: res.stderr };
}

function main(): number {
  console.log(`$ ${PNPM} audit --prod --json`);
  const audit = pnpm(['audit', '--prod', '--json']);
  const outcome = readAuditOutput(audit.status, audit.stdout, audit.stderr);
  if (outcome.kind === 'ran') {
    if (outcome.advisories.length === 0) {
      console.log('pnpm audit: no known advisories for the production dependencies.');
      return 0;
    }
    for (const a of outcome.advisories) {
      console.log(`  ${a.severity.padEnd(8)} ${a.name} ${a.vulnerableVersions} (patched: ${a.patchedVersions}): ${a.title} ${a.url}`);
    }
    console.log(`pnpm audit: ${outcome.advisories.length} advisories; upgrade the packages above and record the result in ${REVIEW_DOC}.`);
    return 1;
  }

  console.log(`pnpm audit could not reach the audit service: ${outcome.reason}`);
  console.log(`Falling back to checking the manual review in ${REVIEW_DOC} against the production tree.`);
  console.log('This is NOT a vulnerability scan: it only proves the review covers what ships now.\n');
  const listed = pnpm(['list', '--prod', '-r', '--depth', 'Infinity', '--json']);
  if (listed.status !== 0) throw new Error(`pnpm list failed (exit ${listed.status}): ${listed.stderr.trim().slice(0, 300)}`);
  const tree = shippedTree(JSON.parse(listed.stdout));
  const rows = parseReviewTable(readFileSync(join(REPO_ROOT, REVIEW_DOC), 'utf8'), REVIEW_DOC);
  const findings = checkReview(rows, tree);
  for (const f of findings) console.log(`  ${FAILING.has(f.kind) ? '✗' : '?'} ${f.kind.padEnd(8)} ${f.message}`);
  const failing = findings.filter((f) => FAILING.has(f.kind));
  const unknown = findings.length - failing.length;
  console.log(
    `\n${rows.length} reviewed packages; production tree: ${tree.direct.size} direct, ${tree.all.size} in all. ` +
      (failing.length === 0
        ? `Review is current${unknown ? ` (${unknown} with verdict unknown)` : ''}.`
        : `${failing.length} problems; fix them in ${REVIEW_DOC}.`),
  );
  return failing.length === 0 ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(err instanceof ReviewTableError ? err.message : err);
  process.exitCode = 2;
}
