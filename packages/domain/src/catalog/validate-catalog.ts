import { DomainError } from '../errors.js';
import { type Exercise, MOVEMENT_PATTERN_IDS } from '../exercise/exercise.js';
import { isMuscleGroupId } from '../exercise/muscle-group.js';
import { normalizeExerciseName } from './normalize-exercise-name.js';

/** Tolerance on "the shares of one exercise sum to 1". */
export const SHARE_SUM_TOLERANCE = 1e-6;

/** One problem found in a catalog, naming the exercise and field at fault. */
export interface CatalogIssue {
  exerciseId: string;
  field: string;
  problem: string;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PATTERNS: ReadonlySet<string> = new Set(MOVEMENT_PATTERN_IDS);

function exerciseIssues(e: Exercise): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const add = (field: string, problem: string): void => void issues.push({ exerciseId: e.id, field, problem });
  if (!KEBAB.test(e.id)) add('id', `"${e.id}" is not kebab-case`);
  if (e.name.trim() === '') add('name', 'is empty');
  if (!PATTERNS.has(e.pattern)) add('pattern', `unknown movement pattern "${e.pattern}"`);
  if (e.targets.length === 0 && e.source !== 'custom') add('targets', 'no muscles');
  const seen = new Set<string>();
  let sum = 0;
  for (const [i, t] of e.targets.entries()) {
    if (!isMuscleGroupId(t.muscle)) add(`targets[${i}].muscle`, `unknown muscle "${t.muscle}"`);
    if (seen.has(t.muscle)) add(`targets[${i}].muscle`, `"${t.muscle}" listed twice`);
    seen.add(t.muscle);
    if (!(t.share > 0 && t.share <= 1)) add(`targets[${i}].share`, `share ${t.share} outside (0, 1]`);
    sum += t.share;
  }
  if (e.targets.length > 0 && Math.abs(sum - 1) > SHARE_SUM_TOLERANCE)
    add('targets', `shares sum to ${Number(sum.toFixed(6))}, expected 1`);
  const primary = e.targets.filter((t) => t.role === 'primary').map((t) => t.share);
  const secondary = e.targets.filter((t) => t.role === 'secondary').map((t) => t.share);
  if (e.targets.length > 0 && primary.length === 0) add('targets', 'no primary muscle');
  if (primary.length > 0 && secondary.length > 0 && Math.min(...primary) < Math.max(...secondary)) {
    add('targets', 'a secondary muscle has a larger share than a primary one');
  }
  return issues;
}

/**
 * Check a catalog: kebab-case unique ids, known patterns and muscles, shares in (0, 1] summing to 1
 * (±`SHARE_SUM_TOLERANCE`), at least one primary muscle, primary shares ≥ secondary shares.
 * Returns every issue found (empty when valid).
 */
export function validateCatalog(catalog: readonly Exercise[]): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const ids = new Set<string>();
  for (const e of catalog) {
    if (ids.has(e.id)) issues.push({ exerciseId: e.id, field: 'id', problem: 'duplicate id' });
    ids.add(e.id);
    issues.push(...exerciseIssues(e));
  }
  return issues;
}

/** Throw `DomainError('CATALOG_INVALID')` listing the first issues when the catalog is invalid. */
export function assertValidCatalog(catalog: readonly Exercise[]): void {
  const issues = validateCatalog(catalog);
  if (issues.length === 0) return;
  const shown = issues.slice(0, 10).map((i) => `${i.exerciseId}.${i.field}: ${i.problem}`);
  const more = issues.length > 10 ? `; and ${issues.length - 10} more` : '';
  throw new DomainError('CATALOG_INVALID', `catalog has ${issues.length} issue(s): ${shown.join('; ')}${more}`);
}

/**
 * Names (catalog names or aliases) of *different* exercises that normalise to the same key, so the
 * matcher cannot tell them apart. Each entry lists the key and the exercise ids sharing it.
 */
export function nameKeyCollisions(catalog: readonly Exercise[]): Array<{ key: string; exerciseIds: string[] }> {
  const byKey = new Map<string, Set<string>>();
  for (const e of catalog) {
    for (const name of [e.name, ...(e.aliases ?? [])]) {
      const { key } = normalizeExerciseName(name);
      const ids = byKey.get(key) ?? new Set<string>();
      ids.add(e.id);
      byKey.set(key, ids);
    }
  }
  return [...byKey].filter(([, ids]) => ids.size > 1).map(([key, ids]) => ({ key, exerciseIds: [...ids].sort() }));
}
