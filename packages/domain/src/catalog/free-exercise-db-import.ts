import { DomainError } from '../errors.js';
import { EQUIPMENT_IDS } from '../exercise/exercise.js';
import type { Equipment, Exercise, ExerciseCategory, Force, Level, Mechanic, MuscleGroupId, MuscleTarget } from '../exercise/exercise.js';
import { isMuscleGroupId } from '../exercise/muscle-group.js';
import { defaultLoading } from './default-loading.js';
import { inferPattern } from './infer-pattern.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';
import { mergeCatalog, type MergeResult } from './merge-catalog.js';
import { assertValidCatalog } from './validate-catalog.js';

/** Share of the work given to the primary muscles of an imported exercise that also lists secondaries. */
export const IMPORTED_PRIMARY_SHARE = 0.7;

const EQUIPMENT: ReadonlySet<string> = new Set<Equipment>(EQUIPMENT_IDS);
const CATEGORIES: ReadonlySet<string> = new Set<ExerciseCategory>([
  'strength',
  'powerlifting',
  'olympic weightlifting',
  'strongman',
  'plyometrics',
  'cardio',
  'stretching',
]);
const FORCES: ReadonlySet<string> = new Set<Force>(['push', 'pull', 'static']);
const LEVELS: ReadonlySet<string> = new Set<Level>(['beginner', 'intermediate', 'expert']);
const MECHANICS: ReadonlySet<string> = new Set<Mechanic>(['compound', 'isolation']);

/** An exercise read from free-exercise-db, keeping the upstream id for provenance. */
export interface ImportedExercise extends Exercise {
  source: 'free-exercise-db';
  /** The upstream id, e.g. `Barbell_Bench_Press_-_Medium_Grip`. */
  externalId: string;
}

