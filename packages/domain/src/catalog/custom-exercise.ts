import type { Equipment, Exercise } from '../exercise/exercise.js';
import { defaultLoading } from './default-loading.js';
import { defaultForce, defaultMechanic } from './exercises-data/define-exercise.js';
import type { ExerciseMatcher } from './exercise-matcher.js';
import { CONFIDENT_MATCH } from './exercise-matcher.js';
import { inferPattern } from './infer-pattern.js';
import { type EquipmentToken, normalizeExerciseName } from './normalize-exercise-name.js';

const EQUIPMENT_OF: Readonly<Record<EquipmentToken, Equipment>> = {
  barbell: 'barbell',
  dumbbell: 'dumbbell',
  cable: 'cable',
  machine: 'machine',
  smith: 'machine',
  kettlebell: 'kettlebells',
  band: 'bands',
  ezbar: 'e-z curl bar',
  trapbar: 'other',
  bodyweight: 'body only',
};

/** `custom-<slug>` id of a logger's own exercise name: lower-case ASCII words joined by hyphens. */
export function customExerciseId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `custom-${slug === '' ? 'unnamed' : slug}`;
}

/**
 * A custom exercise (source `'custom'`) for a name no catalog entry matches, so the athlete's data
 * is kept rather than dropped. Pattern, equipment and loading are inferred from the name; muscles are
 * unknown, so `targets` is empty (validators accept that only for custom entries).
 */
export function customExerciseFor(name: string): Exercise {
  const normalized = normalizeExerciseName(name);
  const pattern = inferPattern({ name });
  const equipment = normalized.equipment === null ? 'other' : EQUIPMENT_OF[normalized.equipment];
  const bodyweight = equipment === 'body only';
  return {
    id: customExerciseId(name),
    name: name.trim(),
    pattern,
    mechanic: defaultMechanic(pattern),
    force: defaultForce(pattern),
    equipment,
    level: 'beginner',
    category: pattern === 'conditioning' ? 'cardio' : 'strength',
    targets: [],
    bodyweight,
    loading: defaultLoading({ name, equipment, bodyweight }),
    source: 'custom',
    aliases: [],
  };
}

/** Outcome of resolving all names of a log: every name lands in exactly one of the two lists. */
export interface NameResolution {
  /** Names mapped with confidence ≥ the threshold. */
  mapped: Array<{ name: string; exerciseId: string; confidence: number; method: string }>;
  /** Names that were not: each with a custom exercise and the best guess, for the user to confirm. */
  unmapped: Array<{ name: string; custom: Exercise; bestGuess: string | null; confidence: number }>;
}

/**
 * Resolve distinct logger names against a matcher. Names below `threshold` (default
 * `CONFIDENT_MATCH`) are reported in `unmapped` with a custom exercise — never silently dropped.
 */
export function resolveExerciseNames(names: Iterable<string>, matcher: ExerciseMatcher, threshold = CONFIDENT_MATCH): NameResolution {
  const result: NameResolution = { mapped: [], unmapped: [] };
  for (const name of new Set(names)) {
    const m = matcher.match(name);
    if (m.exerciseId !== null && m.confidence >= threshold) {
      result.mapped.push({ name, exerciseId: m.exerciseId, confidence: m.confidence, method: m.method });
    } else {
      result.unmapped.push({ name, custom: customExerciseFor(name), bestGuess: m.exerciseId, confidence: m.confidence });
    }
  }
  return result;
}
