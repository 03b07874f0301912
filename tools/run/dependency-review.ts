// Pure logic of the dependency audit (tools/run/dependency-audit.ts): read `pnpm audit --json`, read the
// production dependency tree from `pnpm list --json`, and check the manual review table in docs/security.md
// against that tree. No process, file or network access here.

export const REVIEW_BEGIN = '<!-- dependency-review:begin -->';
export const REVIEW_END = '<!-- dependency-review:end -->';
export const VERDICTS = ['not affected', 'affected', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ReviewRow {
  name: string;
  /** The versions the review looked at (a package may be installed at several). */
  versions: string[];
  verdict: Verdict;
  /** 1-based line in the document, for messages. */
  line: number;
}

export interface ShippedTree {
  /** Third-party packages a workspace package lists under `dependencies`. */
  direct: Map<string, Set<string>>;
  /** Every third-party package reachable from those, direct ones included. */
  all: Map<string, Set<string>>;
}

export type FindingKind = 'affected' | 'missing' | 'stale' | 'gone' | 'unknown';
export interface Finding {
  kind: FindingKind;
  name: string;
  message: string;
}

/** Kinds that make the audit fail; `unknown` verdicts are reported but do not fail it. */
export const FAILING: ReadonlySet<FindingKind> = new Set(['affected', 'missing', 'stale', 'gone']);

export class ReviewTableError extends Error {}

/**
 * The rows between REVIEW_BEGIN and REVIEW_END: `| \`name\` | 1.2.3, 4.5.6 | … | verdict |`
 * (package in backticks first, versions second, verdict last). Header and separator rows are skipped.
 */
export function parseReviewTable(markdown: string, source = 'docs/security.md'): ReviewRow[] {
  const lines = markdown.split('\n');
  const begin = lines.findIndex((l) => l.trim() === REVIEW_BEGIN);
  const end = lines.findIndex((l, i) => i > begin && l.trim() === REVIEW_END);
  if (begin < 0 || end < 0) {
    throw new ReviewTableError(`${source}: no dependency review table; put it between the lines ${REVIEW_BEGIN} and ${REVIEW_END}`);
  }
  const rows: ReviewRow[] = [];
  const seen = new Set<string>();
  for (let i = begin + 1; i < end; i++) {
    const text = (lines[i] ?? '').trim();
    if (!text.startsWith('|')) continue;
    const cells = text
      .slice(1, text.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((c) => c.trim());
    const nameCell = cells[0] ?? '';
    if (/^-+$/.test(nameCell.replace(/:/g, '')) || !nameCell.startsWith('`')) continue; // separator or header
    const where = `${source}:${i + 1}`;
    const name = /^`([^`]+)`$/.exec(nameCell)?.[1];
    if (!name) throw new ReviewTableError(`${where}: the package cell must be the name in backticks, e.g. \`next\`; got "${nameCell}"`);
    if (cells.length < 3) throw new ReviewTableError(`${where}: a row needs at least package | versions | verdict cells`);
    const versions = (cells[1] ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    if (versions.length === 0 || versions.some((v) => !/^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(v))) {
      throw new ReviewTableError(
        `${where}: versions for ${name} must be exact versions separated by commas (e.g. 6.15.0, 8.20.0); got "${cells[1]}"`,
      );
    }
    const verdict = (cells[cells.length - 1] ?? '').replace(/\*/g, '').trim().toLowerCase();
    if (!(VERDICTS as readonly string[]).includes(verdict)) {
      throw new ReviewTableError(
        `${where}: the last cell of ${name} must be one of ${VERDICTS.join(' / ')}; got "${cells[cells.length - 1]}"`,
      );
    }
    if (seen.has(name)) throw new ReviewTableError(`${where}: ${name} is listed twice; keep one row per package`);
    seen.add(name);
    rows.push({ name, versions, verdict: verdict as Verdict, line: i + 1 });
  }
  if (rows.length === 0)
    throw new ReviewTableError(`${source}: the dependency review table between ${REVIEW_BEGIN} and ${REVIEW_END} has no rows`);
  return rows;
}

interface ListedDep {
  version?: string;
  dependencies?: Record<string, ListedDep>;
}
interface ListedProject {
  name?: string;
  dependencies?: Record<string, ListedDep>;
}

const isWorkspace = (name: string, dep: ListedDep): boolean => name.startsWith('@liftgraph/') || (dep.version ?? '').startsWith('link:');

