import { describe, expect, it } from 'vitest';
import {
  REVIEW_BEGIN,
  REVIEW_END,
  ReviewTableError,
  checkReview,
  parseReviewTable,
  readAuditOutput,
  shippedTree,
} from '../dependency-review.js';

const doc = (...rows: string[]): string =>
  [
    '# Security',
    '',
    'text | with a pipe',
    REVIEW_BEGIN,
    '| package | shipped | advisories checked | verdict |',
    '| --- | --- | --- | --- |',
    ...rows,
    REVIEW_END,
    '| `outside` | 1.0.0 | x | affected |',
  ].join('\n');

// The shape of `pnpm list --prod -r --depth Infinity --json`: one entry per workspace project.
const listJson = [
  { name: 'liftgraph', dependencies: {} },
  {
    name: '@liftgraph/graphql',
    dependencies: {
      '@apollo/server': {
        version: '5.5.1',
        dependencies: { 'body-parser': { version: '2.4.0', dependencies: { qs: { version: '6.17.1' } } } },
      },
      '@liftgraph/domain': { version: 'link:../../packages/domain', dependencies: { 'csv-parse': { version: '6.2.1' } } },
      ajv: { version: '8.20.0' },
    },
  },
  { name: '@liftgraph/eslint-config', dependencies: { eslint: { version: '9.39.5', dependencies: { ajv: { version: '6.15.0' } } } } },
];

describe('dependency review table', () => {
  it('should read only the rows between the markers, with several versions per package and bold verdicts', () => {
    const rows = parseReviewTable(
      doc('| `next` | 15.5.29 | GHSA-x (fixed 15.5.18) | not affected |', '| `ajv` | 6.15.0, 8.20.0 | none found | **unknown** |'),
    );
    expect(rows).toEqual([
      { name: 'next', versions: ['15.5.29'], verdict: 'not affected', line: 7 },
      { name: 'ajv', versions: ['6.15.0', '8.20.0'], verdict: 'unknown', line: 8 },
    ]);
  });

  it('should refuse a document without the markers, naming them', () => {
    expect(() => parseReviewTable('# Security\n| `next` | 15.5.29 | x | not affected |')).toThrow(ReviewTableError);
    expect(() => parseReviewTable('# nothing')).toThrow(REVIEW_BEGIN);
  });

  it('should name the line and the fix for a bad version, a bad verdict or a duplicate', () => {
    expect(() => parseReviewTable(doc('| `next` | ^15.5.0 | x | not affected |'))).toThrow(
      /security\.md:7: versions for next must be exact versions/,
    );
    expect(() => parseReviewTable(doc('| `next` | 15.5.29 | x | fine |'))).toThrow(
      /security\.md:7: the last cell of next must be one of not affected \/ affected \/ unknown/,
    );
    expect(() => parseReviewTable(doc('| `next` | 15.5.29 | x | not affected |', '| `next` | 15.5.29 | y | not affected |'))).toThrow(
      /:8: next is listed twice/,
    );
    expect(() => parseReviewTable(doc())).toThrow(/has no rows/);
  });
});

describe('production tree', () => {
  it('should separate direct third-party dependencies from the whole tree, looking through workspace links', () => {
    const tree = shippedTree(listJson);
    expect([...tree.direct.keys()].sort()).toEqual(['@apollo/server', 'ajv', 'eslint']);
    expect(tree.all.get('qs')).toEqual(new Set(['6.17.1']));
    expect(tree.all.get('csv-parse')).toEqual(new Set(['6.2.1']));
    expect(tree.all.get('ajv')).toEqual(new Set(['8.20.0', '6.15.0']));
    expect(tree.all.has('@liftgraph/domain')).toBe(false);
  });

  it('should expand a package at the occurrence that lists its children, not only at its first occurrence', () => {
    const tree = shippedTree([
      { name: '@liftgraph/a', dependencies: { eslint: { version: '9.39.5' } } },
      { name: '@liftgraph/b', dependencies: { eslint: { version: '9.39.5', dependencies: { minimatch: { version: '3.1.5' } } } } },
    ]);
    expect(tree.all.get('minimatch')).toEqual(new Set(['3.1.5']));
  });
});

describe('review against the tree', () => {
  const tree = shippedTree(listJson);
  const rowsFor = (...rows: string[]) => parseReviewTable(doc(...rows));
  const current = [
    '| `@apollo/server` | 5.5.1 | a | not affected |',
    '| `eslint` | 9.39.5 | b | not affected |',
    '| `ajv` | 6.15.0, 8.20.0 | c | not affected |',
    '| `qs` | 6.17.1 | d | not affected |',
  ];

  it('should find nothing when every direct dependency has a row at the shipped versions', () => {
    expect(checkReview(rowsFor(...current), tree)).toEqual([]);
  });

  it('should flag a direct dependency without a row, a bumped version, a package no longer shipped and an affected verdict', () => {
    const findings = checkReview(
      rowsFor(
        '| `@apollo/server` | 5.5.0 | a | not affected |',
        '| `ajv` | 8.20.0 | c | not affected |',
        '| `qs` | 6.17.1 | d | affected |',
        '| `left-pad` | 1.3.0 | e | not affected |',
      ),
      tree,
    );
    expect(findings.map((f) => `${f.kind} ${f.name}`)).toEqual([
      'missing eslint',
      'stale @apollo/server',
      'stale ajv',
      'affected qs',
      'gone left-pad',
    ]);
    expect(findings[1]?.message).toContain('reviewed at 5.5.0 but 5.5.1 ships now');
  });

  it('should report an unknown verdict without counting it as stale', () => {
    const findings = checkReview(rowsFor(...current.slice(0, 3), '| `qs` | 6.17.1 | d | unknown |'), tree);
    expect(findings).toEqual([expect.objectContaining({ kind: 'unknown', name: 'qs' })]);
  });
});

describe('pnpm audit output', () => {
  it("should recognise the blocked audit endpoint as unreachable, with the tool's own message", () => {
    const stdout = JSON.stringify({
      error: {
        code: 'ERR_PNPM_AUDIT_BAD_RESPONSE',
        message: 'The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits/quick) responded with 405: .',
      },
    });
    const outcome = readAuditOutput(1, stdout, '');
    expect(outcome).toEqual({ kind: 'unreachable', reason: expect.stringContaining('responded with 405') });
  });

  it('should read advisories from a report, and an empty report as none', () => {
    const report = {
      advisories: {
        1: {
          module_name: 'qs',
          severity: 'moderate',
          title: 'DoS',
          vulnerable_versions: '<6.16.0',
          patched_versions: '>=6.16.0',
          url: 'https://x',
        },
      },
      metadata: {},
    };
    expect(readAuditOutput(1, JSON.stringify(report), '')).toEqual({
      kind: 'ran',
      advisories: [
        { name: 'qs', severity: 'moderate', title: 'DoS', vulnerableVersions: '<6.16.0', patchedVersions: '>=6.16.0', url: 'https://x' },
      ],
    });
    expect(readAuditOutput(0, JSON.stringify({ advisories: {}, metadata: {} }), '')).toEqual({ kind: 'ran', advisories: [] });
  });

  it('should not mistake an unrelated failure for a blocked endpoint', () => {
    expect(() => readAuditOutput(1, '', 'ERR_PNPM_NO_LOCKFILE  Cannot find pnpm-lock.yaml')).toThrow(
      /without a report or a known network error/,
    );
  });
});