/** Upstream id → kebab-case Liftgraph id: `Barbell_Bench_Press_-_Medium_Grip` → `barbell-bench-press-medium-grip`. */
export function freeExerciseDbId(externalId: string): string {
  return externalId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

class Fields {
  constructor(
    private readonly record: Record<string, unknown>,
    private readonly where: string,
    private readonly issues: string[],
  ) {}

  private fail(field: string, problem: string): void {
    this.issues.push(`${this.where}.${field}: ${problem}`);
  }

  text(field: string): string {
    const v = this.record[field];
    if (typeof v === 'string' && v.trim() !== '') return v;
    this.fail(field, `expected a non-empty string, got ${JSON.stringify(v)}`);
    return '';
  }

  oneOf<T extends string>(field: string, allowed: ReadonlySet<string>, nullable: boolean): T | null {
    const v = this.record[field];
    if (v === null && nullable) return null;
    if (typeof v === 'string' && allowed.has(v)) return v as T;
    this.fail(field, `expected one of ${[...allowed].join(' | ')}${nullable ? ' | null' : ''}, got ${JSON.stringify(v)}`);
    return null;
  }

  muscles(field: string): MuscleGroupId[] {
    const v = this.record[field];
    if (!Array.isArray(v)) {
      this.fail(field, `expected an array of muscle names, got ${JSON.stringify(v)}`);
      return [];
    }
    const out: MuscleGroupId[] = [];
    for (const [i, m] of v.entries()) {
      if (isMuscleGroupId(m)) out.push(m);
      else this.fail(`${field}[${i}]`, `unknown muscle ${JSON.stringify(m)}`);
    }
    return out;
  }
}

/**
 * Muscle shares for an imported exercise: `IMPORTED_PRIMARY_SHARE` split evenly over the primary
 * muscles and the rest over the secondaries (all to the primaries when there are none). A muscle
 * listed as both keeps only its primary role.
 */
export function importedTargets(primary: readonly MuscleGroupId[], secondary: readonly MuscleGroupId[]): MuscleTarget[] {
  const p = [...new Set(primary)];
  const s = [...new Set(secondary)].filter((m) => !p.includes(m));
  if (p.length === 0) return [];
  const primaryTotal = s.length === 0 ? 1 : IMPORTED_PRIMARY_SHARE;
  return [
    ...p.map((muscle): MuscleTarget => ({ muscle, role: 'primary', share: primaryTotal / p.length })),
    ...s.map((muscle): MuscleTarget => ({ muscle, role: 'secondary', share: (1 - primaryTotal) / s.length })),
  ];
}

function toExercise(value: unknown, index: number, issues: string[]): ImportedExercise | null {
  const where = `free-exercise-db[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(`${where}: expected an object, got ${JSON.stringify(value)}`);
    return null;
  }
  const before = issues.length;
  const f = new Fields(value as Record<string, unknown>, where, issues);
  const externalId = f.text('id');
  const name = f.text('name');
  const force = f.oneOf<Force>('force', FORCES, true);
  const level = f.oneOf<Level>('level', LEVELS, false);
  const mechanic = f.oneOf<Mechanic>('mechanic', MECHANICS, true);
  const equipment = f.oneOf<Equipment>('equipment', EQUIPMENT, true);
  const category = f.oneOf<ExerciseCategory>('category', CATEGORIES, false);
  const primary = f.muscles('primaryMuscles');
  const secondary = f.muscles('secondaryMuscles');
  if (issues.length === before && primary.length === 0) issues.push(`${where}.primaryMuscles: empty`);
  if (issues.length > before || level === null || category === null) return null;
  const pattern = inferPattern({ name, category, primaryMuscles: primary });
  const bodyweight = equipment === 'body only';
  return {
    id: freeExerciseDbId(externalId),
    externalId,
    name,
    pattern,
    mechanic: mechanic ?? (pattern === 'stretch' || pattern === 'conditioning' ? 'compound' : 'isolation'),
    force,
    equipment: equipment ?? 'other',
    level,
    category,
    targets: importedTargets(primary, secondary),
    bodyweight,
    loading: defaultLoading({ name, equipment: equipment ?? 'other', bodyweight }),
    source: 'free-exercise-db',
    aliases: [],
  };
}

/**
 * Validate and convert free-exercise-db's `exercises.json` (already `JSON.parse`d) into exercises.
 * Pure. Throws `DomainError('CATALOG_INVALID')` naming every bad record by index and field
 * (e.g. `free-exercise-db[12].primaryMuscles[0]: unknown muscle "delts"`); nothing is silently dropped.
 * Missing `mechanic` becomes `'isolation'` (compound for stretches/cardio), missing `equipment` `'other'`;
 * the movement pattern is inferred (`inferPattern`), the loading by rule (`defaultLoading`).
 */
export function importFreeExerciseDb(json: unknown): ImportedExercise[] {
  if (!Array.isArray(json)) {
    throw new DomainError('CATALOG_INVALID', `free-exercise-db: expected a JSON array of exercises, got ${typeof json}`);
  }
  const issues: string[] = [];
  const out: ImportedExercise[] = [];
  const ids = new Map<string, number>();
  for (const [index, value] of json.entries()) {
    const e = toExercise(value, index, issues);
    if (e === null) continue;
    const prev = ids.get(e.id);
    if (prev !== undefined) issues.push(`free-exercise-db[${index}].id: "${e.externalId}" duplicates record ${prev}`);
    else ids.set(e.id, index);
    out.push(e);
  }
  if (issues.length > 0) {
    const more = issues.length > 20 ? ` … and ${issues.length - 20} more` : '';
    throw new DomainError(
      'CATALOG_INVALID',
      `free-exercise-db: ${issues.length} invalid field(s): ${issues.slice(0, 20).join('; ')}${more}`,
    );
  }
  return out;
}

/**
 * The whole catalog: free-exercise-db's `exercises.json` (already `JSON.parse`d) validated by
 * `importFreeExerciseDb` and merged into `own` (the curated catalog unless given) by `mergeCatalog`,
 * then checked as one catalog (`assertValidCatalog`). Pure; throws `DomainError('CATALOG_INVALID')`
 * naming the record and field at fault, so a caller writes either all of it or nothing.
 * Instructions and images of the upstream records are not read.
 */
export function mergeFreeExerciseDb(json: unknown, own: readonly Exercise[] = LIFTGRAPH_CATALOG): MergeResult {
  const merged = mergeCatalog(own, importFreeExerciseDb(json));
  assertValidCatalog(merged.catalog);
  return merged;
}