/** The production tree from `pnpm list --prod -r --depth Infinity --json` (an array of workspace projects). */
export function shippedTree(listJson: unknown): ShippedTree {
  if (!Array.isArray(listJson)) throw new Error('pnpm list --json: expected an array of workspace projects');
  const direct = new Map<string, Set<string>>();
  const all = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, name: string, version: string): void => {
    map.set(name, (map.get(name) ?? new Set()).add(version));
  };
  // pnpm prints a repeated package's subtree only at some of its occurrences, so a package is expanded
  // the first time it comes with children, not merely the first time it is seen.
  const expanded = new Set<string>();
  const walk = (deps: Record<string, ListedDep> | undefined, top: boolean): void => {
    for (const [name, dep] of Object.entries(deps ?? {})) {
      if (isWorkspace(name, dep)) {
        walk(dep.dependencies, false);
        continue;
      }
      if (!dep.version) continue;
      if (top) add(direct, name, dep.version);
      add(all, name, dep.version);
      const key = `${name}@${dep.version}`;
      if (Object.keys(dep.dependencies ?? {}).length === 0 || expanded.has(key)) continue;
      expanded.add(key);
      walk(dep.dependencies, false);
    }
  };
  for (const project of listJson as ListedProject[]) walk(project.dependencies, true);
  return { direct, all };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((v) => b.has(v));
const list = (s: Iterable<string>): string => [...s].sort().join(', ');

/**
 * What is wrong with the review for the tree shipped now: a row says affected; a direct dependency has no
 * row; a row names other versions than the tree holds (bumped since the review); a row names a package the
 * production tree no longer has. Rows with verdict unknown are reported as such.
 */
export function checkReview(rows: readonly ReviewRow[], tree: ShippedTree): Finding[] {
  const findings: Finding[] = [];
  const byName = new Map(rows.map((r) => [r.name, r]));
  for (const [name, versions] of [...tree.direct].sort(([a], [b]) => a.localeCompare(b))) {
    if (!byName.has(name)) {
      findings.push({
        kind: 'missing',
        name,
        message: `${name} ${list(versions)} is a production dependency with no row in the review; check it for advisories and add a row`,
      });
    }
  }
  for (const row of rows) {
    const shipped = tree.all.get(row.name);
    if (!shipped) {
      findings.push({
        kind: 'gone',
        name: row.name,
        message: `${row.name} (line ${row.line}) is no longer in the production tree; remove its row`,
      });
      continue;
    }
    if (!sameSet(new Set(row.versions), shipped)) {
      findings.push({
        kind: 'stale',
        name: row.name,
        message: `${row.name} (line ${row.line}) was reviewed at ${list(row.versions)} but ${list(shipped)} ships now; re-check its advisories and update the row`,
      });
      continue;
    }
    if (row.verdict === 'affected')
      findings.push({
        kind: 'affected',
        name: row.name,
        message: `${row.name} ${list(row.versions)} is marked affected (line ${row.line}); upgrade it or record the mitigation`,
      });
    if (row.verdict === 'unknown')
      findings.push({
        kind: 'unknown',
        name: row.name,
        message: `${row.name} ${list(row.versions)}: verdict unknown (line ${row.line}); see the row's note`,
      });
  }
  return findings;
}

export interface AuditAdvisory {
  name: string;
  severity: string;
  title: string;
  vulnerableVersions: string;
  patchedVersions: string;
  url: string;
}

export type AuditOutcome =
  | { kind: 'ran'; advisories: AuditAdvisory[] }
  /** The audit service could not be asked (blocked endpoint, no network); `reason` is the tool's own line. */
  | { kind: 'unreachable'; reason: string };

interface PnpmAdvisory {
  module_name?: string;
  severity?: string;
  title?: string;
  vulnerable_versions?: string;
  patched_versions?: string;
  url?: string;
}

const UNREACHABLE =
  /ERR_PNPM_AUDIT_BAD_RESPONSE|ERR_PNPM_AUDIT_ENDPOINT|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|audit endpoint/i;

/** Reads what `pnpm audit --prod --json` printed; throws when it is neither a report nor a recognisable network failure. */
export function readAuditOutput(status: number, stdout: string, stderr: string): AuditOutcome {
  const text = `${stdout}\n${stderr}`;
  let report: { advisories?: Record<string, PnpmAdvisory>; error?: { code?: string; message?: string } } | undefined;
  try {
    report = JSON.parse(stdout) as typeof report;
  } catch {
    report = undefined;
  }
  if (report?.advisories) {
    const advisories = Object.values(report.advisories).map((a) => ({
      name: a.module_name ?? '?',
      severity: a.severity ?? '?',
      title: a.title ?? '?',
      vulnerableVersions: a.vulnerable_versions ?? '?',
      patchedVersions: a.patched_versions ?? '?',
      url: a.url ?? '',
    }));
    return { kind: 'ran', advisories };
  }
  const errorLine = report?.error
    ? `${report.error.code ?? ''} ${report.error.message ?? ''}`.trim()
    : text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => UNREACHABLE.test(l));
  if (errorLine && UNREACHABLE.test(errorLine)) return { kind: 'unreachable', reason: errorLine };
  throw new Error(`pnpm audit exited ${status} without a report or a known network error; its output began: ${text.trim().slice(0, 300)}`);
}
